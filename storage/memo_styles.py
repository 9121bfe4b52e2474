"""How the credit memo looks: font, page, colours and paragraph styles in one place.

The memo uses one TrueType font (Droid Sans Fallback, Apache-2.0, in
``resources/fonts``) for Chinese and Latin text, embedded as a subset.
The font has no bold face: headings are set larger and in the accent colour,
table headers reversed out of a dark band.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from domain.enums import Light
from domain.paths import resource_path

FONT = "FCWLatin"  # Latin letters, digits, figures (DejaVu Sans Condensed)
FONT_BOLD = "FCWLatin-Bold"
CJK_FONT = "FCWCJK"  # Chinese (Droid Sans Fallback: CJK glyphs only)
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    CJK_FONT: "DroidSansFallbackFull.ttf",
}

PAGE_SIZE = A4
MARGIN_LEFT = 18 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F3A5F")  # headings, table header band
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#9AA5B1")
LABEL_BG = colors.HexColor("#EEF2F6")
TOTAL_BG = colors.HexColor("#E4E9F0")
WATERMARK = colors.Color(0.55, 0.6, 0.68, alpha=0.13)

LIGHT_FILL: dict[Light, colors.Color] = {
    Light.GREEN: colors.HexColor("#C8E6C9"),
    Light.AMBER: colors.HexColor("#FFE0A3"),
    Light.RED: colors.HexColor("#F8B4B4"),
    Light.MISSING: colors.HexColor("#E0E0E0"),
}
"""Background of a light cell; the cell also says the light in words."""

LIGHT_BAR: dict[Light, colors.Color] = {
    Light.GREEN: colors.HexColor("#4C9A52"),
    Light.AMBER: colors.HexColor("#E0A100"),
    Light.RED: colors.HexColor("#C8423B"),
    Light.MISSING: colors.HexColor("#9E9E9E"),
}
BAND_GREEN = colors.HexColor("#E3F2E4")
BAND_AMBER = colors.HexColor("#FFF3D6")


@cache
def register_fonts() -> str:
    """Register the memo fonts with ReportLab once per process; returns the base font."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    # The CJK font has no bold face: <b> keeps the same glyphs.
    pdfmetrics.registerFontFamily(
        CJK_FONT, normal=CJK_FONT, bold=CJK_FONT, italic=CJK_FONT, boldItalic=CJK_FONT
    )
    return FONT


@cache
def _latin_chars() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


@cache
def _runs_pattern() -> re.Pattern[str]:
    """One regular expression for :func:`runs`: a Latin run (a character the
    Latin font has, or a line break or tab) or a CJK run (any other)."""
    codes = sorted(_latin_chars() | {ord("\n"), ord("\t")})
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    latin = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"(?P<latin>[{latin}]+)|[^{latin}]+")


def runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font, piece) runs: Latin font where it has the glyph,
    the CJK font elsewhere."""
    return [(FONT if m.lastgroup else CJK_FONT, m.group()) for m in _runs_pattern().finditer(text)]


def markup(text: str) -> str:
    """Paragraph markup of plain ``text``: escaped, CJK runs in the CJK font,
    line breaks kept."""
    return markup_of_runs(runs(text))


def markup_of_runs(pieces: list[tuple[str, str]]) -> str:
    """:func:`markup` of text already split by :func:`runs`."""
    parts = []
    for font, piece in pieces:
        body = escape(piece).replace("\n", "<br/>")
        parts.append(body if font == FONT else f'<font face="{CJK_FONT}">{body}</font>')
    return "".join(parts)


def has_cjk(text: str) -> bool:
    return any(font == CJK_FONT for font, _ in runs(text))


def string_width(text: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(p, f, size) for f, p in runs(text)))


def draw_text(canvas: Any, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw mixed Latin/CJK ``text`` on a canvas, aligned left, centre or right of x."""
    width_of = pdfmetrics.stringWidth
    pieces = [(font, piece, width_of(piece, font, size)) for font, piece in runs(text)]
    width = float(sum(w for _, _, w in pieces))  # as string_width(text, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, piece, w in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += w


@dataclass(frozen=True)
class MemoStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    table_title: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    missing: ParagraphStyle
    declaration: ParagraphStyle
    draft: ParagraphStyle
    cell: ParagraphStyle
    cell_num: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    record: ParagraphStyle


@cache
def memo_styles() -> MemoStyles:
    font = register_fonts()

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": font,
            "fontSize": size,
            "leading": size * 1.45,
            "textColor": INK,
            # Lines come broken at their width (storage.memo_lines), so ReportLab
            # has nothing to break: its plain wrapping keeps them; its CJK wrapping
            # would measure and merge every glyph again (most of a memo's time).
            "wordWrap": None,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return MemoStyles(
        title=style(
            "title",
            22,
            fontName=FONT_BOLD,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=4 * mm,
        ),
        subtitle=style("subtitle", 11, alignment=TA_CENTER, textColor=MUTED, spaceAfter=8 * mm),
        h1=style(
            "h1", 13, textColor=ACCENT, spaceBefore=5 * mm, spaceAfter=2.5 * mm, keepWithNext=1
        ),
        h2=style(
            "h2", 10.5, textColor=ACCENT, spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1
        ),
        table_title=style(
            "table_title",
            9,
            textColor=ACCENT,
            spaceBefore=3 * mm,
            spaceAfter=1.2 * mm,
        ),
        body=style("body", 9, spaceAfter=1.5 * mm),
        note=style("note", 8, textColor=MUTED, spaceAfter=1.5 * mm),
        missing=style(
            "missing",
            8.5,
            textColor=MUTED,
            spaceBefore=1 * mm,
            spaceAfter=1.5 * mm,
            borderColor=RULE,
            borderWidth=0.4,
            # The box lines up with the tables, with room on the right.
            borderPadding=(3, 4 + 8.5, 3, 4),
            leftIndent=4,
            rightIndent=4 + 8.5,
            backColor=colors.HexColor("#F7F7F7"),
        ),
        declaration=style(
            "declaration",
            9.5,
            leading=15,
            spaceBefore=1 * mm,
            spaceAfter=3 * mm,
            borderColor=ACCENT,
            borderWidth=0.6,
            borderPadding=(5, 16, 5, 6),
            leftIndent=6,
            rightIndent=16,
        ),
        draft=style(
            "draft",
            10,
            textColor=colors.HexColor("#9B1C1C"),
            spaceAfter=4 * mm,
            borderColor=colors.HexColor("#C8423B"),
            borderWidth=0.8,
            borderPadding=(5, 16, 5, 6),
            leftIndent=6,
            rightIndent=16,
            backColor=colors.HexColor("#FDECEC"),
        ),
        cell=style("cell", 7.8, leading=10, alignment=TA_LEFT),
        cell_num=style("cell_num", 7.8, leading=10, alignment=TA_RIGHT),
        cell_head=style("cell_head", 7.8, leading=10, textColor=colors.white),
        cell_label=style("cell_label", 7.8, leading=10, textColor=MUTED),
        record=style("record", 7.5, leading=10, textColor=MUTED),
    )


HEADER_SIZE = 7.5
WATERMARK_SIZE = 30
