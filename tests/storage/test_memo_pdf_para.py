"""The memo's paragraphs (storage.memo_pdf_para): the same fragments and the
same PDF as ReportLab's own parser, line breaking once per width."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

import storage.memo_pdf as memo_pdf
from domain.memo import PrintMeta, build_memo
from storage.memo_pdf import render_memo_bytes
from storage.memo_pdf_para import MemoParagraph, ParagraphMaker
from storage.memo_styles import (
    CJK_FONT,
    FONT,
    hanging_room,
    markup,
    memo_styles,
    register_fonts,
    runs,
)
from storage.memo_texts import memo_translate
from tests.domain.memo_sample import (
    PRINT_TIME,
    sample_assessment,
    sample_case,
    sample_flags,
)

ZH = memo_translate("zh_CN")
STYLES = [getattr(memo_styles(), f.name) for f in fields(memo_styles())]
STYLES += [hanging_room(s) for s in STYLES]

TRICKY = [
    "",
    " ",
    "300,000.00",
    "路桥建国五金店",
    "借款人 Wang Jianguo（身份证 3301**********1234）",
    "  leading and trailing  ",
    "two  spaces\tand a tab",
    "line one\nline two\n\n",
    "甲\n乙",
    "A & B < C > D &amp; E",
    "&&&",
    "全角\u3000空格",
    "no-break\xa0space",
    "≥ 1.2× · ±10% ¥",
    "mixed ,中文, mixed\n第二行 end",
]


def shape(frags: list[Any]) -> list[dict[str, Any]]:
    return [dict(f.__dict__) for f in frags]


def reportlab_frags(text: str, style: Any) -> list[dict[str, Any]]:
    return shape(Paragraph(markup(text), style).frags)


@pytest.mark.parametrize("text", TRICKY)
def test_fragments_are_those_reportlabs_parser_makes_in_every_memo_style(text: str) -> None:
    make = ParagraphMaker()
    for style in STYLES:
        ours = make(markup(text), style)
        assert shape(ours.frags) == reportlab_frags(text, style), (text, style.name)
        assert ours.text == Paragraph(markup(text), style).text


ALPHABET = list("aZ 9,.&<>\n\t\u3000\xa0\u2028\x0b\x85中文（）、。¥±")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=40))
def test_fragments_match_reportlabs_parser_for_any_text(text: str) -> None:
    style = memo_styles().cell
    assert shape(ParagraphMaker()(markup(text), style).frags) == reportlab_frags(text, style)


def test_markup_the_shortcut_does_not_know_goes_through_reportlabs_parser() -> None:
    style = memo_styles().body
    ours = ParagraphMaker()("<b>bold</b> &quot;x&quot;", style)
    assert shape(ours.frags) == shape(Paragraph("<b>bold</b> &quot;x&quot;", style).frags)


def sample_memo() -> Any:
    meta = PrintMeta(PRINT_TIME, app_version="0.1.0", rule_pack_id="default")
    return build_memo(sample_case(), meta, assessment=sample_assessment(), flags=sample_flags())


def long_memo() -> Any:
    case = sample_case()
    case.visits[0].notes = "现场核对进货单，" * 900  # a table cell taller than a page
    case.applicant.business_scope = "五金交电" * 600
    return build_memo(case, PrintMeta(PRINT_TIME))


@pytest.mark.parametrize("make_memo", [sample_memo, long_memo], ids=["sample", "long-notes"])
def test_memo_pdf_is_byte_identical_to_one_made_with_reportlabs_own_paragraphs(
    make_memo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = make_memo()
    ours = render_memo_bytes(memo, ZH)

    class PlainMaker:
        def __call__(self, text: str, style: Any) -> Paragraph:
            return Paragraph(text, style)

    monkeypatch.setattr(memo_pdf, "ParagraphMaker", PlainMaker)
    plain = render_memo_bytes(memo, ZH)
    assert ours == plain


class CountingParagraph(MemoParagraph):
    breaks = 0

    def breakLinesCJK(self, widths: Any) -> Any:
        CountingParagraph.breaks += 1
        return super().breakLinesCJK(widths)


def test_a_paragraph_breaks_its_lines_once_per_width() -> None:
    style = memo_styles().cell  # 7.8 pt, leading 10
    text = "中" * 20  # 20 glyphs of one em (7.8 pt) each: 156 pt
    para = CountingParagraph(markup(text), style)
    CountingParagraph.breaks = 0
    assert para.wrap(200, 500) == (200, 10)  # one line: 156 pt fits in 200
    assert para.wrap(200, 100) == (200, 10)
    assert CountingParagraph.breaks == 1
    # 80 pt holds 10 glyphs (78 pt): two lines of leading 10.
    assert para.wrap(80, 500) == (80, 20)
    assert CountingParagraph.breaks == 2
    assert para.wrap(200, 500) == (200, 10)
    assert CountingParagraph.breaks == 3


def test_a_paragraph_breaks_again_after_a_split_that_gave_up() -> None:
    style = memo_styles().cell
    para = CountingParagraph(markup("中" * 20), style)
    CountingParagraph.breaks = 0
    assert para.wrap(80, 500) == (80, 20)
    assert para.split(80, 5) == []  # no room for one line of 10 pt: blPara dropped
    assert para.wrap(80, 500) == (80, 20)
    assert CountingParagraph.breaks == 2
    assert len(para.blPara.lines) == 2


def runs_char_by_char(text: str) -> list[tuple[str, str]]:
    """The definition: each character in the Latin font if it has the glyph
    (or is a line break or tab), else in the CJK font; neighbours merged."""
    register_fonts()
    latin = pdfmetrics.getFont(FONT).face.charToGlyph
    out: list[tuple[str, str]] = []
    for ch in text:
        font = FONT if ord(ch) in latin or ch in "\n\t" else CJK_FONT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFFF, exclude_categories=["Cs"])))
def test_runs_split_text_by_font_as_the_character_by_character_definition(text: str) -> None:
    assert runs(text) == runs_char_by_char(text)


def test_runs_put_chinese_in_the_cjk_font_and_latin_figures_in_the_latin_font() -> None:
    assert runs("借款 300,000.00 元\n") == [
        (CJK_FONT, "借款"),
        (FONT, " 300,000.00 "),
        (CJK_FONT, "元"),
        (FONT, "\n"),
    ]
    assert runs("") == []


def plain(value: Any) -> Any:
    """Fragments, lines and colours as nested dicts and lists, to compare by value."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "__dict__"):
        return {k: plain(v) for k, v in vars(value).items()}
    return value


def lines_of(para: Paragraph, width: float) -> tuple[float, Any]:
    _, height = para.wrap(width, 10_000)
    return height, plain(para.blPara)


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("中文，。（）aZ9 .-")), max_size=60),
    st.floats(min_value=5, max_value=300),
)
def test_lines_broken_with_looked_up_widths_are_reportlabs_lines(text: str, width: float) -> None:
    style = memo_styles().cell
    ours = ParagraphMaker()(markup(text), style)
    assert lines_of(ours, width) == lines_of(Paragraph(markup(text), style), width)


def test_each_character_is_measured_once_per_render_and_font_size() -> None:
    make = ParagraphMaker()
    style = memo_styles().cell  # 7.8 pt
    make(markup("中文中文"), style).wrap(200, 100)
    make(markup("文中"), style).wrap(200, 100)
    make(markup("abba"), style).wrap(200, 100)
    assert make._char_widths[(CJK_FONT, 7.8)] == {
        "中": pytest.approx(7.8),  # a CJK glyph is one em
        "文": pytest.approx(7.8),
    }
    assert set(make._char_widths[(FONT, 7.8)]) == {"a", "b"}


def test_reportlab_uses_its_c_accelerator_for_number_formatting_and_glyph_widths() -> None:
    from reportlab.lib import rl_accel

    # Without the rl-accel package ReportLab falls back to _py_* functions (the
    # memo then takes about a sixth longer; the bytes are the same).
    assert not rl_accel.fp_str.__name__.startswith("_py_")
    assert not rl_accel.instanceStringWidthTTF.__name__.startswith("_py_")
    assert rl_accel.fp_str(1.5, 2) == "1.5 2"
