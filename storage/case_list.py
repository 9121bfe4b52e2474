"""The case list, in plain SQL over a DB-API connection.

One implementation for every reader of the list: :class:`SqlCaseStore`
(through its engine's connection, on SQLite and PostgreSQL) and the start-up
path (:mod:`storage.quick_open`), which paints the first page before
SQLAlchemy is loaded. Column names come from a fixed map, never from input;
values travel as parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from domain.enums import CASE_STATUS_ORDER, CaseStatus
from domain.ports import CaseFilter, CaseSummary

#: Sort keys of the list and the ``case_row`` column each one orders by.
ORDER_COLUMNS: dict[str, str] = {
    "updated_at": "updated_at",
    "created_at": "created_at",
    "number": "number",
    "name": "sort_name",
    "industry": "industry",
    "status": "status",
    "amount": "amount_fen",
    "progress": "progress",
    "red": "red",
    "amber": "amber",
    "version": "version",
}
SORT_KEYS = tuple(ORDER_COLUMNS)
#: The statuses in the order of the method, as stored.
STATUS_ORDER = tuple(str(s) for s in CASE_STATUS_ORDER)
_SUMMARY_COLUMNS = (
    "uuid, number, name, industry, status, amount_fen, progress, red, amber, updated_at, version"
)


def fen_to_amount(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def utc_from_db(value: Any) -> datetime | None:
    """A stored time as an aware UTC datetime (SQLite keeps naive UTC text,
    PostgreSQL an aware value); the same reading as ``tables.UTCDateTime``."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class CaseListQuery:
    """``count`` and ``summaries`` of ``case_row`` for one SQL dialect
    (``"sqlite"`` with ``?`` parameters, ``"postgresql"`` with ``%s``)."""

    def __init__(self, dialect: str) -> None:
        self._mark = "?" if dialect == "sqlite" else "%s"
        self._false = "0" if dialect == "sqlite" else "false"

    def where(self, flt: CaseFilter) -> tuple[str, list[Any]]:
        """The WHERE clause (or "") of ``flt`` and its parameters."""
        terms: list[str] = []
        params: list[Any] = []
        if not flt.include_archived:
            terms.append(f"archived = {self._false}")
        if flt.status is not None:
            terms.append(f"status = {self._mark}")
            params.append(str(flt.status))
        if flt.industry:
            terms.append(f"industry = {self._mark}")
            params.append(flt.industry)
        text = flt.text.strip().lower()
        if text:
            terms.append(f"search LIKE {self._mark} ESCAPE '\\'")
            params.append(f"%{escape_like(text)}%")
        return (" WHERE " + " AND ".join(terms)) if terms else "", params

    def count_sql(self, flt: CaseFilter) -> tuple[str, list[Any]]:
        where, params = self.where(flt)
        return f"SELECT count(*) FROM case_row{where}", params

    def page_sql(
        self,
        flt: CaseFilter,
        offset: int,
        limit: int,
        order_by: str,
        descending: bool,
        label_order: Sequence[str] = (),
    ) -> tuple[str, list[Any]]:
        """One page; ties are broken by case number, then UUID (numbers repeat
        at head office), so that pages neither overlap nor skip a case.

        The status sorts in the order of the method (草稿 … 已归档), not by its
        id; ``label_order`` gives the industries in the order of the labels
        the reader sees (the UI knows the language), values not in it last."""
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"unknown sort key {order_by!r}; use one of {SORT_KEYS}")
        where, params = self.where(flt)
        way = "DESC" if descending else "ASC"
        column = ORDER_COLUMNS[order_by]
        order_params: list[Any] = []
        ranked = list(label_order) or (list(STATUS_ORDER) if order_by == "status" else [])
        if order_by in ("industry", "status") and ranked:
            whens = " ".join(f"WHEN {self._mark} THEN {i}" for i in range(len(ranked)))
            column = f"CASE {column} {whens} ELSE {len(ranked)} END"
            order_params = ranked
        ties = "" if column == "number" else f", number {way}"
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM case_row{where} "
            f"ORDER BY {column} {way}{ties}, uuid {way} "
            f"LIMIT {self._mark} OFFSET {self._mark}"
        )
        return sql, [*params, *order_params, max(limit, 0), max(offset, 0)]

    def count(self, cursor: Any, flt: CaseFilter = CaseFilter()) -> int:  # noqa: B008 (frozen)
        sql, params = self.count_sql(flt)
        cursor.execute(sql, params)
        return int(cursor.fetchone()[0])

    def summaries(
        self,
        cursor: Any,
        flt: CaseFilter = CaseFilter(),  # noqa: B008 (frozen)
        offset: int = 0,
        limit: int = 500,
        order_by: str = "updated_at",
        descending: bool = True,
        label_order: Sequence[str] = (),
    ) -> list[CaseSummary]:
        sql, params = self.page_sql(flt, offset, limit, order_by, descending, label_order)
        cursor.execute(sql, params)
        return summaries_of(cursor.fetchall())


def summaries_of(rows: Sequence[Sequence[Any]]) -> list[CaseSummary]:
    return [
        CaseSummary(
            uuid=r[0],
            number=r[1],
            name=r[2],
            industry=r[3],
            status=CaseStatus(r[4]),
            amount=fen_to_amount(r[5]),
            progress=r[6],
            red=r[7],
            amber=r[8],
            updated_at=utc_from_db(r[9]),
            version=r[10],
        )
        for r in rows
    ]


__all__ = [
    "ORDER_COLUMNS",
    "SORT_KEYS",
    "CaseListQuery",
    "escape_like",
    "fen_to_amount",
    "summaries_of",
    "utc_from_db",
]
