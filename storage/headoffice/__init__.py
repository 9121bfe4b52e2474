"""Head office: the portfolio of every officer's cases on PostgreSQL, review
and send-back, the blacklist and published rule packs (issue 11).

Same case tables and Alembic revisions as a workstation, plus the ``ho_*``
tables of :mod:`storage.headoffice.tables` (revision 0003).
"""
