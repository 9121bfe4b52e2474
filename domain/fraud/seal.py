"""印章虚假 forged seal: the code or the name carved on the seal is wrong."""

from __future__ import annotations

from domain.enums import FraudCategory
from domain.fraud.base import Evidence, FraudFlag, RuleContext, RuleSettings, fraud_rule, make_flag
from domain.fraud.figures import norm_text
from domain.i18n import Message, tr_noop
from domain.validators import validate_uscc

CAT = FraudCategory.SEAL


@fraud_rule("seal.code_invalid", CAT)
def code_invalid(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The code carved on a seal fails the USCC charset, length or check
    character (GB 32100): no registry issued it."""
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, seal in enumerate(ctx.case.seals):
        if not seal.code.strip():
            continue
        result = validate_uscc(seal.code)
        if not result.ok:
            evidence.append(Evidence(tr_noop("Code on the seal"), seal.code, result.errors[0]))
            paths.append(f"/seals/{i}/code")
    if not evidence:
        return None
    return make_flag(
        "seal.code_invalid",
        CAT,
        s.severity(),
        Message(
            tr_noop("The code on the seal {code} is not a valid credit code."),
            {"code": evidence[0].value},
        ),
        evidence,
        paths,
    )


@fraud_rule("seal.code_mismatch", CAT)
def code_mismatch(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """A well-formed code on a seal differs from the applicant's registered
    USCC (only when both are known)."""
    registered = norm_text(ctx.case.applicant.uscc)
    if not registered:
        return None
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, seal in enumerate(ctx.case.seals):
        code = norm_text(seal.code)
        if code and code != registered and validate_uscc(seal.code).ok:
            evidence.append(
                Evidence(tr_noop("Code on the seal"), seal.code, "seal", ctx.case.applicant.uscc)
            )
            paths.append(f"/seals/{i}/code")
    if not evidence:
        return None
    return make_flag(
        "seal.code_mismatch",
        CAT,
        s.severity(),
        Message(
            tr_noop("The seal carries the code {code}, not the applicant's {registered}."),
            {"code": evidence[0].value, "registered": ctx.case.applicant.uscc},
        ),
        evidence,
        [*paths, "/applicant/uscc"],
    )


@fraud_rule("seal.name_mismatch", CAT)
def name_mismatch(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The name carved on a seal differs from the registered name (spaces and
    bracket width ignored)."""
    registered = norm_text(ctx.case.applicant.registered_name)
    if not registered:
        return None
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, seal in enumerate(ctx.case.seals):
        name = norm_text(seal.name)
        if name and name != registered:
            evidence.append(
                Evidence(
                    tr_noop("Name on the seal"),
                    seal.name,
                    "seal",
                    ctx.case.applicant.registered_name,
                )
            )
            paths.append(f"/seals/{i}/name")
    if not evidence:
        return None
    return make_flag(
        "seal.name_mismatch",
        CAT,
        s.severity(),
        Message(
            tr_noop("The seal reads {name}, not the registered name {registered}."),
            {"name": evidence[0].value, "registered": ctx.case.applicant.registered_name},
        ),
        evidence,
        [*paths, "/applicant/registered_name"],
    )
