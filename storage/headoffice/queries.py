"""Reading the portfolio: filtered, paged case rows with their origin, totals,
and groupings by industry and by light (for the window and the spreadsheet).

A case's light: ``red`` when its package carried a red flag, else ``amber``
when it carried an amber one, else ``green``. Amounts are Decimal yuan
(``amount_fen`` ÷ 100, exact).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, case, func, or_, select
from sqlmodel import Session

from storage.headoffice.tables import case_meta, match, review
from storage.tables import CaseRow

_case = CaseRow.__table__  # type: ignore[attr-defined]
FEN = Decimal(100)

SORT_COLUMNS = {
    "number": _case.c.number,
    "branch": case_meta.c.branch,
    "officer": case_meta.c.officer,
    "name": _case.c.name,
    "industry": _case.c.industry,
    "amount": _case.c.amount_fen,
    "status": _case.c.status,
    "red": _case.c.red,
    "amber": _case.c.amber,
    "updated": _case.c.updated_at,
}


@dataclass(frozen=True)
class PortfolioFilter:
    branch: str = ""
    industry: str = ""
    status: str = ""
    light: str = ""  # red / amber / green
    text: str = ""


@dataclass(frozen=True)
class PortfolioRow:
    uuid: str
    number: str
    branch: str
    officer: str
    name: str
    industry: str
    amount: Decimal | None
    status: str
    red: int
    amber: int
    matches: int
    decision: str  # the last review decision, "" when none


def _light_expr() -> Any:
    return case((_case.c.red > 0, "red"), (_case.c.amber > 0, "amber"), else_="green")


def _where(query: Any, flt: PortfolioFilter) -> Any:
    if flt.branch:
        query = query.where(case_meta.c.branch == flt.branch)
    if flt.industry:
        query = query.where(_case.c.industry == flt.industry)
    if flt.status:
        query = query.where(_case.c.status == flt.status)
    if flt.light:
        query = query.where(_light_expr() == flt.light)
    if flt.text:
        like = f"%{flt.text}%"
        query = query.where(or_(_case.c.search.ilike(like), _case.c.number.ilike(like)))
    return query


def _base(columns: list[Any]) -> Any:
    return select(*columns).select_from(
        _case.outerjoin(case_meta, case_meta.c.case_uuid == _case.c.uuid)
    )


def count(engine: Engine, flt: PortfolioFilter = PortfolioFilter()) -> int:
    with Session(engine) as session:
        return int(session.execute(_where(_base([func.count()]), flt)).scalar_one())


def rows(
    engine: Engine,
    flt: PortfolioFilter = PortfolioFilter(),
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "number",
    descending: bool = False,
) -> list[PortfolioRow]:
    """One page of the portfolio, sorted (ties broken by case number)."""
    matches = select(func.count()).where(match.c.case_uuid == _case.c.uuid).scalar_subquery()
    decision = (
        select(review.c.decision)
        .where(review.c.case_uuid == _case.c.uuid)
        .order_by(review.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    key = SORT_COLUMNS.get(sort, _case.c.number)
    query = _where(
        _base(
            [
                _case.c.uuid,
                _case.c.number,
                func.coalesce(case_meta.c.branch, ""),
                func.coalesce(case_meta.c.officer, ""),
                _case.c.name,
                _case.c.industry,
                _case.c.amount_fen,
                _case.c.status,
                _case.c.red,
                _case.c.amber,
                matches,
                func.coalesce(decision, ""),
            ]
        ),
        flt,
    ).order_by(key.desc() if descending else key.asc(), _case.c.number.asc())
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with Session(engine) as session:
        result = session.execute(query).all()
    return [
        PortfolioRow(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            str(r[5]),
            None if r[6] is None else Decimal(int(r[6])) / FEN,
            str(r[7]),
            int(r[8]),
            int(r[9]),
            int(r[10]),
            str(r[11]),
        )
        for r in result
    ]


@dataclass(frozen=True)
class Group:
    key: str
    cases: int
    amount: Decimal


def groups(
    engine: Engine,
    by: str,
    flt: PortfolioFilter = PortfolioFilter(),
) -> list[Group]:
    """Cases and amounts grouped ``by`` "industry", "light" or "branch"."""
    column = {
        "industry": _case.c.industry,
        "light": _light_expr(),
        "branch": func.coalesce(case_meta.c.branch, ""),
    }[by]
    query = _where(
        _base([column, func.count(), func.coalesce(func.sum(_case.c.amount_fen), 0)]), flt
    ).group_by(column)
    with Session(engine) as session:
        result = session.execute(query).all()
    return sorted(
        (Group(str(k), int(n), Decimal(int(fen)) / FEN) for k, n, fen in result),
        key=lambda g: g.key,
    )


@dataclass(frozen=True)
class Summary:
    """What the window shows beside the table: the totals and both charts."""

    totals: Group
    by_industry: list[Group]
    by_light: list[Group]


def summary(engine: Engine, flt: PortfolioFilter = PortfolioFilter()) -> Summary:
    """:func:`totals` and :func:`groups` by industry and by light in one pass
    over the cases (one query grouped by industry and light, at most 12 × 3
    rows, added up here) instead of three."""
    light = _light_expr()
    query = _where(
        _base(
            [_case.c.industry, light, func.count(), func.coalesce(func.sum(_case.c.amount_fen), 0)]
        ),
        flt,
    ).group_by(_case.c.industry, light)
    with Session(engine) as session:
        result = session.execute(query).all()
    cases, fen = 0, 0
    industries: dict[str, tuple[int, int]] = {}
    lights: dict[str, tuple[int, int]] = {}
    for industry, shade, n, amount in result:
        n, amount = int(n), int(amount)
        cases, fen = cases + n, fen + amount
        for into, key in ((industries, str(industry)), (lights, str(shade))):
            had_n, had_fen = into.get(key, (0, 0))
            into[key] = (had_n + n, had_fen + amount)

    def listed(into: dict[str, tuple[int, int]]) -> list[Group]:
        return [Group(k, n, Decimal(f) / FEN) for k, (n, f) in sorted(into.items())]

    return Summary(Group("", cases, Decimal(fen) / FEN), listed(industries), listed(lights))


def totals(engine: Engine, flt: PortfolioFilter = PortfolioFilter()) -> Group:
    query = _where(_base([func.count(), func.coalesce(func.sum(_case.c.amount_fen), 0)]), flt)
    with Session(engine) as session:
        n, fen = session.execute(query).one()
    return Group("", int(n), Decimal(int(fen)) / FEN)
