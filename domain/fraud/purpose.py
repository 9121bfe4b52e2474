"""用途虚假 false purpose: more money than the business needs, or a payee that
is new, unrelated or the applicant's own."""

from __future__ import annotations

import operator
import re
from decimal import Decimal

from domain.checks.need import NeedResult
from domain.enums import FraudCategory, LoanPurpose, Severity
from domain.fraud.adapters import industry_norm, loan_need, member
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RuleContext,
    RuleSettings,
    above,
    below,
    fraud_rule,
    grade,
    make_flag,
    other_case_source,
)
from domain.fraud.figures import (
    norm_text,
    related_parties_of,
    statement_accounts,
    statement_lines,
    statement_payees,
)
from domain.fraud.matching import KIND_LABELS, payee_matches
from domain.i18n import Message, listing, tr_noop
from domain.money import money_text

CAT = FraudCategory.PURPOSE


_NEED_LABEL = {
    None: tr_noop("Working-capital loan need"),
    LoanPurpose.WORKING_CAPITAL: tr_noop("Working-capital loan need"),
    LoanPurpose.EQUIPMENT: tr_noop("Quote or invoice less own funds"),
    LoanPurpose.PREMISES: tr_noop("Contract or budget less own funds"),
    LoanPurpose.SEASONAL_AGRICULTURE: tr_noop("Season's input costs less own funds"),
    LoanPurpose.ORDER_FINANCING: tr_noop("Order's cost less own funds"),
}


def _need(ctx: RuleContext) -> tuple[Decimal | None, LoanPurpose | None]:
    need = member(ctx.assessment, "need")
    if isinstance(need, NeedResult):
        return need.loan_need, need.purpose
    return loan_need(ctx.assessment), ctx.case.loan.purpose_kind


@fraud_rule("purpose.request_exceeds_need", CAT)
def request_exceeds_need(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Requested amount ÷ the need of the loan's purpose (the assessment's
    need test: the working-capital formula for working-capital loans, the
    documented cost less own funds for the others); above ``amber`` / ``red``
    is bad. A need ≤ 0 with a request is red."""
    request = ctx.case.loan.amount
    need, purpose = _need(ctx)
    if request is None or request <= 0 or need is None:
        return None
    amber, red = s.dec("amber"), s.dec("red")
    need_label = _NEED_LABEL[purpose]
    if need <= 0:
        # Own working capital or own funds already cover the need.
        return make_flag(
            "purpose.request_exceeds_need",
            CAT,
            Severity.RED,
            Message(
                tr_noop(
                    "By the need test of its purpose the loan is not needed "
                    "(need {need}), yet {request} is requested."
                ),
                {"need": money_text(need), "request": money_text(request)},
            ),
            [
                Evidence(tr_noop("Amount requested"), money_text(request), "declared"),
                Evidence(need_label, money_text(need), "computed"),
            ],
            ["/loan/amount"],
        )
    ratio = request / need
    severity = grade(ratio, amber, red)
    ratio_text = str(ratio.quantize(Decimal("0.01")))
    if severity is None:
        return None
    return make_flag(
        "purpose.request_exceeds_need",
        CAT,
        severity,
        Message(
            tr_noop("The request is {ratio} times the need of {need} ({basis})."),
            {"ratio": ratio_text, "need": money_text(need), "basis": Message(need_label)},
        ),
        [
            Evidence(tr_noop("Amount requested"), money_text(request), "declared"),
            Evidence(need_label, money_text(need), "computed"),
            Evidence(tr_noop("Ratio"), ratio_text, "computed", above(amber, red)),
        ],
        ["/loan/amount"],
    )


@fraud_rule("purpose.payee_newly_registered", CAT)
def payee_newly_registered(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Days from the payee's registration to the application; fewer than
    ``amber_days`` / ``red_days`` is bad (a company set up to receive the loan)."""
    payee = ctx.case.loan.payee
    if payee.registration_date is None:
        return None
    days = (ctx.application_date - payee.registration_date).days
    amber, red = s.dec("amber_days"), s.dec("red_days")
    severity = grade(-Decimal(days), -amber, -red)
    if severity is None:
        return None
    return make_flag(
        "purpose.payee_newly_registered",
        CAT,
        severity,
        Message(
            tr_noop("The payee {name} was registered only {days} days before the application."),
            {"name": payee.name, "days": days},
        ),
        [
            Evidence(
                tr_noop("Payee registration date"), payee.registration_date.isoformat(), "registry"
            ),
            Evidence(
                tr_noop("Days before the application"),
                str(days),
                "computed",
                below(amber, red),
            ),
        ],
        ["/loan/payee/registration_date"],
    )


def _words(text: str, boilerplate: list[str], stop: set[str]) -> set[str]:
    """Two-character words (bigrams of CJK runs, whole Latin words) of ``text``."""
    for phrase in boilerplate:
        text = text.replace(phrase, " ")
    out: set[str] = set()
    for run in _CJK_RUN.findall(text):
        # the bigrams run[i : i + 2], as each character joined to the next
        out.update(map(operator.add, run, run[1:]))
    out.update(map(str.lower, _LATIN_WORD.findall(text)))
    return out - stop


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@fraud_rule("purpose.payee_scope_unrelated", CAT)
def payee_scope_unrelated(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The payee's business scope shares no word with the industry's name, the
    loan purpose, the applicant's scope, description or products (after removing ``boilerplate``
    and ``stop_words``): the payment may not buy what the purpose says."""
    case = ctx.case
    scope = case.loan.payee.business_scope
    if not scope.strip():
        return None
    boiler, stop = s.words("boilerplate"), set(s.words("stop_words"))
    industry_name = industry_norm(ctx.pack, case.business.industry, "name_zh")
    ours_text = " ".join(
        [
            str(industry_name or ""),
            case.loan.purpose,
            case.applicant.business_scope,
            case.business.description,
            *(p.name for p in case.business.products),
        ]
    )
    ours = _words(ours_text, boiler, stop)
    if not ours:
        return None
    theirs = _words(scope, boiler, stop)
    if ours & theirs:
        return None
    return make_flag(
        "purpose.payee_scope_unrelated",
        CAT,
        s.severity(),
        Message(
            tr_noop("The payee's business scope has nothing in common with the loan purpose."),
            {},
        ),
        [
            Evidence(tr_noop("Payee business scope"), scope, "registry"),
            Evidence(tr_noop("Loan purpose"), case.loan.purpose, "declared"),
        ],
        ["/loan/payee/business_scope", "/loan/purpose"],
    )


@fraud_rule("purpose.payee_not_past_supplier", CAT)
def payee_not_past_supplier(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The payee is neither a named supplier nor a counterparty of any payment
    in the imported statements (only when suppliers or statements exist).
    Equipment and premises are bought from whoever sells them: a new payee
    is expected there and not a signal."""
    case = ctx.case
    if case.loan.purpose_kind in (LoanPurpose.EQUIPMENT, LoanPurpose.PREMISES):
        return None
    payee = norm_text(case.loan.payee.name)
    if not payee:
        return None
    suppliers = {norm_text(c.name) for c in case.business.suppliers if c.name.strip()}
    supplier_codes = {c.uscc.strip() for c in case.business.suppliers if c.uscc.strip()}
    # no payee as written is no payee normalised: the normalised set is made
    # only when the payee is not a named supplier
    if not suppliers and not statement_lines(ctx).payees:
        return None
    if payee in suppliers or payee in statement_payees(ctx):
        return None
    if case.loan.payee.uscc.strip() and case.loan.payee.uscc.strip() in supplier_codes:
        return None
    return make_flag(
        "purpose.payee_not_past_supplier",
        CAT,
        s.severity(),
        Message(
            tr_noop("The payee {name} is not a known supplier and was never paid before."),
            {"name": case.loan.payee.name},
        ),
        [
            Evidence(tr_noop("Payee"), case.loan.payee.name, "declared"),
            Evidence(
                tr_noop("Suppliers named"),
                listing([c.name for c in case.business.suppliers]),
                "declared",
            ),
        ],
        ["/loan/payee/name", "/business/suppliers"],
    )


_NON_DIGITS = re.compile(r"\D")


def _digits(text: str) -> str:
    d = _NON_DIGITS.sub("", text)
    return d[2:] if len(d) == 13 and d.startswith("86") else d


@fraud_rule("purpose.payee_related", CAT)
def payee_related(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The payee's phone, bank account or (for a person) name is the
    applicant's, the spouse's, a household member's, a member of staff's or a
    guarantor's: the money may come back to the borrower."""
    case = ctx.case
    payee = case.loan.payee
    parties = related_parties_of(ctx)
    a = case.applicant
    accounts: list[tuple[str, str, str]] = [
        (a.owner.bank_account, a.owner.name, "/applicant/owner/bank_account")
    ]
    if a.spouse is not None:
        accounts.append((a.spouse.bank_account, a.spouse.name, "/applicant/spouse/bank_account"))
    # every line of an account gives the same entry: list each account once
    accounts += [(acc, a.owner.name, "/transactions") for acc in statement_accounts(ctx)]
    evidence: list[Evidence] = []
    paths: list[str] = []
    phone = _digits(payee.phone)
    if len(phone) >= 7:
        hit = next((p for p in parties if p.phone == phone), None)
        if hit is not None:
            where = hit.path + "/phone"
            evidence.append(Evidence(tr_noop("Payee phone shared with"), hit.name, where))
            paths += ["/loan/payee/phone", where]
    account = _digits(payee.bank_account)
    if len(account) >= 7:
        for raw, who, path in accounts:
            if _digits(raw) == account:
                evidence.append(Evidence(tr_noop("Payee account shared with"), who, path))
                paths += ["/loan/payee/bank_account", path]
                break
    name = norm_text(payee.name)
    if len(name) >= 2:
        hit = next((p for p in parties if p.name_key == name and p.kind != "owner"), None)
        if hit is not None:
            evidence.append(Evidence(tr_noop("Payee is"), hit.name, hit.path + "/name"))
            paths += ["/loan/payee/name", hit.path + "/name"]
    if not evidence:
        return None
    return make_flag(
        "purpose.payee_related",
        CAT,
        s.severity(),
        Message(
            tr_noop("The payee {name} shares a phone or account with {who}."),
            {"name": payee.name, "who": listing([str(e.value) for e in evidence])},
        ),
        evidence,
        paths,
    )


@fraud_rule("purpose.payee_in_other_case", CAT)
def payee_in_other_case(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The payee's credit code, name, phone or account appears as the
    applicant, owner or payee of another applicant's case."""
    matches = payee_matches(ctx.case, ctx.other_cases, ctx.matches)
    if not matches:
        return None
    return make_flag(
        "purpose.payee_in_other_case",
        CAT,
        s.severity(),
        Message(
            tr_noop("The payee also appears in {count} other applicants' cases."),
            {"count": len({m.other_uuid for m in matches})},
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
