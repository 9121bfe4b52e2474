"""The head-office window's service: what ``ui.headoffice`` may ask of the
portfolio (the UI never sees the engine or SQL). Built by ``main.py``.

Filters are keyword arguments (``branch``, ``industry``, ``light``, ``status``,
``text``); rows are :class:`storage.headoffice.queries.PortfolioRow`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from storage.headoffice import queries

if TYPE_CHECKING:  # loaded when a case is opened, not when the window opens
    from domain.case import Case
    from domain.ports import AuditEntry
    from storage.case_store import SqlCaseStore
    from storage.headoffice.portfolio import StoredMatch
    from storage.headoffice.review import StoredReview


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    history: list[AuditEntry]
    matches: list[StoredMatch]
    reviews: list[StoredReview]


class PortfolioService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._store: SqlCaseStore | None = None

    @staticmethod
    def _filter(flt: dict[str, str]) -> queries.PortfolioFilter:
        return queries.PortfolioFilter(**{k: v for k, v in flt.items() if v})

    def count(self, **flt: str) -> int:
        return queries.count(self._engine, self._filter(flt))

    def rows(
        self, offset: int, limit: int, sort: str = "number", descending: bool = False, **flt: str
    ) -> list[queries.PortfolioRow]:
        return queries.rows(
            self._engine,
            self._filter(flt),
            offset=offset,
            limit=limit,
            sort=sort,
            descending=descending,
        )

    def totals(self, **flt: str) -> queries.Group:
        return queries.totals(self._engine, self._filter(flt))

    def summary(self, **flt: str) -> queries.Summary:
        """Totals and the groups by industry and by light, in one query."""
        return queries.summary(self._engine, self._filter(flt))

    def groups(self, by: str, **flt: str) -> list[queries.Group]:
        return queries.groups(self._engine, by, self._filter(flt))

    def case_detail(self, case_uuid: str) -> CaseDetail:
        # The case store, import and review modules (~0.2 s to import) load
        # with the first case opened, not with the window.
        from storage.case_store import SqlCaseStore
        from storage.headoffice.portfolio import matches_of
        from storage.headoffice.review import reviews_of

        if self._store is None:
            self._store = SqlCaseStore(self._engine)
        return CaseDetail(
            self._store.load(case_uuid),
            self._store.history(case_uuid),
            matches_of(self._engine, case_uuid),
            reviews_of(self._engine, case_uuid),
        )

    def close(self) -> None:
        self._engine.dispose()
