"""Identifiers on head office's blacklist (issue 11): an applicant, spouse,
guarantor or payee whose ID number, credit code, phone or bank account head
office has refused.

The list travels in the rule pack as ``blacklist.toml``::

    [[entries]]
    kind = "id_number"      # id_number / uscc / phone / bank_account
    value = "110105194912310021"
    reason = "..."

Values are compared normalised (:func:`normalise`), the same way on both
sides. Category 经营虚假 (``business``): who the business really is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from domain.enums import FraudCategory
from domain.fraud.base import (
    Evidence,
    EvidenceText,
    FraudFlag,
    RuleContext,
    RuleSettings,
    fraud_rule,
    make_flag,
)
from domain.fraud.figures import norm_text
from domain.i18n import Message, tr_noop

BLACKLIST_FILE = "blacklist.toml"
KINDS = ("id_number", "uscc", "phone", "bank_account")
KIND_LABELS = {
    "id_number": tr_noop("ID number on the blacklist"),
    "uscc": tr_noop("Credit code on the blacklist"),
    "phone": tr_noop("Phone on the blacklist"),
    "bank_account": tr_noop("Bank account on the blacklist"),
}


_NOT_DIGIT = re.compile(r"\D")


def normalise(kind: str, value: str) -> str:
    """The form compared: digits only for phones (without +86) and accounts,
    upper case without spaces for IDs and credit codes."""
    if kind in ("phone", "bank_account"):
        digits = _NOT_DIGIT.sub("", value)
        if kind == "phone" and len(digits) == 13 and digits.startswith("86"):
            digits = digits[2:]
        return digits
    return norm_text(value)


def blacklist_entries(pack: Any) -> dict[tuple[str, str], str]:
    """(kind, normalised value) → reason, from the pack's ``blacklist.toml``
    (empty when the pack has none)."""
    raw = getattr(pack, "raw", pack if isinstance(pack, Mapping) else {})
    data = raw.get(BLACKLIST_FILE, {}) if isinstance(raw, Mapping) else {}
    entries = data.get("entries", []) if isinstance(data, Mapping) else []
    out: dict[tuple[str, str], str] = {}
    for e in entries if isinstance(entries, list) else []:
        if isinstance(e, Mapping) and e.get("kind") in KINDS and str(e.get("value", "")).strip():
            kind = str(e["kind"])
            out[(kind, normalise(kind, str(e["value"])))] = str(e.get("reason", ""))
    return out


def case_identifiers(ctx: RuleContext) -> Iterable[tuple[str, str, str]]:
    """(kind, raw value, field path) of everyone the case names."""
    c = ctx.case
    a = c.applicant
    people = [("/applicant/owner", a.owner)]
    if a.spouse is not None:
        people.append(("/applicant/spouse", a.spouse))
    for path, p in people:
        yield "id_number", p.id_number, f"{path}/id_number"
        yield "phone", p.phone, f"{path}/phone"
        yield "bank_account", p.bank_account, f"{path}/bank_account"
    yield "uscc", a.uscc, "/applicant/uscc"
    for i, g in enumerate(c.guarantors):
        yield "id_number", g.id_number, f"/guarantors/{i}/id_number"
        yield "phone", g.phone, f"/guarantors/{i}/phone"
    payee = c.loan.payee
    yield "uscc", payee.uscc, "/loan/payee/uscc"
    yield "phone", payee.phone, "/loan/payee/phone"
    yield "bank_account", payee.bank_account, "/loan/payee/bank_account"


@fraud_rule("business.blacklisted", FraudCategory.BUSINESS)
def blacklisted(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """An identifier in the case is on head office's blacklist."""
    listed = blacklist_entries(ctx.pack)
    if not listed:
        return None
    evidence: list[Evidence] = []
    paths: list[str] = []
    for kind, raw, path in case_identifiers(ctx):
        if not raw.strip():
            continue
        reason = listed.get((kind, normalise(kind, raw)))
        if reason is not None:
            source: EvidenceText = (
                Message(tr_noop("head office blacklist: {reason}"), {"reason": reason})
                if reason
                else "head office blacklist"
            )
            evidence.append(Evidence(KIND_LABELS[kind], raw, source))
            paths.append(path)
    if not evidence:
        return None
    return make_flag(
        "business.blacklisted",
        FraudCategory.BUSINESS,
        s.severity(),
        Message(
            tr_noop("{count} identifier(s) in this case are on head office's blacklist."),
            {"count": len(evidence)},
        ),
        evidence,
        paths,
    )
