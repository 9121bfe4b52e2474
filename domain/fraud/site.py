"""现场虚假 staged site: the premises or the visit are not what they seem."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from decimal import Decimal

from domain.case import Case, Visit
from domain.enums import FraudCategory, Severity, label
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RuleContext,
    RuleSettings,
    above,
    fraud_rule,
    make_flag,
)
from domain.fraud.figures import norm_text
from domain.i18n import Message, listing, tr_noop

CAT = FraudCategory.SITE
EARTH_RADIUS_KM = 6371.0088


def applicant_names(case: Case) -> set[str]:
    """The names the business goes by (normalised): its registered name, the
    owner, the spouse and the business it carries on (a predecessor)."""
    a = case.applicant
    names = {a.registered_name, a.owner.name, a.predecessor_name}
    if a.spouse is not None:
        names.add(a.spouse.name)
    return {norm_text(n) for n in names if n.strip()}


def applicant_names_of(ctx: RuleContext) -> set[str]:
    """:func:`applicant_names` of the context's case, once per evaluation."""
    names = ctx.memo.get("applicant_names")
    if names is None:
        names = ctx.memo["applicant_names"] = applicant_names(ctx.case)
    assert isinstance(names, set)
    return names


def other_owners(case: Case) -> list[tuple[int, str, str]]:
    """Side inquiries (staff, neighbours …) naming someone other than the
    applicant as the owner: (index, who spoke, whom they named)."""
    names = applicant_names(case)
    return [
        (i, q.who or q.relation, q.named_owner)
        for i, q in enumerate(case.character.inquiries)
        if q.named_owner.strip() and norm_text(q.named_owner) not in names
    ]


@fraud_rule("site.utility_holder_not_applicant", CAT)
def utility_holder_not_applicant(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Meter readings whose account holder is neither the business (nor the
    business it carries on), the owner, the spouse nor the landlord named on
    the lease (the site may belong to someone else). Severity from
    ``severity``; ``severity_with_other_owner`` when staff or neighbours also
    name someone else as the owner."""
    names = applicant_names_of(ctx)
    if not names:
        return None
    landlord = norm_text(ctx.case.business.premises.landlord)
    if landlord:
        names = names | {landlord}
    evidence: list[Evidence] = []
    paths: list[str] = []
    seen: set[str] = set()
    normalised: dict[str, str] = {}  # most readings name the same holder
    for i, reading in enumerate(ctx.case.meters):
        raw = reading.account_holder
        holder = normalised.get(raw)
        if holder is None:
            holder = normalised[raw] = norm_text(raw)
        if not holder or holder in names or holder in seen:
            continue
        seen.add(holder)
        evidence.append(
            Evidence(
                tr_noop("Utility account holder"),
                reading.account_holder,
                Message(
                    "{meter} {month}",
                    {"meter": Message(label(reading.kind)), "month": reading.month},
                ),
            )
        )
        paths.append(f"/meters/{i}/account_holder")
    if not evidence:
        return None
    severity = s.severity()
    holders = listing([str(e.value) for e in evidence])
    named = other_owners(ctx.case)
    if named:
        severity = s.severity("severity_with_other_owner")
        for i, who, owner in named:
            evidence.append(Evidence(tr_noop("Named as the owner"), owner, who))
            paths.append(f"/character/inquiries/{i}/named_owner")
    return make_flag(
        "site.utility_holder_not_applicant",
        CAT,
        severity,
        Message(
            tr_noop("The utility account is held by {holder}, not by the applicant."),
            {"holder": holders},
        ),
        evidence,
        paths,
    )


@fraud_rule("site.owner_named_by_others", CAT)
def owner_named_by_others(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Staff or neighbours, asked who the boss is, name someone other than the
    applicant, the owner or the spouse. Severity from ``severity``."""
    named = other_owners(ctx.case)
    if not named:
        return None
    return make_flag(
        "site.owner_named_by_others",
        CAT,
        s.severity(),
        Message(
            tr_noop("Asked on site, {count} people name {owners} as the owner."),
            {"count": len(named), "owners": "、".join(sorted({o for _, _, o in named}))},
        ),
        [Evidence(tr_noop("Named as the owner"), owner, who) for _, who, owner in named],
        [f"/character/inquiries/{i}/named_owner" for i, _, _ in named],
    )


def _visit_window(visit: Visit, tolerance: timedelta) -> tuple[datetime, datetime] | None:
    if visit.started_at is None:
        return None
    start = visit.started_at.replace(hour=0, minute=0, second=0, microsecond=0)
    end_day = (visit.ended_at or visit.started_at).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return (start - tolerance, end_day + timedelta(days=1) + tolerance)


def _comparable(moment: datetime, like: datetime) -> datetime:
    """Drop or add the offset so that naive EXIF times compare with visit times
    (EXIF has no zone: it is the camera's local time)."""
    if (moment.tzinfo is None) == (like.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=like.tzinfo)
    return moment.replace(tzinfo=None)


@fraud_rule("site.photo_time_outside_visit", CAT)
def photo_time_outside_visit(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Photos whose EXIF time falls on no visit day (± ``tolerance_hours``):
    the photos may be from another day or place. Severity from ``severity``."""
    tolerance = timedelta(seconds=int(s.dec("tolerance_hours") * 3600))
    windows = [w for v in ctx.case.visits if (w := _visit_window(v, tolerance))]
    if not windows:
        return None
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, att in enumerate(ctx.case.attachments):
        if att.kind != "photo" or att.exif_time is None:
            continue
        t = att.exif_time
        if any(lo <= _comparable(t, lo) < hi for lo, hi in windows):
            continue
        evidence.append(
            Evidence(
                tr_noop("Photo time"),
                t.strftime("%Y-%m-%d %H:%M"),  # as the camera wrote it, to the minute
                att.filename or att.id,
                Message(tr_noop("on a visit day")),
            )
        )
        paths.append(f"/attachments/{i}/exif_time")
    if not evidence:
        return None
    days = ", ".join(
        sorted({v.started_at.date().isoformat() for v in ctx.case.visits if v.started_at})
    )
    return make_flag(
        "site.photo_time_outside_visit",
        CAT,
        s.severity(),
        Message(
            tr_noop("{count} photos were taken outside the visit days ({days})."),
            {"count": len(evidence), "days": days},
        ),
        evidence,
        paths,
    )


def distance_km(lat1: Decimal, lon1: Decimal, lat2: Decimal, lon2: Decimal) -> Decimal:
    """Great-circle distance (haversine). Geometry needs trigonometry, so it
    runs in binary floating point; the result is rounded to the metre."""
    p1, p2 = math.radians(float(lat1)), math.radians(float(lat2))
    dp = p2 - p1
    dl = math.radians(float(lon2) - float(lon1))
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
    return Decimal(repr(km)).quantize(Decimal("0.001"))


@fraud_rule("site.photo_far_from_visit", CAT)
def photo_far_from_visit(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Photos whose EXIF GPS lies more than ``amber_km`` (``red_km``) from the
    nearest recorded visit position; farther is worse."""
    spots = [
        (v.latitude, v.longitude)
        for v in ctx.case.visits
        if v.latitude is not None and v.longitude is not None
    ]
    if not spots:
        return None
    amber, red = s.dec("amber_km"), s.dec("red_km")
    evidence: list[Evidence] = []
    paths: list[str] = []
    worst = Severity.AMBER
    for i, att in enumerate(ctx.case.attachments):
        if att.kind != "photo" or att.exif_latitude is None or att.exif_longitude is None:
            continue
        d = min(distance_km(la, lo, att.exif_latitude, att.exif_longitude) for la, lo in spots)
        if d <= amber:
            continue
        if d > red:
            worst = Severity.RED
        evidence.append(
            Evidence(
                tr_noop("Distance of photo from the visit (km)"),
                str(d),
                att.filename or att.id,
                above(amber, red),
            )
        )
        paths.append(f"/attachments/{i}/exif_latitude")
    if not evidence:
        return None
    return make_flag(
        "site.photo_far_from_visit",
        CAT,
        worst,
        Message(
            tr_noop("{count} photos were taken more than {km} km from the visit position."),
            {"count": len(evidence), "km": amber},
        ),
        evidence,
        paths,
    )
