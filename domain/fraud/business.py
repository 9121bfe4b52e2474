"""经营虚假 fake business: the business is younger or other than claimed."""

from __future__ import annotations

from decimal import Decimal

from domain.enums import FraudCategory, Severity
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RuleContext,
    RuleSettings,
    above,
    fraud_rule,
    make_flag,
    other_case_source,
)
from domain.fraud.figures import norm_text, statement_lines
from domain.fraud.matching import KIND_LABELS, identity_matches
from domain.fraud.site import applicant_names_of
from domain.i18n import Message, tr_noop
from domain.validators import validate_uscc

CAT = FraudCategory.BUSINESS


@fraud_rule("business.age_vs_registration", CAT)
def age_vs_registration(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Years of operation claimed vs years since the registration date (of the
    business it carries on, when that was registered earlier: an individual
    business turned company keeps its history).

    Thresholds ``amber_years`` / ``red_years``: claimed years minus registered
    years (to the application date, 365-day years); more claimed is bad.
    """
    case = ctx.case
    claimed = case.business.years_operating_claimed
    registered = case.applicant.registration_date
    earlier = case.applicant.predecessor_registration_date
    if earlier is not None and (registered is None or earlier < registered):
        registered = earlier  # the business it carries on is older
    if claimed is None or registered is None:
        return None
    registered_years = Decimal((ctx.application_date - registered).days) / Decimal(365)
    excess = Decimal(claimed) - registered_years
    amber, red = s.dec("amber_years"), s.dec("red_years")
    severity = Severity.RED if excess > red else Severity.AMBER if excess > amber else None
    if severity is None:
        return None
    shown = registered_years.quantize(Decimal("0.1"))
    return make_flag(
        "business.age_vs_registration",
        CAT,
        severity,
        Message(
            tr_noop(
                "The applicant claims {claimed} years in business but was registered only "
                "{registered} years ago."
            ),
            {"claimed": claimed, "registered": shown},
        ),
        [
            Evidence(tr_noop("Years in business claimed"), str(claimed), "declared"),
            Evidence(tr_noop("Registration date"), registered.isoformat(), "registry"),
            Evidence(
                tr_noop("Claimed minus registered years"),
                str(excess.quantize(Decimal("0.1"))),
                "computed",
                above(amber, red),
            ),
        ],
        ["/business/years_operating_claimed", "/applicant/registration_date"],
    )


@fraud_rule("business.uscc_invalid", CAT)
def uscc_invalid(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The applicant's unified social credit code fails GB 32100 (charset,
    length or check character). Any failure is bad; severity from ``severity``."""
    code = ctx.case.applicant.uscc
    if not code.strip():
        return None
    result = validate_uscc(code)
    if result.ok:
        return None
    return make_flag(
        "business.uscc_invalid",
        CAT,
        s.severity(),
        Message(
            tr_noop("The unified social credit code {code} is not valid: {why}"),
            {"code": code, "why": result.errors[0].render()},
        ),
        [Evidence(tr_noop("Unified social credit code"), code, "declared", "GB 32100-2015")],
        ["/applicant/uscc"],
    )


@fraud_rule("business.shared_identity", CAT)
def shared_identity(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The owner's ID, phone, bank account or an address of this case also
    appears in another applicant's case (same person or place behind two
    businesses). Any match is bad; severity from ``severity``."""
    matches = identity_matches(ctx.case, ctx.other_cases, ctx.matches)
    if not matches:
        return None
    return make_flag(
        "business.shared_identity",
        CAT,
        s.severity(),
        Message(
            tr_noop("{count} details of this applicant also appear in other applicants' cases."),
            {"count": len(matches)},
        ),
        [
            Evidence(
                KIND_LABELS[m.kind],
                m.value,
                other_case_source(m.other_number or m.other_uuid, m.other_name, m.there),
            )
            for m in matches
        ],
        sorted({m.here for m in matches}),
    )


def _month_index(text: str) -> int | None:
    try:
        return int(text[:4]) * 12 + int(text[5:7]) - 1
    except (ValueError, IndexError):
        return None


def history_months(ctx: RuleContext) -> tuple[int, str] | None:
    """Calendar months from the earliest meter reading or bank line to the
    application, the longer of the two; ``None`` without either. Readings
    under another account holder (a previous tenant, a landlord) are not the
    business's own history."""
    app = ctx.application_date
    end = app.year * 12 + app.month - 1
    spans: list[tuple[int, str]] = []
    own = applicant_names_of(ctx)
    ours: dict[str, bool] = {}  # most readings name the same holder
    meter_months = []
    for r in ctx.case.meters:
        holder = r.account_holder
        mine = ours.get(holder)
        if mine is None:
            mine = ours[holder] = not holder.strip() or norm_text(holder) in own
        if mine and (m := _month_index(r.month)) is not None:
            meter_months.append(m)
    if meter_months:
        spans.append((end - min(meter_months), "/meters"))
    first = statement_lines(ctx).first_date
    if first is not None:
        spans.append((end - (first.year * 12 + first.month - 1), "/transactions"))
    return max(spans) if spans else None


@fraud_rule("business.history_shorter_than_claimed", CAT)
def history_shorter_than_claimed(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Utility or bank history shorter than ``min_months`` months while the
    applicant claims a longer time in business (the records may start when
    the business did). Fewer months is bad; severity from ``severity``."""
    claimed = ctx.case.business.years_operating_claimed
    history = history_months(ctx)
    if claimed is None or history is None:
        return None
    months, path = history
    floor = s.dec("min_months")
    if months >= floor or months >= claimed * 12:
        return None
    return make_flag(
        "business.history_shorter_than_claimed",
        CAT,
        s.severity(),
        Message(
            tr_noop(
                "Utility and bank records go back only {months} months, but the applicant "
                "claims {claimed} years in business."
            ),
            {"months": months, "claimed": claimed},
        ),
        [
            Evidence(tr_noop("Years in business claimed"), str(claimed), "declared"),
            Evidence(tr_noop("Months of utility or bank history"), str(months), path, f"< {floor}"),
        ],
        [path, "/business/years_operating_claimed"],
    )
