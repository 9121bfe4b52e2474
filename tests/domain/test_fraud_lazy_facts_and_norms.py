"""Fraud helpers that read once and keep: the statement facts each rule asks
for, and the industry norms of a loaded rule pack."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.case import BankTransaction
from domain.enums import TxCategory
from domain.fraud.adapters import industry_band, industry_norm
from domain.fraud.base import RuleContext
from domain.fraud.figures import (
    statement_accounts,
    statement_facts,
    statement_payees,
    statement_payers,
)
from tests.domain.fraud_support import TODAY, clean_case, pack


def _ctx() -> RuleContext:
    case = clean_case()
    case.transactions = [
        BankTransaction(
            date(2026, 9, 1), Decimal("10.00"), "  某 客户（甲） ", "", "", TxCategory.SALES, "6222"
        ),
        BankTransaction(
            date(2026, 9, 2), Decimal("-5.00"), "供应商乙", "", "", TxCategory.PURCHASE, "6228"
        ),
        BankTransaction(None, Decimal("-1.00"), "丙", account="6222"),
    ]
    return RuleContext(case, TODAY, None, pack())


def test_each_fact_is_the_one_the_whole_facts_object_holds() -> None:
    ctx = _ctx()
    facts = statement_facts(_ctx())
    # names loosely compared: no spaces, half-width brackets, upper case
    assert statement_payers(ctx) == facts.payers == frozenset({"某客户(甲)"})
    assert statement_payees(ctx) == facts.payees == frozenset({"供应商乙", "丙"})
    assert statement_accounts(ctx) == facts.accounts == ("6222", "6228")
    assert facts.first_date == date(2026, 9, 1)


def test_a_fact_is_worked_out_once_per_evaluation() -> None:
    ctx = _ctx()
    assert statement_payees(ctx) is statement_payees(ctx)
    assert "statement_payers" not in ctx.memo  # nobody asked for the payers


def test_norms_of_a_rule_pack_are_read_as_the_pack_says() -> None:
    p = pack()
    norm = p.industry("retail")
    assert industry_norm(p, "retail", "unit_price") == norm.unit_price
    assert industry_norm(p, "retail", "unit_price") == norm.unit_price  # again, kept
    assert industry_band(p, "retail", "stock_days") == (norm.stock_days_low, norm.stock_days_high)
    assert industry_norm(p, "no such industry", "unit_price") is None


def test_another_pack_object_gets_its_own_norms() -> None:
    p = pack()
    norm = p.industry("retail")
    cheaper = replace(
        p, industries={**p.industries, "retail": replace(norm, unit_price=norm.unit_price / 2)}
    )
    assert industry_norm(p, "retail", "unit_price") == norm.unit_price
    assert industry_norm(cheaper, "retail", "unit_price") == norm.unit_price / 2


def test_a_plain_mapping_pack_is_read_every_time() -> None:
    raw = {"industries": {"retail": {"unit_price": Decimal("3")}}}
    assert industry_norm(raw, "retail", "unit_price") == Decimal("3")
    raw["industries"]["retail"]["unit_price"] = Decimal("4")
    assert industry_norm(raw, "retail", "unit_price") == Decimal("4")


def test_the_middle_of_an_industry_band_is_kept_and_follows_a_changed_copy() -> None:
    norm = replace(
        pack().industry("retail"),
        margin_low=Decimal("0.10"),
        margin_high=Decimal("0.30"),
        stock_days_low=Decimal("20"),
        stock_days_high=Decimal("40"),
    )
    # (0.10 + 0.30) / 2 = 0.20; (20 + 40) / 2 = 30
    assert norm.margin_mid == Decimal("0.20") and norm.margin_mid == Decimal("0.20")
    assert norm.stock_days_mid == Decimal("30")
    wider = replace(norm, margin_high=Decimal("0.50"))
    assert wider.margin_mid == Decimal("0.30")  # (0.10 + 0.50) / 2
    assert norm == replace(norm) and repr(norm) == repr(replace(norm))
