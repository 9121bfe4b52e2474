"""The journey tests use the UI tests' fixtures (the Chinese translator, the
default locale restored after each test)."""

from tests.ui.conftest import _restore_default_locale, chinese

__all__ = ["_restore_default_locale", "chinese"]
