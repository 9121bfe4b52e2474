"""The memo PDF (storage.memo_pdf): text that extracts, embedded subset fonts,
byte-identical output, page furniture, batches, translations."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from domain.i18n import Message, identity_translate
from domain.memo import PrintMeta, build_memo
from domain.paths import resource_path
from storage.memo_pdf import render_many, render_memo, render_memo_bytes
from storage.memo_service import print_case_memo
from storage.memo_texts import memo_text_file, memo_translate, read_memo_texts
from tests.domain.memo_sample import (
    FULL_ID,
    FULL_PHONE,
    PRINT_TIME,
    sample_assessment,
    sample_case,
    sample_flags,
)

META = PrintMeta(PRINT_TIME, app_version="0.1.0", rule_pack_id="default", rule_pack_version="7")
ZH = memo_translate("zh_CN")


def memo(**kw: Any) -> Any:
    return build_memo(
        sample_case(), META, assessment=sample_assessment(), flags=sample_flags(), **kw
    )


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text without whitespace: wrapped lines break anywhere in Chinese."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def zh_pdf() -> bytes:
    return render_memo_bytes(memo(), ZH)


def test_chinese_memo_text_extracts_with_name_amounts_capitals_and_masked_id(
    zh_pdf: bytes,
) -> None:
    text = squash("".join(pages_text(zh_pdf)))
    assert "路桥建国五金店" in text
    assert "授信调查报告" in text
    assert "300,000.00" in text
    assert "人民币叁拾万元整" in text  # 300,000 in capitals
    assert "1,375,000.00" in text  # verified sales
    assert "110105********002X" in text
    assert FULL_ID not in text
    assert FULL_PHONE not in text


def test_every_flag_message_is_printed(zh_pdf: bytes) -> None:
    text = squash("".join(pages_text(zh_pdf)))
    for flag in sample_flags():
        assert squash(flag.message.render(ZH)) in text


def test_fonts_are_embedded_as_truetype_subsets(zh_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(zh_pdf))
    seen: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            seen[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert seen, "no fonts"
    assert all(seen.values()), seen
    assert all(re.fullmatch(r"/[A-Z]{6}\+.+", name) for name in seen), seen
    # Both faces are used: DejaVu for Latin and digits, Droid Sans Fallback for Chinese.
    assert any("DejaVu" in name for name in seen)
    assert any("DroidSansFallback" in name for name in seen)


def test_same_memo_and_print_time_give_byte_identical_pdfs() -> None:
    first = render_memo_bytes(memo(), ZH)
    second = render_memo_bytes(memo(), ZH)
    assert first == second


def test_a_later_print_time_changes_the_pdf_and_its_creation_date() -> None:
    later = build_memo(sample_case(), PrintMeta(PRINT_TIME + timedelta(minutes=1)))
    data = render_memo_bytes(later, identity_translate)
    info = PdfReader(io.BytesIO(data)).metadata
    assert info is not None
    # 10:31 at +08:00, as a PDF date.
    assert info["/CreationDate"] == "D:20261127103100+08'00'"
    assert data != render_memo_bytes(build_memo(sample_case(), PrintMeta(PRINT_TIME)), ZH)


def test_every_page_carries_case_number_page_x_of_y_officer_and_print_time() -> None:
    texts = pages_text(render_memo_bytes(memo(), identity_translate))
    total = len(texts)
    assert total >= 6
    for number, text in enumerate(texts, start=1):
        flat = squash(text)  # the header mixes two fonts: runs extract apart
        assert "Casenumber:3301-20261127-0001" in flat
        assert f"Page{number}of{total}" in flat
        assert "Officer:李晓明" in flat
        assert "Printedat:2026-11-2710:30" in flat


def test_chinese_footer_reads_page_x_of_y_in_chinese(zh_pdf: bytes) -> None:
    texts = pages_text(zh_pdf)
    assert squash(f"第 1 页 / 共 {len(texts)} 页") in squash(texts[0])
    assert "案件编号" in texts[-1]


def test_last_page_holds_fingerprint_rule_pack_and_app_version() -> None:
    from domain.serialization import fingerprint

    texts = pages_text(render_memo_bytes(memo(), identity_translate))
    last = squash(texts[-1])
    assert fingerprint(sample_case()) in last
    assert "default7" in last
    assert "0.1.0" in last


def test_watermark_names_the_officer_and_print_time(zh_pdf: bytes) -> None:
    for text in pages_text(zh_pdf):
        assert "李晓明2026-11-2710:30" in squash(text)


def test_english_memo_uses_english_labels_and_records_its_language() -> None:
    english = build_memo(sample_case(), PrintMeta(PRINT_TIME, language="en_US"))
    text = "".join(pages_text(render_memo_bytes(english, memo_translate("en_US"))))
    assert "Credit investigation report" in text
    assert "Memo language" in text and "English" in text
    assert "授信调查报告" not in text


def test_render_writes_to_a_path(tmp_path: Path) -> None:
    target = tmp_path / "memo.pdf"
    render_memo(memo(), target, ZH)
    assert target.read_bytes() == render_memo_bytes(memo(), ZH)


def test_batch_reports_progress_and_keeps_going_after_a_failure(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    jobs = [
        (memo(), tmp_path / "a.pdf"),
        (memo(), tmp_path / "missing-folder" / "b.pdf"),
        (memo(), tmp_path / "c.pdf"),
    ]
    failures = render_many(jobs, ZH, lambda done, total: calls.append((done, total)) or None)
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert [f.target for f in failures] == [str(tmp_path / "missing-folder" / "b.pdf")]
    assert (tmp_path / "a.pdf").exists() and (tmp_path / "c.pdf").exists()


def test_batch_stops_when_progress_returns_false(tmp_path: Path) -> None:
    jobs = [(memo(), tmp_path / f"{i}.pdf") for i in range(3)]
    render_many(jobs, ZH, lambda done, total: done < 1)
    assert [p.name for p in sorted(tmp_path.iterdir())] == ["0.pdf"]


def test_every_memo_label_has_a_chinese_translation() -> None:
    from domain.enums import _LABELS

    root = resource_path("..")
    sources = sorted(
        [*root.glob("domain/memo*.py"), *root.glob("storage/memo*.py")], key=lambda p: p.name
    )
    assert sources
    labels: set[str] = set(_LABELS.values())
    for path in sources:
        code = path.read_text(encoding="utf-8")
        for match in re.finditer(r'tr_noop\(\s*((?:"[^"]*"\s*)+)\)', code):
            labels.add("".join(re.findall(r'"([^"]*)"', match.group(1))))
    table = memo_text_file().zh
    missing = sorted(label for label in labels if label not in table)
    assert not missing, missing


def test_zh_translate_prefers_the_gui_translation_and_falls_back_to_the_memo_table() -> None:
    def qt(context: str, text: str) -> str:
        return "借款人（Qt）" if text == "Borrower" else text

    translate = memo_translate("zh_CN", qt)
    assert translate("", "Borrower") == "借款人（Qt）"
    assert translate("", "Loan product") == "贷款产品"
    assert translate("", "Some sentence nobody translated") == "Some sentence nobody translated"
    assert memo_translate("en_US")("", "Borrower") == "Borrower"


def test_malformed_text_file_is_refused_with_its_name(tmp_path: Path) -> None:
    from domain.errors import RulePackError

    bad = tmp_path / "texts.toml"
    bad.write_text('[declaration]\nen = "x"\n', encoding="utf-8")
    with pytest.raises(RulePackError) as info:
        read_memo_texts(bad)
    assert "texts.toml" in str(info.value)


def test_service_prints_a_memo_with_the_real_assessment(tmp_path: Path) -> None:
    target = tmp_path / "memo.pdf"
    result = print_case_memo(sample_case(), target, print_time=PRINT_TIME, language="zh_CN")
    text = squash("".join(pages_text(target.read_bytes())))
    # S1: 100,000 × 4 + 150,000 × 8 = 1,600,000 declared sales.
    assert "1,600,000.00" in text
    assert result.language == "zh_CN"
    assert "default" in squash(text)
    assert Message("x").msg_id == "x"


EXAMPLES = sorted(resource_path("examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_each_example_case_prints_its_name_figures_flags_and_masked_ids(path: Path) -> None:
    import json

    from domain.fraud.dispositions import can_finalise
    from domain.money import amount_in_capitals, format_money
    from domain.serialization import case_from_dict
    from domain.validators import mask_id
    from storage.memo_service import assess_case
    from storage.rulepack_files import load_rule_pack

    case = case_from_dict(json.loads(path.read_text(encoding="utf-8")))
    assessment = assess_case(case, load_rule_pack(), PRINT_TIME.date())
    flags = list(getattr(assessment, "flags", []))
    finalisable, _ = can_finalise(case, flags)
    buffer = io.BytesIO()
    result = print_case_memo(
        case, buffer, print_time=PRINT_TIME, language="zh_CN", draft=not finalisable
    )
    text = squash("".join(pages_text(buffer.getvalue())))

    # A case with red flags still pending prints only as a marked draft.
    assert ("草稿，不得用于审批" in text) is (not finalisable)
    assert squash(case.display_name) in text
    assert case.loan.amount is not None
    assert format_money(case.loan.amount) in text
    assert amount_in_capitals(case.loan.amount) in text
    owner_id = case.applicant.owner.id_number
    assert mask_id(owner_id) in text
    assert owner_id not in text
    for guarantor in case.guarantors:
        assert guarantor.id_number not in text
    if assessment is not None and assessment.verified_sales is not None:
        assert format_money(assessment.verified_sales) in text
    for flag in flags:
        assert squash(flag.message.render(ZH)) in text, flag.rule
    assert result.fingerprint in text


def test_a_note_longer_than_a_page_splits_across_pages_instead_of_failing() -> None:
    case = sample_case()
    case.visits[0].notes = "现场核对进货单，" * 900  # one table cell taller than a page
    case.applicant.business_scope = "五金交电" * 600  # one key-value cell taller than a page
    data = render_memo_bytes(build_memo(case, PrintMeta(PRINT_TIME)), ZH)
    texts = pages_text(data)
    assert len(texts) > 8
    assert squash("现场核对进货单，" * 3) in squash("".join(texts))


def test_batch_of_cases_reports_a_blocked_case_and_prints_the_others(tmp_path: Path) -> None:
    from storage.memo_service import print_case_memos

    blocked = sample_case()
    blocked.dispositions.clear()  # purpose.request_exceeds_need (red) pending again
    printed: list[str] = []
    calls: list[tuple[int, int]] = []
    failures = print_case_memos(
        [(sample_case(), tmp_path / "ok.pdf"), (blocked, tmp_path / "blocked.pdf")],
        print_time=PRINT_TIME,
        progress=lambda done, total: calls.append((done, total)) or None,
        on_printed=lambda case: printed.append(case.number),
    )
    assert calls == [(1, 2), (2, 2)]
    assert printed == ["3301-20261127-0001"]
    assert (tmp_path / "ok.pdf").exists()
    assert not (tmp_path / "blocked.pdf").exists()
    assert len(failures) == 1
    # named by the rule's Chinese title (the batch prints in Chinese), not its id
    assert "申请金额超出用款需求" in failures[0].error
    assert "purpose.request_exceeds_need" not in failures[0].error


def test_chart_bars_are_proportional_and_the_legend_sits_above_the_plot() -> None:
    from decimal import Decimal

    from reportlab.graphics.shapes import Rect, String

    from domain.enums import Light
    from domain.memo import ChartBar, SalesChart
    from storage.memo_chart import sales_chart_drawing

    chart = SalesChart(
        "t",
        [
            ChartBar("S1", Decimal("1000000"), Light.GREEN),
            ChartBar("S2", Decimal("500000"), Light.RED),
            ChartBar("S5", Decimal("-20000"), Light.RED),
        ],
        Decimal("1000000"),
    )
    drawing = sales_chart_drawing(chart, 480, identity_translate)
    plot_bottom = min(s.y for s in drawing.contents if isinstance(s, Rect))  # bars, bands
    bars = [
        s
        for s in drawing.contents
        if isinstance(s, Rect) and s.y == plot_bottom and s.width < drawing.width / 2
    ]
    assert len(bars) == 3
    heights = [b.height for b in bars]
    # S2 is half of S1: its bar is half as tall; the negative S5 draws no bar.
    assert heights[1] == pytest.approx(heights[0] / 2)
    assert heights[2] == 0
    strings = [s for s in drawing.contents if isinstance(s, String)]
    assert all(0 <= s.y <= drawing.height for s in strings)
    # the reference is named in words (translated), with its value
    legend = next(s for s in strings if s.text == "Reference annual sales ¥1,000,000")
    assert legend.y > max(b.y + b.height for b in bars)
    assert legend.y >= drawing.height - 12
