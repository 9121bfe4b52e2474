"""What the credit memo says (domain.memo): figures, provenance, masks, sections."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from domain.enums import Light, RiskClass
from domain.i18n import Message
from domain.memo import (
    Cell,
    KeyValues,
    Memo,
    Paragraph,
    PrintMeta,
    SalesChart,
    Section,
    Signatures,
    Table,
    Text,
    build_memo,
    joined,
    lines,
    resolve,
)
from domain.memo_figures import NOT_ASSESSED
from tests.domain.memo_sample import (
    FULL_ID,
    FULL_PHONE,
    PRINT_TIME,
    sample_assessment,
    sample_case,
    sample_flags,
)

META = PrintMeta(PRINT_TIME, app_version="0.1.0", rule_pack_id="default", rule_pack_version="7")


def _texts(section: Section) -> list[str]:
    out = [resolve(section.title)]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            out.append(resolve(block.text))
        elif isinstance(block, KeyValues):
            for k, v in block.rows:
                out += [resolve(k), resolve(v)]
        elif isinstance(block, Table):
            out += [resolve(h) for h in block.header]
            for row in block.rows:
                out += [resolve(c.text if isinstance(c, Cell) else c) for c in row]
        elif isinstance(block, SalesChart):
            out.append(resolve(block.title))
        elif isinstance(block, Signatures):
            out += [resolve(r) + " " + n for r, n in block.signers]
    return out


def memo_text(memo: Memo) -> str:
    parts = _texts(memo.cover)
    for s in memo.sections:
        parts += _texts(s)
    parts += _texts(memo.closing)
    return "\n".join(parts)


def section(memo: Memo, number: int) -> Section:
    return next(s for s in memo.sections if s.number == number)


def kv(sec: Section | Memo, label: str) -> str:
    blocks = sec.cover.blocks if isinstance(sec, Memo) else sec.blocks
    for block in blocks:
        if isinstance(block, KeyValues):
            for k, v in block.rows:
                if resolve(k) == label:
                    return resolve(v)
    raise KeyError(label)


def table(sec: Section, title: str) -> Table:
    return next(
        b for b in sec.blocks if isinstance(b, Table) and b.title and resolve(b.title) == title
    )


def row(tab: Table, first: str) -> list[Any]:
    def text(c: Cell | Text) -> str:
        return resolve(c.text if isinstance(c, Cell) else c)

    return next([text(c) for c in r] for r in tab.rows if text(r[0]) == first)


def full_memo() -> Memo:
    return build_memo(sample_case(), META, assessment=sample_assessment(), flags=sample_flags())


def test_cover_gives_requested_and_proposed_amounts_in_figures_and_chinese_capitals() -> None:
    memo = full_memo()
    # 300000 → 人民币叁拾万元整 (DOMAIN.md §8); 250000 = 25 × 10000 → 贰拾伍万元整.
    assert kv(memo, "Amount requested") == "¥300,000.00"
    assert kv(memo, "Amount requested in capitals") == "人民币叁拾万元整"
    assert kv(memo, "Amount proposed") == "¥250,000.00"
    assert kv(memo, "Amount proposed in capitals") == "人民币贰拾伍万元整"
    assert kv(memo, "Borrower") == "路桥建国五金店"
    assert kv(memo, "Memo language") == "简体中文"


def test_cover_carries_the_officers_declaration_and_signature_line() -> None:
    memo = full_memo()
    declarations = [
        b for b in memo.cover.blocks if isinstance(b, Paragraph) and b.style == "declaration"
    ]
    assert len(declarations) == 1
    assert "true" in resolve(declarations[0].text)
    assert any(isinstance(b, Signatures) for b in memo.cover.blocks)


def test_id_and_phone_numbers_are_masked_everywhere_and_never_printed_whole() -> None:
    text = memo_text(full_memo())
    assert FULL_ID not in text
    assert FULL_PHONE not in text
    assert "6222021234561234" not in text  # the owner's card
    assert "110105********002X" in text  # region and last four kept
    assert "138****5678" in text


def test_memo_has_the_twelve_numbered_sections_in_order() -> None:
    memo = full_memo()
    assert [s.number for s in memo.sections] == list(range(12))


def test_income_statement_annualises_each_season_by_its_month_count() -> None:
    statements = section(full_memo(), 3)
    income = table(statements, "Income statement by season (built by the officer)")
    # Sales: 100,000 × 4 slack months + 150,000 × 8 peak months = 1,600,000.
    assert row(income, "Sales")[-2] == "¥1,600,000.00"
    # Operating profit per month: slack 100,000 − 78,000 − 6,500 − 15,000 = 500;
    # peak 150,000 − 117,000 − 6,500 − 18,000 = 8,500; year 500 × 4 + 8,500 × 8 = 70,000.
    assert row(income, "Operating profit")[1:4] == ["¥500.00", "¥8,500.00", "¥70,000.00"]
    assert row(income, "Operating profit")[-1] == "Computed"


def test_balance_sheet_totals_and_shows_where_each_figure_came_from() -> None:
    statements = section(full_memo(), 3)
    sheet = table(statements, "Balance sheet at 2026-11-21 (built by the officer)")
    # Assets 20,000 cash + 55,000 deposits + 350,000 counted stock = 425,000.
    assert row(sheet, "Total assets")[1] == "¥425,000.00"
    # Liabilities 80,000 payables + 100,000 short-term loans = 180,000; equity 245,000.
    assert row(sheet, "Total liabilities")[1] == "¥180,000.00"
    assert row(sheet, "Equity")[1] == "¥245,000.00"
    assert row(sheet, "Bank deposits")[2] == "Document: 农商行对账单"
    assert row(sheet, "Cash")[2] == "Observed"
    assert row(sheet, "Payables")[2] == "Declared"


def test_cross_verification_lists_each_estimate_with_deviation_and_light() -> None:
    statements = section(full_memo(), 3)
    sales = table(statements, "Cross-verification of annual sales")
    s2 = row(sales, "S2")
    assert s2[2] == "¥1,500,000.00"
    assert s2[3] == "+6.3%"  # 0.0625 → 6.25% → 6.3% half-up
    assert s2[4] == "Green"
    light_cells = [r[4] for r in sales.rows]
    assert [c.light for c in light_cells if isinstance(c, Cell)] == [
        Light.GREEN,
        Light.GREEN,
        Light.RED,
        Light.MISSING,
    ]
    assert row(sales, "S7")[5] == "Missing: customs data"
    assert kv(statements, "Verified annual sales") == "¥1,375,000.00"
    assert kv(statements, "Verified sales in capitals") == "人民币壹佰叁拾柒万伍仟元整"


def test_sales_chart_has_a_bar_per_available_estimate_around_the_reference() -> None:
    statements = section(full_memo(), 3)
    chart = next(b for b in statements.blocks if isinstance(b, SalesChart))
    assert [resolve(b.label) for b in chart.bars] == ["S1", "S2", "S6"]  # S7 has no estimate
    assert chart.reference == Decimal("1600000")
    assert (chart.green_band, chart.amber_band) == (Decimal("0.10"), Decimal("0.20"))


def test_chart_bands_come_from_the_rule_pack_when_given() -> None:
    class Band:
        amber = Decimal("0.15")
        red = Decimal("0.30")

    class Thresholds:
        sales_deviation = Band()

    class Pack:
        id = "branch-pack"
        version = "2"
        thresholds = Thresholds()
        industries: ClassVar[dict[str, Any]] = {}

    memo = build_memo(
        sample_case(), PrintMeta(PRINT_TIME), assessment=sample_assessment(), pack=Pack()
    )
    chart = next(b for b in section(memo, 3).blocks if isinstance(b, SalesChart))
    assert (chart.green_band, chart.amber_band) == (Decimal("0.15"), Decimal("0.30"))
    assert kv(memo.closing, "Rule pack") == "branch-pack 2"


def test_unassessed_case_says_so_instead_of_failing() -> None:
    memo = build_memo(sample_case(), META)
    for number in (3, 5, 6, 7, 9):
        texts = _texts(section(memo, number))
        assert NOT_ASSESSED in texts, number
    assert "No fraud indicator fired for this case." in _texts(section(memo, 8))


def test_flags_show_message_evidence_and_the_officers_disposition() -> None:
    flags_section = section(full_memo(), 8)
    text = "\n".join(_texts(flags_section))
    assert "Electricity implies sales 21.9% below the declared figure" in text
    assert "Claimed staff exceed the social-insurance count" in text
    assert "Sales from electricity: 1,250,000.00 (meter; limit 20%)" in text
    assert "Dismissed\nReason: 旺季进货发票已核\nBy 李晓明, —" in text
    # The red flag is dismissed; the amber one is still pending.
    assert kv(flags_section, "Red flags pending") == "0"
    assert kv(flags_section, "Flags") == "2"


def test_pending_red_flag_is_counted_and_override_reason_is_printed() -> None:
    case = sample_case()
    case.dispositions[0].status = case.dispositions[0].status.PENDING
    case.dispositions[0].override_reason = "支行行长同意先行放款"
    sec = section(build_memo(case, META, flags=sample_flags()), 8)
    assert kv(sec, "Red flags pending") == "1"
    assert "Override: 支行行长同意先行放款" in "\n".join(_texts(sec))


def test_closing_page_records_fingerprint_rule_pack_and_app_version() -> None:
    from domain.serialization import fingerprint

    case = sample_case()
    memo = build_memo(case, META)
    assert kv(memo.closing, "Case fingerprint (SHA-256)") == fingerprint(case)
    assert kv(memo.closing, "Rule pack") == "default 7"
    assert kv(memo.closing, "Application version") == "0.1.0"
    assert memo.watermark == "李晓明 2026-11-27 10:30"


def test_normal_risk_class_is_not_labelled_as_the_normal_season() -> None:
    sec = section(build_memo(sample_case(), META), 10)
    assert sample_case().proposal.risk_class is RiskClass.NORMAL
    assert kv(sec, "Risk class") == "Normal (pass)"


def test_resolve_translates_nested_messages_and_lines() -> None:
    table_ = {"Yes": "是", "Reason: {reason}": "理由：{reason}"}

    def translate(context: str, text: str) -> str:
        return table_.get(text, text)

    inner = Message("Reason: {reason}", {"reason": "核实"})
    assert resolve(lines([Message("Yes"), inner]), translate) == "是\n理由：核实"
    assert resolve(joined(["a", Message("Yes")]), translate) == "a, 是"
    assert resolve("Yes", translate) == "Yes"  # plain str is data, never translated


def test_deviation_is_signed_and_one_that_rounds_to_zero_has_no_sign() -> None:
    from domain.memo_format import signed_pct

    assert signed_pct(Decimal("0.0625")) == "+6.3%"  # 6.25% half-up
    assert signed_pct(Decimal("-0.022")) == "-2.2%"
    assert signed_pct(Decimal("-0.0000004")) == "0.0%"  # -0.00004% shows as zero
    assert signed_pct(None) == "—"


def test_memo_is_refused_while_a_red_flag_is_pending_without_override_reason() -> None:
    import pytest

    from domain.memo import MemoBlocked

    case = sample_case()
    case.dispositions.clear()  # the red sales-deviation flag is now pending
    with pytest.raises(MemoBlocked) as info:
        build_memo(case, META, flags=sample_flags())
    assert "Declared sales above estimates" in str(info.value)


def test_draft_print_of_a_blocked_case_is_marked_on_the_cover_and_in_the_watermark() -> None:
    from dataclasses import replace

    case = sample_case()
    case.dispositions.clear()
    memo = build_memo(case, replace(META, draft=True), flags=sample_flags())
    banner = [b for b in memo.cover.blocks if isinstance(b, Paragraph) and b.style == "draft"]
    assert len(banner) == 1
    assert "Declared sales above estimates" in resolve(banner[0].text)
    assert "income.sales_deviation" not in resolve(banner[0].text)
    assert resolve(memo.watermark) == "DRAFT 李晓明 2026-11-27 10:30"


def test_a_draft_asked_for_is_marked_draft_with_its_reason_even_when_it_could_be_final() -> None:
    """A draft is printed before the lifecycle allows the final memo (a case not
    yet analysed): it must say so on the cover and in the watermark."""
    from dataclasses import replace

    reason = Message("Stage Meters is not finished.")
    memo = build_memo(
        sample_case(), replace(META, draft=True, draft_reason=reason), flags=sample_flags()
    )
    assert memo.draft_reason == reason
    assert [b for b in memo.cover.blocks if isinstance(b, Paragraph) and b.style == "draft"]
    assert isinstance(memo.watermark, Message) and memo.watermark.msg_id.startswith("DRAFT")


def test_a_final_memo_is_not_marked_draft() -> None:
    memo = build_memo(sample_case(), META, flags=sample_flags())
    assert memo.draft_reason is None
    assert not [b for b in memo.cover.blocks if isinstance(b, Paragraph) and b.style == "draft"]


def test_amount_too_large_for_capitals_prints_figures_and_a_dash() -> None:
    case = sample_case()
    case.loan.amount = Decimal("123456789012345678")  # beyond 万亿
    memo = build_memo(case, META)
    assert kv(memo, "Amount requested") == "¥123,456,789,012,345,678.00"
    assert kv(memo, "Amount requested in capitals") == "—"


def test_a_visit_typed_on_the_page_sorts_with_one_from_a_case_file_by_local_clock_time() -> None:
    from datetime import datetime, timedelta, timezone

    from domain.case import Visit

    case = sample_case()
    beijing = timezone(timedelta(hours=8))
    case.visits = [
        Visit(started_at=datetime(2026, 11, 20, 9, 0, tzinfo=beijing), place="second"),
        Visit(started_at=datetime(2026, 11, 18, 15, 30), place="first"),  # typed: no offset
    ]
    visits = section(build_memo(case, META), 0)
    log = next(b for b in visits.blocks if isinstance(b, Table))
    assert [resolve(r[1]) for r in log.rows] == ["first", "second"]


def test_conditions_print_by_their_labels_and_typed_ones_as_typed() -> None:
    case = sample_case()
    case.proposal.conditions = ["designated_payment", "配偶共同签字"]
    proposal = section(build_memo(case, META), 10)
    texts = [resolve(b.text) for b in proposal.blocks if isinstance(b, Paragraph)]
    assert "1. Designated payment (受托支付)" in texts
    assert "2. 配偶共同签字" in texts
    assert not any("designated_payment" in t for t in texts)


def test_an_lpr_is_stale_after_the_same_day_six_calendar_months_on() -> None:
    from datetime import date

    from domain.memo_risk import lpr_is_stale

    published = date(2025, 5, 20)
    assert not lpr_is_stale(published, date(2025, 11, 20), 6)  # six months to the day
    assert lpr_is_stale(published, date(2025, 11, 21), 6)
    assert not lpr_is_stale(published, date(2025, 10, 31), 6)
    assert lpr_is_stale(published, date(2025, 12, 1), 6)
    # from a month's last day: 2025-08-31 + 6 months is February's end
    assert not lpr_is_stale(date(2025, 8, 31), date(2026, 2, 28), 6)
    assert lpr_is_stale(date(2025, 8, 31), date(2026, 3, 1), 6)


def test_the_pricing_section_takes_the_lpr_and_its_date_from_the_rule_pack_and_warns_when_old() -> (
    None
):
    from datetime import date
    from types import SimpleNamespace

    pricing = SimpleNamespace(
        lpr_one_year=Decimal("0.031"), lpr_as_of=date(2024, 10, 21), lpr_stale_after_months=6
    )
    memo = build_memo(
        sample_case(), META, assessment=sample_assessment(), pack=SimpleNamespace(pricing=pricing)
    )
    pricing_section = section(memo, 9)
    assert kv(pricing_section, "1-year LPR") == "3.10%"  # the pack's, not the assessment's
    assert kv(pricing_section, "LPR as of") == "2024-10-21"
    warnings = [
        resolve(b.text)
        for b in pricing_section.blocks
        if isinstance(b, Paragraph) and b.style == "missing" and "LPR" in resolve(b.text)
    ]
    # printed 2026-11-27: more than six months after 2024-10-21
    assert warnings == [
        "The rule pack's LPR is from 2024-10-21, more than 6 months before this print "
        "(2026-11-27): check the LPR now in force before relying on the price."
    ]
