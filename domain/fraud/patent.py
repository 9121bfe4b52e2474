"""专利虚假 false patent: numbers that cannot exist or say another type."""

from __future__ import annotations

from domain.enums import FraudCategory, label
from domain.fraud.base import Evidence, FraudFlag, RuleContext, RuleSettings, fraud_rule, make_flag
from domain.i18n import Message, listing, tr_noop
from domain.validators import validate_patent

CAT = FraudCategory.PATENT


@fraud_rule("patent.number_invalid", CAT)
def number_invalid(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """A patent number with a wrong format, check character, type digit or
    year (type against the claim is the separate ``patent.type_mismatch``)."""
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, p in enumerate(ctx.case.patents):
        if not p.number.strip():
            continue
        result = validate_patent(p.number, None, ctx.today)
        if result.ok:
            continue
        evidence.append(Evidence(tr_noop("Patent number"), p.number, result.errors[0]))
        paths.append(f"/patents/{i}/number")
    if not evidence:
        return None
    return make_flag(
        "patent.number_invalid",
        CAT,
        s.severity(),
        Message(
            tr_noop("{count} patent numbers are not valid: {numbers}."),
            {"count": len(evidence), "numbers": listing([str(e.value) for e in evidence])},
        ),
        evidence,
        paths,
    )


@fraud_rule("patent.type_mismatch", CAT)
def type_mismatch(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The type digit of a patent number (1/8 invention, 2/9 utility model,
    3 design) differs from the type the applicant claims."""
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, p in enumerate(ctx.case.patents):
        if not p.number.strip():
            continue
        parsed = validate_patent(p.number).value
        if parsed is None or parsed.patent_type == p.claimed_type:
            continue
        evidence.append(
            Evidence(
                tr_noop("Patent type by number"),
                parsed.patent_type.value,
                p.number,
                Message(tr_noop("claimed: {type}"), {"type": Message(label(p.claimed_type))}),
            )
        )
        paths.append(f"/patents/{i}/claimed_type")
    if not evidence:
        return None
    return make_flag(
        "patent.type_mismatch",
        CAT,
        s.severity(),
        Message(
            tr_noop("{count} patents are of another type than claimed."), {"count": len(evidence)}
        ),
        evidence,
        paths,
    )
