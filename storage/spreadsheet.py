"""Selected cases as a spreadsheet (pandas): XLSX with two sheets, or two CSVs.

One row per case with the key figures (amount, verified sales, deviations of
S1–S8, r1, repayment-capacity ratio, LTV, each with its light) and the red /
amber flag counts; a second sheet (``flags``) or a second CSV
(``<name>-flags.csv``) lists every flag with the officer's disposition. CSV
files are UTF-8 with a BOM so that Excel opens Chinese text correctly.

Resident ID, phone and account numbers are masked unless ``unmasked=True``;
either way the choice is written to each case's access log
(``spreadsheet`` or ``spreadsheet_unmasked``), as DOMAIN.md §9 asks. Money
and ratios stay ``Decimal`` (strings in CSV, numbers in XLSX). Text that a
spreadsheet would run as a formula is made inert (docs/SECURITY.md).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from domain.assessment import Assessment, assess_with_fraud, flag_to_json
from domain.case import Case
from domain.enums import Severity
from domain.errors import DomainError
from domain.formula_escape import csv_text
from domain.fraud.dispositions import status_of
from domain.i18n import Message, tr_noop
from domain.validators import mask_account, mask_id, mask_phone
from storage import fsops
from storage.keyfile import os_error_to_workspace_error
from storage.spreadsheet_safety import neutralise_workbook
from storage.workspace import Workspace

SALES_CHECKS = tuple(f"S{i}" for i in range(1, 9))
ACTION_MASKED = "spreadsheet"
ACTION_UNMASKED = "spreadsheet_unmasked"


class SpreadsheetError(DomainError):
    """The spreadsheet cannot be written (unknown suffix, folder not writable)."""


def _mask(value: str, masker: Any, unmasked: bool) -> str:
    if not value or unmasked:
        return value
    return str(masker(value))


def _light(assessment: Assessment, check_id: str) -> str:
    check = assessment.check(check_id)
    return "" if check is None else str(check.light)


def case_row(case: Case, assessment: Assessment, *, unmasked: bool = False) -> dict[str, Any]:
    """The spreadsheet row of one case. Deviations and ratios are fractions."""
    owner = case.applicant.owner
    row: dict[str, Any] = {
        "case_number": case.number,
        "case_uuid": case.uuid,
        "version": case.version,
        "status": str(case.status),
        "borrower": case.display_name,
        "owner": owner.name,
        "owner_id": _mask(owner.id_number, mask_id, unmasked),
        "owner_phone": _mask(owner.phone, mask_phone, unmasked),
        "owner_account": _mask(owner.bank_account, mask_account, unmasked),
        "industry": case.business.industry,
        "amount": case.loan.amount,
        "verified_sales": assessment.verified_sales,
    }
    for check_id in SALES_CHECKS:
        check = assessment.check(check_id)
        row[f"{check_id}_deviation"] = None if check is None else check.deviation
        row[f"{check_id}_light"] = _light(assessment, check_id)
    row["r1"] = assessment.equity.r1
    row["r1_light"] = str(assessment.equity.light)
    capacity = assessment.check("repayment_capacity")
    row["capacity_ratio"] = None if capacity is None else capacity.deviation
    row["capacity_light"] = _light(assessment, "repayment_capacity")
    row["ltv"] = assessment.security.ltv
    row["ltv_light"] = str(assessment.security.check.light)
    severities = [str(f.severity) for f in assessment.flags]
    row["red_flags"] = severities.count(str(Severity.RED))
    row["amber_flags"] = severities.count(str(Severity.AMBER))
    return row


def flag_rows(case: Case, assessment: Assessment) -> list[dict[str, Any]]:
    rows = []
    for flag in assessment.flags:
        data = flag_to_json(flag)
        rule = str(data.get("rule", ""))
        disposition = next((d for d in case.dispositions if d.rule == rule), None)
        rows.append(
            {
                "case_number": case.number,
                "rule": rule,
                "category": data.get("category", ""),
                "category_label": data.get("category_label", ""),
                "severity": data.get("severity", ""),
                "message": data.get("message", ""),
                "disposition": str(status_of(case, rule)),
                "reason": disposition.reason if disposition else "",
                "override_reason": disposition.override_reason if disposition else "",
            }
        )
    return rows


def frames(
    cases: Sequence[Case],
    pack: Any,
    today: date,
    *,
    unmasked: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The cases sheet and the flags sheet; ``progress(done, total)`` after each case."""
    case_rows, flags = [], []
    for done, case in enumerate(cases, start=1):
        assessment = assess_with_fraud(case, pack, today=today)
        case_rows.append(case_row(case, assessment, unmasked=unmasked))
        flags.extend(flag_rows(case, assessment))
        if progress is not None:
            progress(done, len(cases))
    flag_columns = [
        "case_number",
        "rule",
        "category",
        "category_label",
        "severity",
        "message",
        "disposition",
        "reason",
        "override_reason",
    ]
    return pd.DataFrame(case_rows), pd.DataFrame(flags, columns=flag_columns)


def flags_csv_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-flags{path.suffix}")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")  # a number, negative or not, stays a number
    return csv_text(value)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Decimals as their exact text for CSV (never through float); text that a
    spreadsheet would run as a formula behind a quote (domain/formula_escape.py)."""
    return frame.map(_csv_cell)


def _atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        write(tmp)
        fsops.replace(tmp, path)
    except fsops.FileInUse as exc:  # e.g. the last export still open in Excel
        tmp.unlink(missing_ok=True)
        raise os_error_to_workspace_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_frames(path: Path, cases: pd.DataFrame, flags: pd.DataFrame) -> list[Path]:
    """``.xlsx``: sheets ``cases`` and ``flags``; ``.csv``: two files. Returns the paths."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":

        def xlsx(tmp: Path) -> None:
            with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
                cases.to_excel(writer, sheet_name="cases", index=False)
                flags.to_excel(writer, sheet_name="flags", index=False)
                neutralise_workbook(writer.book)  # no borrower text runs as a formula

        _atomic(path, xlsx)
        return [path]
    if suffix == ".csv":
        second = flags_csv_path(path)
        _atomic(path, lambda tmp: _plain(cases).to_csv(tmp, index=False, encoding="utf-8-sig"))
        _atomic(second, lambda tmp: _plain(flags).to_csv(tmp, index=False, encoding="utf-8-sig"))
        return [path, second]
    raise SpreadsheetError(
        Message(tr_noop("{path}: a spreadsheet must end in .xlsx or .csv."), {"path": str(path)})
    )


def export_spreadsheet(
    workspace: Workspace,
    case_ids: Sequence[str],
    path: Path,
    *,
    unmasked: bool = False,
    pack: Any | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write the spreadsheet of the given cases (UUIDs or numbers) and log the
    access, masked or not, on every case. Raises KeyError for an unknown case.
    ``progress(done, total)`` is told after each case is assessed (the long part)."""
    if pack is None:
        from storage.rulepack_active import load_active_rule_pack

        pack = load_active_rule_pack(workspace)  # head office's installed pack, else the default
    cases = [workspace.store.load(case_id) for case_id in case_ids]
    sheet, flags = frames(cases, pack, today or date.today(), unmasked=unmasked, progress=progress)
    written = write_frames(path, sheet, flags)
    action = ACTION_UNMASKED if unmasked else ACTION_MASKED
    for case in cases:
        workspace.store.record_access(case.uuid, workspace.actor, action)
    return written
