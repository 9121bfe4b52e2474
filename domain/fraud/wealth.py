"""财力虚假 overstated wealth, hidden debt."""

from __future__ import annotations

from decimal import Decimal

from domain.enums import FraudCategory, Severity, TxCategory
from domain.fraud.adapters import equity_figures
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
    pct,
)
from domain.fraud.figures import equity_r1, norm_text, related_parties_of
from domain.fraud.flows import pattern, severity_of, statement_thresholds
from domain.fraud.settings import fraud_settings
from domain.i18n import Message, listing, tr_noop
from domain.money import money_text

CAT = FraudCategory.WEALTH
ZERO = Decimal("0")


@fraud_rule("wealth.equity_r1_negative", CAT)
def equity_r1_negative(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """r1 = (E_actual − E_expected) / |E_expected| below −``amber`` / −``red``:
    equity short of what the profits should have built. It points to hidden
    debt (财力) only when the gap remains with the verified profit, or when
    hidden debt is evidenced (regular payments to a private lender, loans in
    the credit report the balance sheet leaves out); a gap that closes with
    the verified profit is inflated income (``income.equity_only_with_
    verified_profit``). Without a verified profit an unexplained gap is amber.
    Negative is bad. Taken from the assessment, else computed from the case."""
    eq = equity_figures(ctx.assessment)
    r1 = eq.r1 if eq is not None else None
    r1_verified = eq.r1_verified if eq is not None else None
    expected = eq.expected if eq is not None else None
    actual = eq.actual if eq is not None else None
    if r1 is None:
        own = equity_r1(ctx.case)
        if own is None:
            return None
        r1, expected, actual = own
    amber, red = s.dec("amber"), s.dec("red")
    declared = grade(-r1, amber, red)
    if declared is None and (r1_verified is None or grade(-r1_verified, amber, red) is None):
        return None  # no gap at all: nothing to explain
    debt = hidden_debt(ctx)
    if r1_verified is not None:
        severity = grade(-r1_verified, amber, red)
        if severity is None and debt:
            severity = declared
    else:
        severity = declared
        if severity is not None and not debt:
            severity = Severity.AMBER
    if severity is None:
        return None
    band = below("−" + pct(amber), "−" + pct(red))
    evidence = [Evidence(tr_noop("r1"), pct(r1), "computed", band)]
    if r1_verified is not None:
        evidence.append(
            Evidence(tr_noop("r1 with verified profit"), pct(r1_verified), "computed", band)
        )
    if expected is not None:
        evidence.append(Evidence(tr_noop("Expected equity"), money_text(expected), "computed"))
    if actual is not None:
        evidence.append(Evidence(tr_noop("Actual equity"), money_text(actual), "balance sheet"))
    evidence += [Evidence(tr_noop("Hidden debt"), Message(d), "computed") for d in debt]
    shown = r1_verified if r1_verified is not None and -r1_verified > amber else r1
    return make_flag(
        "wealth.equity_r1_negative",
        CAT,
        severity,
        Message(
            tr_noop("Equity is {r1} short of what the profits should have built."),
            {"r1": pct(-shown)},
        ),
        evidence,
        ["/equity", "/balance_sheet"],
    )


def hidden_debt(ctx: RuleContext) -> list[str]:
    """The signs of hidden debt the case shows (English source texts):
    regular payments to a private lender, undeclared credit-report debts."""
    signs = []
    if private_lenders(ctx):
        signs.append(tr_noop("regular payments to an individual"))
    if _undeclared_debt(ctx):
        signs.append(tr_noop("debts in the credit report not in the balance sheet"))
    return signs


_EXPLAINED = frozenset({TxCategory.EXPENSE, TxCategory.PURCHASE})


def private_lenders(ctx: RuleContext) -> list[str]:
    """The individuals of ``statement_patterns.private_loan_payments`` that are
    no known party of the business (the landlord, staff, the family) and whose
    payments are not all classified as expenses or purchases (rent, wages,
    produce bought from farmers)."""
    result = pattern(ctx, "private_loan_payments")
    if severity_of(result) is None or not result.counterparties:
        return []
    case = ctx.case
    known = {p.name_key for p in related_parties_of(ctx)}
    landlord = norm_text(case.business.premises.landlord)
    if landlord:
        known.add(landlord)
    out = []
    for name in result.counterparties:
        if norm_text(name) in known:
            continue
        lines = [t for t in result.transactions if t.counterparty.strip() == name]
        if lines and all(t.category in _EXPLAINED for t in lines):
            continue
        out.append(name)
    return out


@fraud_rule("wealth.regular_payments_to_individuals", CAT)
def regular_payments_to_individuals(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Payments of similar size to the same individual in consecutive months
    (``statement_patterns.private_loan_payments``): possible private-loan
    interest. Rent, wages and produce paid to people the case knows (the
    landlord, staff, family) or classified as expenses and purchases are left
    out. The severity is the rule's ``severity`` in ``fraud.toml``."""
    names = private_lenders(ctx)
    if not names:
        return None
    result = pattern(ctx, "private_loan_payments")
    t = statement_thresholds(ctx)
    runs: dict[str, list[tuple[str, Decimal]]] = result.figures["runs"]
    return make_flag(
        "wealth.regular_payments_to_individuals",
        CAT,
        s.severity(),
        Message(
            tr_noop("Regular monthly payments to {names}: possible private-loan interest."),
            {"names": listing(list(names))},
        ),
        [
            Evidence(
                tr_noop("Monthly payments"),
                " / ".join(money_text(amount) for _, amount in runs[name]),
                Message(
                    tr_noop("statement {name} {first}–{last}"),
                    {"name": name, "first": runs[name][0][0], "last": runs[name][-1][0]},
                ),
                Message(
                    tr_noop("≥ {months} months within {tolerance}"),
                    {
                        "months": t.private_loan_months,
                        "tolerance": pct(t.private_loan_amount_tolerance),
                    },
                ),
            )
            for name in names
        ],
        ["/transactions", "/balance_sheet/private_loans"],
    )


def _is_guarantee(kind: str) -> bool:
    k = kind.lower()
    return "guarant" in k or "担保" in k


@fraud_rule("wealth.undeclared_credit_debts", CAT)
def undeclared_credit_debts(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Debts in the credit report not declared in the balance sheet.

    Gap = (report loans − declared loans, cards and private loans) / report
    loans; above ``amber`` / ``red`` is bad, gaps under ``min_amount`` yuan are
    ignored. Guarantees in the report are compared with guarantees given.
    """
    amber, red, floor = s.dec("amber"), s.dec("red"), s.dec("min_amount")
    worst, evidence, paths = _undeclared(ctx, amber, red, floor)
    if worst is None:
        return None
    return make_flag(
        "wealth.undeclared_credit_debts",
        CAT,
        worst,
        Message(tr_noop("The credit report shows debts the balance sheet does not declare."), {}),
        evidence,
        paths,
    )


def _undeclared(
    ctx: RuleContext, amber: Decimal, red: Decimal, floor: Decimal
) -> tuple[Severity | None, list[Evidence], list[str]]:
    """The worst undeclared share of loans or guarantees, with its evidence."""
    worst: Severity | None = None
    evidence: list[Evidence] = []
    paths: list[str] = []
    debts = ctx.case.credit_report.debts
    if not debts:
        return None, [], []
    bs = ctx.case.balance_sheet
    report_loans = sum((d.balance or ZERO for d in debts if not _is_guarantee(d.kind)), ZERO)
    report_guar = sum((d.balance or ZERO for d in debts if _is_guarantee(d.kind)), ZERO)
    declared_loans = sum(
        (
            f.value or ZERO
            for f in (bs.credit_cards, bs.short_term_loans, bs.long_term_loans, bs.private_loans)
        ),
        ZERO,
    )
    declared_guar = bs.guarantees_given.value or ZERO
    for what, report, declared, path in (
        (tr_noop("Loans"), report_loans, declared_loans, "/balance_sheet/short_term_loans"),
        (tr_noop("Guarantees"), report_guar, declared_guar, "/balance_sheet/guarantees_given"),
    ):
        gap = report - declared
        if report <= 0 or gap < floor:
            continue
        sev = grade(gap / report, amber, red)
        if sev is None:
            continue
        worst = Severity.RED if Severity.RED in (sev, worst) else sev
        evidence += [
            Evidence(what, money_text(report), "credit report"),
            Evidence(what, money_text(declared), "balance sheet"),
            Evidence(
                tr_noop("Undeclared share"),
                pct(gap / report),
                "computed",
                above(pct(amber), pct(red)),
            ),
        ]
        paths += ["/credit_report/debts", path]
    return worst, evidence, paths


def _undeclared_debt(ctx: RuleContext) -> bool:
    """Whether ``wealth.undeclared_credit_debts`` (with its own settings) sees
    undeclared debt."""
    settings = fraud_settings(ctx.pack, ctx.case.business.industry).rule(
        "wealth.undeclared_credit_debts"
    )
    if settings is None or not settings.enabled:
        return False
    amber, red = settings.dec("amber"), settings.dec("red")
    return _undeclared(ctx, amber, red, settings.dec("min_amount"))[0] is not None
