"""Stage pages of the case editor, one module per stage of the field method.

The registry of pages is :data:`ui.stages.pages.PAGES`; this package module
imports nothing, so that the shared field widgets (``ui.stages.fields``) can be
used without loading every page.
"""
