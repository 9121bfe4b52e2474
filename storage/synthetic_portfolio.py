"""A synthetic head-office portfolio for the benchmark: N cases written straight
into head office's PostgreSQL, the columns the package import writes.

Importing 100,000 packages would take the better part of an hour, so
:func:`populate_portfolio` writes, from the synthetic generator's cases
(:func:`storage.synthetic.synthetic_cases`), what ``headoffice import`` leaves
behind for the portfolio window: ``case_row`` (list columns, search text, the
canonical JSON payload, audit head), ``ho_case_meta`` (branch, officer,
signing key), ``ho_identifier`` (``storage.headoffice.portfolio.case_identifiers``)
and ``ho_match`` (the same rule as the import: one identifier in another
officer's or branch's case), in chunks of a few thousand, plus a review
decision on every :data:`REVIEW_EVERY`-th case. Audit entries and photos are
not written (the window does not read them until a case is opened).

The cases come from :data:`OFFICER_COUNT` officers, five per branch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, text

from domain.case import Case
from domain.collation import sort_key
from domain.enums import CaseStatus
from domain.lifecycle import seed_status
from domain.serialization import canonical_json, case_to_dict
from domain.workflow import progress_percent
from storage.case_rows import amount_to_fen, search_text
from storage.headoffice.portfolio import case_identifiers
from storage.headoffice.review import DECISIONS
from storage.headoffice.tables import case_meta, identifier, review
from storage.synthetic import BENCH_TODAY, Metrics, synthetic_cases
from storage.tables import CaseRow

OFFICER_COUNT = 40
PER_BRANCH = 5
REVIEW_EVERY = 7
MEMO_EVERY = 10
CHUNK = 2000
_BEIJING = timezone(timedelta(hours=8))
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"

Progress = Callable[[int, int], None]
_case = CaseRow.__table__  # type: ignore[attr-defined]


def officer_of(index: int) -> tuple[str, str, str]:
    """(name with staff number, branch, signing fingerprint) of case ``index``'s officer."""
    k = index % OFFICER_COUNT
    name = _SURNAMES[k % len(_SURNAMES)] + _GIVEN[(k * 7) % len(_GIVEN)]
    staff_no = f"TZ{k + 1:04d}"
    branch = f"{3301 + k // PER_BRANCH}"
    fingerprint = hashlib.sha256(staff_no.encode()).hexdigest()
    return f"{name} ({staff_no})", branch, fingerprint


def _rows(
    index: int, case: Case, metrics: Metrics, imported_at: datetime
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    seed_status(case, CaseStatus.MEMO_PRINTED if index % MEMO_EVERY == 0 else CaseStatus.ANALYSED)
    case.updated_at = case.created_at or imported_at
    officer, branch, fingerprint = officer_of(index)
    row = {
        "uuid": case.uuid,
        "number": case.number,
        "version": case.version,
        "status": str(case.status),
        "name": case.display_name,
        "sort_name": sort_key(case.display_name),
        "industry": case.business.industry,
        "amount_fen": amount_to_fen(case.loan.amount),
        "progress": progress_percent(case),
        "red": metrics.red,
        "amber": metrics.amber,
        "created_at": case.created_at or imported_at,
        "updated_at": case.updated_at,
        "archived": False,
        "search": search_text(case),
        "payload": canonical_json(case_to_dict(case)).decode("utf-8"),
        "audit_head": hashlib.sha256(case.uuid.encode()).hexdigest(),
    }
    meta = {
        "case_uuid": case.uuid,
        "branch": branch,
        "officer": officer,
        "sender_fingerprint": fingerprint,
        "imported_at": imported_at,
    }
    points = [
        {"case_uuid": case.uuid, "kind": k, "value": v, "path": p}
        for k, v, p in case_identifiers(case)
    ]
    return row, meta, points


def _write(
    engine: Engine, chunk: Sequence[tuple[dict[str, Any], dict[str, Any], list[Any]]]
) -> None:
    with engine.begin() as conn:
        conn.execute(_case.insert(), [row for row, _, _ in chunk])
        conn.execute(case_meta.insert(), [meta for _, meta, _ in chunk])
        points = [p for _, _, ps in chunk for p in ps]
        if points:
            conn.execute(identifier.insert(), points)


_MATCHES = text(
    """
    INSERT INTO ho_match (case_uuid, other_uuid, kind, value, here, there, found_at)
    SELECT a.case_uuid, b.case_uuid, a.kind, a.value, a.path, b.path, :at
    FROM ho_identifier a
    JOIN ho_identifier b
      ON b.kind = a.kind AND b.value = a.value AND b.case_uuid <> a.case_uuid
    JOIN ho_case_meta ma ON ma.case_uuid = a.case_uuid
    JOIN ho_case_meta mb ON mb.case_uuid = b.case_uuid
    WHERE ma.branch <> mb.branch OR ma.officer <> mb.officer
    ON CONFLICT ON CONSTRAINT uq_ho_match DO NOTHING
    """
)


def populate_portfolio(
    engine: Engine,
    n: int,
    *,
    seed: int = 1,
    today: date = BENCH_TODAY,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> int:
    """Write ``n`` synthetic cases into the (migrated, empty) head-office
    database behind ``engine``; returns how many. ``progress(done, n)`` per chunk."""
    imported_at = datetime(today.year, today.month, today.day, 20, tzinfo=_BEIJING)
    done = 0
    batch: list[tuple[dict[str, Any], dict[str, Any], list[Any]]] = []
    reviews: list[dict[str, Any]] = []
    for i, (case, metrics, _) in enumerate(synthetic_cases(seed, n, today)):
        batch.append(_rows(i, case, metrics, imported_at))
        if i % REVIEW_EVERY == 3:
            reviews.append(
                {
                    "case_uuid": case.uuid,
                    "case_version": case.version,
                    "decision": DECISIONS[(i // REVIEW_EVERY) % len(DECISIONS)],
                    "comment": "请补充近三个月银行流水",
                    "questions": "[]",
                    "reviewer": "李审批 (H0007)",
                    "at": imported_at,
                    "reply_file": "",
                }
            )
        if len(batch) >= chunk:
            _write(engine, batch)
            done += len(batch)
            batch = []
            if progress is not None:
                progress(done, n)
    if batch:
        _write(engine, batch)
        done += len(batch)
    with engine.begin() as conn:
        if reviews:
            conn.execute(review.insert(), reviews)
        conn.execute(_MATCHES, {"at": imported_at})
        conn.execute(text("ANALYZE"))
    if progress is not None:
        progress(done, n)
    return done


__all__ = ["OFFICER_COUNT", "officer_of", "populate_portfolio"]
