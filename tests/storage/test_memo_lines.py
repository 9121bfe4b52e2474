"""The memo's line breaking (storage.memo_lines) and its fonts (storage.memo_styles.runs):
dates and amounts never break inside, every line fits, Chinese marks stay
where Chinese typesetting wants them."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase import pdfmetrics

from storage.memo_lines import MARGIN, break_lines, text_width
from storage.memo_styles import CJK_FONT, FONT, register_fonts, runs

SIZE = 7.8  # a table cell of the memo
CJK_EM = 7.8  # a Chinese glyph is one em wide

TOKENS = [
    "2026-12-07",
    "10:30",
    "−¥561,872.31",
    "¥1,234.56",
    "+43.6%",
    "S2",
    "2026-08-04",
    "¥10,000.00",
]
TOKEN = re.compile("|".join(re.escape(t) for t in sorted(TOKENS, key=len, reverse=True)))


def boundaries(text: str, lines: list[str]) -> list[int]:
    """Where in ``text`` (spaces collapsed) each line after the first begins."""
    flat = " ".join(text.split())
    out, pos = [], 0
    for line in lines:
        start = flat.index(line, pos)
        if pos:
            out.append(start)
        pos = start + len(line)
    return out


# Chinese words, each with at most one mark before or after it (two marks in a
# row next to a figure may have to part from it in a very narrow column)
chinese = st.tuples(
    st.sampled_from(["", "（", "“"]),
    st.text(alphabet="借款人经营塑料制品当日进出周玲叶国平", min_size=1, max_size=6),
    st.sampled_from(["", "，", "。", "）", "、", "："]),
).map("".join)
# figures stand between Chinese words or spaces, as they do in the memo
texts = st.lists(
    st.tuples(chinese, st.sampled_from(TOKENS), st.sampled_from(["", " "])), min_size=1, max_size=8
).map(lambda parts: "".join(c + s + t + s for c, t, s in parts).strip())


@settings(max_examples=300, deadline=None)
@given(texts, st.floats(70, 300))
def test_no_date_amount_or_figure_is_ever_broken_inside(text: str, width: float) -> None:
    register_fonts()
    lines = break_lines(text, width, SIZE)
    flat = " ".join(text.split())
    for cut in boundaries(text, lines):
        for m in TOKEN.finditer(flat):
            assert not m.start() < cut < m.end(), (m.group(), lines)
    for line in lines:
        assert text_width(line, SIZE) <= width - MARGIN
        assert line == line.strip()
    for before, after in itertools.pairwise(lines):
        assert after[:1] not in ALL_CANNOT_START  # no line starts with ）。，、
        assert before[-1:] not in ALL_CANNOT_END  # none ends with （“


def test_in_a_column_too_narrow_for_both_a_figure_stays_whole_before_a_mark_keeps_its_place() -> (
    None
):
    register_fonts()
    # （（ + the amount (2 ems + its width) do not fit; the amount alone does
    width = text_width("−¥561,872.31", SIZE) + 1
    assert break_lines("（（−¥561,872.31", width, SIZE) == ["（（", "−¥561,872.31"]


def test_the_date_of_a_decision_moves_to_the_next_line_whole() -> None:
    register_fonts()
    # The date fits on a line of its own (its width + 1 pt) but not after the name:
    # 王小明， is 4 ems (31.2 pt), so the line breaks after the comma, and the
    # time follows on the third line (a space before it is a break).
    width = text_width("2026-12-07", SIZE) + 1
    assert break_lines("王小明，2026-12-07 10:30", width, SIZE) == [
        "王小明，",
        "2026-12-07",
        "10:30",
    ]


def test_chinese_breaks_between_characters_and_a_closing_mark_stays_on_its_line() -> None:
    register_fonts()
    # 5 ems fit (39 pt + margin in 40 pt): 借款人经营 / 塑料制品。 — the 。 goes with 品
    width = 5 * CJK_EM + 1
    assert break_lines("借款人经营塑料制品。", width, SIZE) == ["借款人经营", "塑料制品。"]
    # 4 ems: 品 would end the second line and 。 start the third: both go down together
    width = 4 * CJK_EM + 1
    assert break_lines("借款人经营塑料制品。", width, SIZE) == ["借款人经", "营塑料制", "品。"]


def test_line_breaks_in_the_text_are_kept_and_spaces_read_as_one() -> None:
    register_fonts()
    assert break_lines("甲  乙\n\nline   two ", 300, SIZE) == ["甲 乙", "", "line two"]


def test_a_run_of_dates_wider_than_the_line_is_cut_between_the_dates() -> None:
    register_fonts()
    # the months of a statement, in a column narrower than the whole run
    width = text_width("2026-04–2026", SIZE)
    assert break_lines("2026-04–2026-07", width, SIZE) == ["2026-04–", "2026-07"]


def test_a_run_wider_than_the_line_is_cut_between_its_characters() -> None:
    register_fonts()
    digest = "c4ace9a191f7332b4a688edb18ec1570c5f35760992c47331919c182664ce9d6"
    width = 100.0
    lines = break_lines(digest, width, SIZE)
    assert "".join(lines) == digest and len(lines) > 1
    assert all(text_width(line, SIZE) <= width for line in lines)


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


def test_reportlab_uses_its_c_accelerator_for_number_formatting_and_glyph_widths() -> None:
    from reportlab.lib import rl_accel

    # Without the rl-accel package ReportLab falls back to _py_* functions (the
    # memo then takes longer; the bytes are the same).
    assert not rl_accel.fp_str.__name__.startswith("_py_")
    assert not rl_accel.instanceStringWidthTTF.__name__.startswith("_py_")
    assert rl_accel.fp_str(1.5, 2) == "1.5 2"
