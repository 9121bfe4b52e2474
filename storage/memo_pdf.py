"""Render a :class:`domain.memo.Memo` to PDF with ReportLab Platypus.

``render_memo(memo, target, translate)`` writes one memo; ``render_many``
writes a batch with a progress callback. Output is deterministic: the same
memo (same case, rule pack and print time) gives byte-identical files
(ReportLab's invariant mode, the creation date taken from the print time,
subset names that depend only on the order of use).

Every paragraph is broken into lines by :mod:`storage.memo_lines` at the
width it is drawn in (a table column, the frame), so that a date or an amount
never breaks inside; ReportLab's ``Paragraph`` then draws lines that fit.
Tables split between rows only (``repeatRows`` with ``splitByRow``): a row
never splits inside itself, where ReportLab drew its first line under the
repeated header. A row too tall for a page (a very long note) is cut into
rows of at most :data:`MAX_ROW_LINES` lines first.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from domain.enums import Light
from domain.i18n import Message, Translate, tr_noop
from domain.memo import (
    Block,
    Cell,
    KeyValues,
    Memo,
    Paragraph,
    SalesChart,
    Section,
    Signatures,
    Table,
    Text,
    resolve,
)
from storage.memo_chart import sales_chart_drawing
from storage.memo_lines import break_lines
from storage.memo_styles import (
    ACCENT,
    CJK_FONT,
    FONT,
    FRAME_WIDTH,
    HEADER_SIZE,
    INK,
    LABEL_BG,
    LIGHT_FILL,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
    TOTAL_BG,
    WATERMARK,
    WATERMARK_SIZE,
    MemoStyles,
    draw_text,
    markup,
    memo_styles,
    register_fonts,
    runs,
)

Target = str | Path | BinaryIO
Progress = Callable[[int, int], bool | None]
"""``progress(done, total)``; returning ``False`` cancels the rest of the batch."""


#: Cell padding (points) left and right, above and below.
PAD_X, PAD_Y = 3.0, 2.2
#: A table row taller than this many lines is cut into several rows, so that
#: it can go to the next page between them (a row never splits inside).
MAX_ROW_LINES = 40


class _Ctx:
    def __init__(self, translate: Translate) -> None:
        self.translate = translate
        self.styles: MemoStyles = memo_styles()

    def s(self, value: Text) -> str:
        return resolve(value, self.translate)

    def tr(self, source: str, **params: Any) -> str:
        """Translate a renderer label (an English source marked with tr_noop)."""
        return resolve(Message(source, params), self.translate)

    def lines(self, value: Text, style: Any, width: float) -> list[str]:
        """The lines of ``value`` in ``style`` drawn ``width`` points wide."""
        room = width - style.leftIndent - style.rightIndent
        return break_lines(self.s(value), room, style.fontSize)

    def para(self, value: Text, style: Any, width: float) -> RLParagraph:
        return self.para_of_lines(self.lines(value, style, width), style)

    @staticmethod
    def para_of_lines(lines: Sequence[str], style: Any) -> RLParagraph:
        return RLParagraph("<br/>".join(markup(line) for line in lines), style)

    def cell(self, lines: Sequence[str], style: Any, at: tuple[int, int]) -> tuple[Any, list[Any]]:
        """A table cell of these lines and the commands it needs at ``at``.

        Text in one font (figures, dates, a Chinese label) is a plain string
        cell, which the table draws line by line in the style's font, size,
        leading, colour and alignment; mixed text is a Paragraph."""
        pieces = runs("".join(lines))
        fonts = {font for font, _ in pieces}
        if len(fonts) > 1:
            return self.para_of_lines(lines, style), []
        commands: list[Any] = []
        if fonts and fonts != {FONT}:
            commands.append(("FONTNAME", at, at, CJK_FONT))
        if style.textColor != INK:
            commands.append(("TEXTCOLOR", at, at, style.textColor))
        if style.alignment == TA_RIGHT:
            commands.append(("ALIGN", at, at, "RIGHT"))
        return "\n".join(lines), commands


# ---- blocks ----------------------------------------------------------------


# What a plain string cell is drawn in (a cell in one font): the cell style's
# font, size and leading, and ink; every cell gets them, so that an empty one
# uses no Helvetica either.
_CELL_TEXT: tuple[tuple[Any, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 7.8),
    ("LEADING", (0, 0), (-1, -1), 10),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
)


def _cut_row(cells: list[list[str]]) -> list[list[list[str]]]:
    """A row whose cells hold these lines, as rows of at most MAX_ROW_LINES lines."""
    height = max((len(c) for c in cells), default=1)
    return [
        [c[i : i + MAX_ROW_LINES] for c in cells] for i in range(0, max(height, 1), MAX_ROW_LINES)
    ]


def _row_cells(
    ctx: _Ctx, part: list[list[str]], styles: list[Any], r: int, commands: list[Any]
) -> list[Any]:
    """The cells of table row ``r`` from each cell's lines; their commands are
    added to ``commands``."""
    row: list[Any] = []
    for c, lines in enumerate(part):
        content, more = ctx.cell(lines, styles[c], (c, r))
        row.append(content)
        commands += more
    return row


def _table(ctx: _Ctx, block: Table) -> list[Flowable]:
    st = ctx.styles
    ncols = len(block.header)
    rel = list(block.widths) if len(block.widths) == ncols else [1.0] * ncols
    scale = FRAME_WIDTH / sum(rel)
    widths = [w * scale for w in rel]
    inner = [w - 2 * PAD_X for w in widths]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        *_CELL_TEXT,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
    ]
    head: list[Any] = []
    for c, h in enumerate(block.header):
        content, more = ctx.cell(ctx.lines(h, st.cell_head, inner[c]), st.cell_head, (c, 0))
        head.append(content)
        commands += more
    data: list[list[Any]] = [head]
    first_total = len(block.rows) - block.total_rows
    for index, row in enumerate(block.rows):
        heading = len(row) > 1 and isinstance(row[0], Cell) and all(x == "" for x in row[1:])
        cells = [item if isinstance(item, Cell) else Cell(item) for item in row]
        styles = [
            st.cell_num
            if cell.numeric or (c in block.numeric_columns and not isinstance(row[c], Cell))
            else st.cell
            for c, cell in enumerate(cells)
        ]
        if heading:  # a group heading spans the whole row
            texts = [ctx.lines(cells[0].text, styles[0], FRAME_WIDTH - 2 * PAD_X)]
            texts += [[] for _ in cells[1:]]
        else:
            texts = [ctx.lines(cell.text, styles[c], inner[c]) for c, cell in enumerate(cells)]
        for part in _cut_row(texts):
            r = len(data)
            data.append(_row_cells(ctx, part, styles, r, commands))
            for c, cell in enumerate(cells):
                if cell.light is not None:
                    commands.append(("BACKGROUND", (c, r), (c, r), LIGHT_FILL[cell.light]))
            if heading:
                commands.append(("BACKGROUND", (0, r), (-1, r), LABEL_BG))
                commands.append(("SPAN", (0, r), (-1, r)))
            if index >= first_total:
                commands.append(("BACKGROUND", (0, r), (-1, r), TOTAL_BG))
    # Rows move to the next page whole; the header row repeats there.
    table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitByRow=1)
    table.setStyle(TableStyle(commands))
    out: list[Flowable] = []
    if block.title is not None:
        # A long table may split (its header row repeats); the title needs room
        # for itself and a few rows, not for the whole table.
        out.append(CondPageBreak(25 * mm))
        out.append(ctx.para(block.title, st.table_title, FRAME_WIDTH))
    out.append(table)
    out.append(Spacer(1, 2 * mm))
    return out


def _key_values(ctx: _Ctx, block: KeyValues) -> list[Flowable]:
    st = ctx.styles
    cols = max(block.columns, 1)
    label_w = FRAME_WIDTH / cols * (0.34 if cols == 1 else 0.42)
    value_w = FRAME_WIDTH / cols - label_w
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    pairs = list(block.rows)
    for i in range(0, len(pairs), cols):
        texts: list[list[str]] = []
        styles: list[Any] = []
        for label, value in pairs[i : i + cols]:
            texts.append(ctx.lines(label, st.cell_label, label_w - 2 * PAD_X))
            texts.append(ctx.lines(value, st.cell, value_w - 2 * PAD_X))
            styles += [st.cell_label, st.cell]
        for part in _cut_row(texts):
            row = _row_cells(ctx, part, styles, len(data), commands)
            data.append(row + [""] * (2 * cols - len(row)))
    if not data:
        return []
    commands[:0] = [
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        *_CELL_TEXT,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
    ]
    for c in range(cols):
        commands.append(("BACKGROUND", (2 * c, 0), (2 * c, -1), LABEL_BG))
    table = RLTable(data, colWidths=[label_w, value_w] * cols, hAlign="LEFT", splitByRow=1)
    table.setStyle(TableStyle(commands))
    return [table, Spacer(1, 2 * mm)]


def _signatures(ctx: _Ctx, block: Signatures) -> list[Flowable]:
    st = ctx.styles
    sign = ctx.tr(tr_noop("Signature:"))
    date = ctx.tr(tr_noop("Date:"))
    w = FRAME_WIDTH
    widths = [w * 0.13, w * 0.17, w * 0.1, w * 0.27, w * 0.1, w * 0.23]
    inner = [x - 12 for x in widths]  # ReportLab's default cell padding: 6 points a side
    rows: list[list[Any]] = []
    for role, name in block.signers:
        rows.append(
            [
                ctx.para(role, st.cell_label, inner[0]),
                ctx.para(name or "", st.cell, inner[1]),
                ctx.para(sign, st.cell_label, inner[2]),
                "",
                ctx.para(date, st.cell_label, inner[4]),
                "",
            ]
        )
    table = RLTable(
        rows,
        colWidths=widths,
        rowHeights=[14 * mm] * len(rows),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, MUTED),
                ("LINEBELOW", (5, 0), (5, -1), 0.6, MUTED),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [KeepTogether([table]), Spacer(1, 3 * mm)]


def _block(ctx: _Ctx, block: Block) -> list[Flowable]:
    st = ctx.styles
    if isinstance(block, Paragraph):
        style = {
            "heading": st.h2,
            "note": st.note,
            "missing": st.missing,
            "declaration": st.declaration,
            "draft": st.draft,
        }.get(block.style, st.body)
        return [ctx.para(block.text, style, FRAME_WIDTH)]
    if isinstance(block, Table):
        return _table(ctx, block)
    if isinstance(block, KeyValues):
        return _key_values(ctx, block)
    if isinstance(block, SalesChart):
        drawing = sales_chart_drawing(block, FRAME_WIDTH, ctx.translate)
        title = ctx.para(block.title, st.table_title, FRAME_WIDTH)
        return [KeepTogether([title, drawing]), Spacer(1, 3 * mm)]
    return _signatures(ctx, block)


def _section(ctx: _Ctx, section: Section) -> list[Flowable]:
    title = ctx.s(section.title)
    heading = title if section.number is None else f"{section.number}  {title}"
    out: list[Flowable] = [CondPageBreak(40 * mm), ctx.para(heading, ctx.styles.h1, FRAME_WIDTH)]
    for block in section.blocks:
        out += _block(ctx, block)
    return out


def _story(ctx: _Ctx, memo: Memo) -> list[Flowable]:
    st = ctx.styles
    story: list[Flowable] = [
        Spacer(1, 10 * mm),
        ctx.para(memo.title, st.title, FRAME_WIDTH),
        ctx.para(memo.case_number, st.subtitle, FRAME_WIDTH),
    ]
    for block in memo.cover.blocks:
        story += _block(ctx, block)
    story.append(PageBreak())
    for section in memo.sections:
        story += _section(ctx, section)
    story += _section(ctx, memo.closing)
    return story


# ---- page furniture ----------------------------------------------------------


@dataclass(frozen=True)
class _Furniture:
    left: str  # case number
    centre: str  # memo title
    right: str  # officer
    printed: str  # "Printed at ..."
    page_of: str  # translated "Page {page} of {pages}"
    watermark: str


def _page_form(page: int) -> str:
    return f"page-of-{page}"


def _canvas_class(f: _Furniture, print_time: datetime) -> type[Canvas]:
    stamp = print_time.strftime("D:%Y%m%d%H%M%S")
    offset = print_time.utcoffset()
    if offset is None:
        stamp += "Z"
    else:
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        stamp += f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"

    class MemoCanvas(Canvas):  # type: ignore[misc]
        """Draws header, footer and watermark on each page.

        "Page n of N" needs N before the last page exists. Each page shows a
        form named after its number, and :meth:`save` defines those forms once
        N is known: ReportLab lets a form be used before it is defined, so this
        stays on the canvas's public API (docs/ARCHITECTURE.md, "No private
        internals").
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            # Not Helvetica: every font in the file is one of ours, embedded.
            kwargs["initialFontName"] = register_fonts()
            super().__init__(*args, **kwargs)
            self._pages_shown = 0
            self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:
            self._pages_shown += 1
            self._furniture(self._pages_shown)
            super().showPage()

        def save(self) -> None:
            total = self._pages_shown
            for number in range(1, total + 1):
                self.beginForm(_page_form(number))
                self._page_of(number, total)
                self.endForm()
            super().save()

        def _page_of(self, page: int, pages: int) -> None:
            w, _ = PAGE_SIZE
            self.setFillColor(MUTED)
            page_text = f.page_of.replace("{page}", str(page)).replace("{pages}", str(pages))
            draw_text(
                self, w - MARGIN_RIGHT, MARGIN_BOTTOM - 9 * mm, page_text, HEADER_SIZE, "right"
            )

        def _furniture(self, page: int) -> None:
            w, h = PAGE_SIZE
            self.saveState()
            self.setFillColor(WATERMARK)
            self.translate(w / 2, h / 2)
            self.rotate(35)
            draw_text(self, 0, 0, f.watermark, WATERMARK_SIZE, "centre")
            self.restoreState()
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            top = h - MARGIN_TOP + 6 * mm
            draw_text(self, MARGIN_LEFT, top, f.left, HEADER_SIZE)
            draw_text(self, w / 2, top, f.centre, HEADER_SIZE, "centre")
            draw_text(self, w - MARGIN_RIGHT, top, f.right, HEADER_SIZE, "right")
            self.line(MARGIN_LEFT, top - 2, w - MARGIN_RIGHT, top - 2)
            bottom = MARGIN_BOTTOM - 9 * mm
            self.line(MARGIN_LEFT, bottom + 9, w - MARGIN_RIGHT, bottom + 9)
            draw_text(self, MARGIN_LEFT, bottom, f.printed, HEADER_SIZE)
            self.restoreState()
            self.doForm(_page_form(page))

    return MemoCanvas


def render_memo(memo: Memo, target: Target, translate: Translate) -> None:
    """Write ``memo`` as PDF to a path or a binary stream."""
    register_fonts()
    ctx = _Ctx(translate)
    title = ctx.s(memo.title)
    furniture = _Furniture(
        left=ctx.tr(tr_noop("Case number: {number}"), number=memo.case_number),
        centre=title,
        right=ctx.tr(tr_noop("Officer: {name}"), name=memo.officer),
        printed=ctx.tr(tr_noop("Printed at: {time}"), time=memo.printed_at),
        page_of=ctx.tr(tr_noop("Page {page} of {pages}"), page="{page}", pages="{pages}"),
        watermark=ctx.s(memo.watermark),
    )
    out: Any = str(target) if isinstance(target, Path) else target
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title} {memo.case_number}",
        author=memo.officer,
        subject=memo.fingerprint,
        creator="Field Credit Workstation",
        invariant=1,
        lang=memo.language.replace("_", "-"),
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="memo", frames=[frame])])
    doc.build(_story(ctx, memo), canvasmaker=_canvas_class(furniture, memo.print_time))


def render_memo_bytes(memo: Memo, translate: Translate) -> bytes:
    buffer = io.BytesIO()
    render_memo(memo, buffer, translate)
    return buffer.getvalue()


@dataclass(frozen=True)
class BatchFailure:
    target: str
    error: str


def render_many(
    jobs: Iterable[tuple[Memo, Target]],
    translate: Translate,
    progress: Progress | None = None,
) -> list[BatchFailure]:
    """Render each ``(memo, target)``; a failing memo does not stop the others.

    Returns the failures (empty when all went well). ``progress(done, total)``
    is called after each memo; returning ``False`` stops the batch.
    """
    items: Sequence[tuple[Memo, Target]] = list(jobs)
    failures: list[BatchFailure] = []
    for done, (memo, target) in enumerate(items, start=1):
        try:
            render_memo(memo, target, translate)
        except Exception as exc:  # one bad case must not sink the batch
            failures.append(BatchFailure(str(target), f"{type(exc).__name__}: {exc}"))
        if progress is not None and progress(done, len(items)) is False:
            break
    return failures


__all__ = ["BatchFailure", "render_many", "render_memo", "render_memo_bytes"]

_ = Light
