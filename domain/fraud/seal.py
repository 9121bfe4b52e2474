"""印章虚假 forged seal: the code or the name carved on the seal is wrong."""

from __future__ import annotations

from domain.case import Case, Seal
from domain.enums import FraudCategory, SealParty, label
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


def registered_identity(case: Case, seal: Seal) -> tuple[str, str]:
    """(name, code) the seal's party is registered under, "" where unknown:
    the applicant's registration; for others what the officer copied from the
    registry onto the seal's record, else the lessor named on the premises or
    the buyer of the case's only contract."""
    if seal.party is SealParty.APPLICANT:
        return case.applicant.registered_name, case.applicant.uscc
    name, code = seal.registered_name, seal.registered_code
    if seal.party is SealParty.LESSOR:
        name = name or case.business.premises.landlord
        code = code or case.business.premises.landlord_uscc
    elif seal.party is SealParty.BUYER and len(case.contracts) == 1:
        name = name or case.contracts[0].counterparty
        code = code or case.contracts[0].counterparty_uscc
    return name, code


def _whose(seal: Seal) -> Message:
    return Message(tr_noop("seal of the {party}"), {"party": Message(label(seal.party))})


@fraud_rule("seal.code_mismatch", CAT)
def code_mismatch(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """A well-formed code on a seal differs from the registered credit code of
    the party the seal belongs to (applicant, lessor, buyer, supplier,
    guarantor; only when that code is known)."""
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, seal in enumerate(ctx.case.seals):
        registered = registered_identity(ctx.case, seal)[1]
        code = norm_text(seal.code)
        mismatch = code and norm_text(registered) and code != norm_text(registered)
        if mismatch and validate_uscc(seal.code).ok:
            evidence.append(
                Evidence(tr_noop("Code on the seal"), seal.code, _whose(seal), registered)
            )
            paths.append(f"/seals/{i}/code")
    if not evidence:
        return None
    return make_flag(
        "seal.code_mismatch",
        CAT,
        s.severity(),
        Message(
            tr_noop("The seal carries the code {code}, not the registered {registered}."),
            {"code": evidence[0].value, "registered": evidence[0].threshold},
        ),
        evidence,
        paths,
    )


@fraud_rule("seal.name_mismatch", CAT)
def name_mismatch(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The name carved on a seal differs from the registered name of the
    party the seal belongs to (spaces and bracket width ignored; only when
    that name is known)."""
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, seal in enumerate(ctx.case.seals):
        registered = registered_identity(ctx.case, seal)[0]
        name = norm_text(seal.name)
        if name and norm_text(registered) and name != norm_text(registered):
            evidence.append(
                Evidence(tr_noop("Name on the seal"), seal.name, _whose(seal), registered)
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
            {"name": evidence[0].value, "registered": evidence[0].threshold},
        ),
        evidence,
        paths,
    )
