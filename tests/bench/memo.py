"""One memo of eight pages or more with a chart, against a bare ReportLab document.

The memo is the example case ``resources/examples/inflated_income_plastics.json``
(assessed with the shipped rule pack, its eight red flags in the table, printed
as a draft: nine pages), rendered by ``storage.memo_pdf.render_memo_bytes`` in
Chinese; only the rendering is timed. The baseline
is a ``SimpleDocTemplate`` of plain Chinese paragraphs in the same registered
fonts with the same number of pages (calibrated before timing). Both run in
the same process, so both use ReportLab's C accelerator (the rl-accel
dependency) when it is installed. Budgets (issue 22): ≤ 0.5 s, and ≤ 5× the
bare document, with ReportLab's public API only.
"""

from __future__ import annotations

import io
import json

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from domain.paths import resource_path
from domain.serialization import case_from_dict
from storage.memo_pdf import render_memo_bytes
from storage.memo_service import case_memo
from storage.memo_styles import CJK_FONT, register_fonts
from storage.memo_texts import memo_translate
from storage.rulepack_files import load_rule_pack
from tests.bench.common import Config, Result, median_time
from tests.domain.memo_sample import PRINT_TIME

EXAMPLE = "inflated_income_plastics.json"

_TEXT = (
    "借款人经营塑料制品加工十余年，厂房租赁于工业园区，设备六台，员工二十三人。"
    "经实地查看，水电读数与申报产量基本相符，银行流水月均进账约四十万元。"
)


def _bare(paragraphs: int) -> bytes:
    register_fonts()
    style = ParagraphStyle("bare", fontName=CJK_FONT, fontSize=10, leading=15)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build([Paragraph(f"{i}. {_TEXT}", style) for i in range(paragraphs)])
    return out.getvalue()


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _calibrate(pages: int) -> int:
    """Number of paragraphs that fill ``pages`` pages of the bare document."""
    per_page = 100 / _pages(_bare(100))
    count = max(int(per_page * (pages - 0.5)), 1)
    while _pages(_bare(count)) < pages:
        count += 5
    while count > 5 and _pages(_bare(count)) > pages:
        count -= 5
    return count


def measure(config: Config) -> list[Result]:
    case = case_from_dict(json.loads(resource_path("examples", EXAMPLE).read_text("utf-8")))
    memo = case_memo(case, print_time=PRINT_TIME, pack=load_rule_pack(), draft=True)
    zh = memo_translate("zh_CN")
    first = render_memo_bytes(memo, zh)  # fonts load once per process
    pages = _pages(first)
    paragraphs = _calibrate(pages)
    bare_pages = _pages(_bare(paragraphs))
    repeats = max(config.repeats, 3)
    value = median_time(lambda: render_memo_bytes(memo, zh), repeats)
    baseline = median_time(lambda: _bare(paragraphs), repeats)
    return [
        Result(f"one memo, {pages} pages with a chart", value, "s", limit=0.5),
        Result(
            "one memo against a bare ReportLab document",
            value,
            "s",
            baseline=baseline,
            baseline_name=f"bare ReportLab, {bare_pages} pages",
            ratio_limit=5.0,  # issue 22: ≤ 5× bare ReportLab, no private ReportLab API
        ),
    ]
