"""The portfolio (or a filtered part) as a spreadsheet (pandas → XLSX).

Sheet ``cases``: one row per case (number, branch, officer, borrower,
industry, amount in yuan, status, red and amber flags, portfolio matches,
last review decision). Sheet ``summary``: per branch and industry the number
of cases and the amount, with a total row. Amounts are exact Decimals. No ID,
phone or account number is written (none is in the portfolio columns).
Written to a temporary name and renamed, so a failure leaves no half file.
Text that a spreadsheet would run as a formula is written as inert text
(docs/SECURITY.md, "Spreadsheets").
"""

from __future__ import annotations

import secrets
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

from storage import fsops
from storage.headoffice.queries import PortfolioFilter, rows
from storage.spreadsheet_safety import neutralise_workbook

CASE_COLUMNS = [
    "number", "branch", "officer", "name", "industry", "amount",
    "status", "red", "amber", "matches", "decision",
]  # fmt: skip


def portfolio_frames(
    engine: Engine,
    flt: PortfolioFilter = PortfolioFilter(),  # noqa: B008
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(cases, summary by branch and industry) for the filter."""
    records = [asdict(r) for r in rows(engine, flt)]
    cases = pd.DataFrame(records, columns=["uuid", *CASE_COLUMNS])[CASE_COLUMNS]
    if cases.empty:
        summary = pd.DataFrame(columns=["branch", "industry", "cases", "amount"])
        return cases, summary
    amounts = cases["amount"].map(lambda a: a if a is not None else Decimal(0))
    summary = (
        cases.assign(amount=amounts)
        .groupby(["branch", "industry"], sort=True)
        .agg(cases=("number", "count"), amount=("amount", lambda s: sum(s, Decimal(0))))
        .reset_index()
    )
    total = pd.DataFrame(
        [
            {
                "branch": "合计 total",
                "industry": "",
                "cases": int(summary["cases"].sum()),
                "amount": sum(summary["amount"], Decimal(0)),
            }
        ]
    )
    return cases, pd.concat([summary, total], ignore_index=True)


def export_portfolio(
    engine: Engine,
    path: Path,
    flt: PortfolioFilter = PortfolioFilter(),  # noqa: B008
) -> int:
    """Write the XLSX; returns the number of cases in it."""
    cases, summary = portfolio_frames(engine, flt)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            cases.to_excel(writer, sheet_name="cases", index=False)
            summary.to_excel(writer, sheet_name="summary", index=False)
            neutralise_workbook(writer.book)  # no borrower text runs as a formula
        fsops.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(cases)
