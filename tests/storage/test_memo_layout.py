"""How the memo's text lands on its pages, read back from the PDF with
``pdftotext -bbox``: a long flag table splits between rows and no row hides
under the repeated header; dates and amounts never break inside; the LPR
comes from the rule pack with its date and is flagged when it is stale."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from domain.case import FlagDisposition
from domain.enums import DispositionStatus, FraudCategory, Severity
from domain.i18n import Message, identity_translate
from domain.memo import PrintMeta, build_memo
from domain.paths import resource_path
from domain.serialization import case_from_dict
from storage.memo_pdf import render_memo_bytes
from storage.memo_service import print_case_memo
from storage.rulepack_files import load_rule_pack
from tests.domain.memo_sample import CST, FakeEvidence, FakeFlag, sample_case

WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


@dataclass(frozen=True)
class Word:
    page: int
    x: float
    top: float
    bottom: float
    text: str


def words(pdf: bytes) -> list[Word]:
    """Every word of the PDF with its page and box (y grows downwards)."""
    done = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    out: list[Word] = []
    for page, body in enumerate(done.stdout.decode("utf-8").split("<page ")[1:], start=1):
        for x0, y0, _x1, y1, text in WORD.findall(body):
            out.append(Word(page, float(x0), float(y0), float(y1), html.unescape(text)))
    return out


# ---- a long flag table -----------------------------------------------------------------


def long_flag_table() -> tuple[bytes, int]:
    """A memo whose flag table runs over several pages: 24 flags, each with
    three to twelve lines of evidence, so that rows of every height meet a
    page end somewhere."""
    flags = [
        FakeFlag(
            f"rule.number_{n:02d}",
            FraudCategory.INCOME,
            Severity.RED if n % 3 else Severity.AMBER,
            Message(f"Finding{n:02d} of the long table"),
            [FakeEvidence(f"Evidence{n:02d}line{k:02d}", "¥1,234.56") for k in range(3 + n % 10)],
        )
        for n in range(24)
    ]
    meta = PrintMeta(datetime(2026, 11, 27, 10, 30, tzinfo=CST), language="en_US", draft=True)
    memo = build_memo(sample_case(), meta, flags=flags)
    return render_memo_bytes(memo, identity_translate), len(flags)


def test_a_long_flag_table_splits_between_rows_and_no_row_hides_under_the_repeated_header() -> None:
    pdf, count = long_flag_table()
    found = words(pdf)
    findings = sorted(
        (w for w in found if re.fullmatch(r"Finding\d\d", w.text)), key=lambda w: (w.page, w.top)
    )
    # every row is printed once, in order (red flags first), its evidence on the same page
    red = [f"Finding{n:02d}" for n in range(count) if n % 3]
    amber = [f"Finding{n:02d}" for n in range(count) if not n % 3]
    assert [w.text for w in findings] == red + amber
    for finding in findings:
        n = finding.text[-2:]
        lines = [w for w in found if w.text.startswith(f"Evidence{n}line")]
        assert len(lines) == 3 + int(n) % 10
        assert {w.page for w in lines} == {finding.page}, n
    pages = sorted({w.page for w in findings})
    assert len(pages) >= 3  # the table went over pages
    headers = [w for w in found if w.text == "Disposition"]
    assert {w.page for w in headers} >= set(pages)  # the header repeats on each
    # nothing is drawn where a header row is: the first row of a page lies below it
    for header in headers:
        overlapping = [
            w
            for w in found
            if w.page == header.page
            and w.top < header.bottom
            and w.bottom > header.top
            and w.text not in {"Category", "Severity", "Finding", "Evidence", "Disposition"}
            and w.bottom - w.top < 20  # not the watermark's large rotated letters
        ]
        assert overlapping == [], (header.page, overlapping)


# ---- dates and amounts -------------------------------------------------------------------

EXAMPLES = sorted(resource_path("examples").glob("*.json"))
PRINT_TIME = datetime(2026, 12, 7, 10, 30, tzinfo=CST)
#: the start of a date cut at a line end: 2026- / 2026-1 / 2026-12- / 2026-12-0
CUT_DATE = re.compile(r"\d{4}-(?:\d?|\d{2}-\d?)$")
#: an amount: ¥ and grouped figures, two decimals unless whole yuan (the chart,
#: the checks' arithmetic); a price per unit (¥13.5/kg) may have one decimal
AMOUNT = re.compile(r"¥\d{1,3}(?:,\d{3})*(?:\.\d{2})?")
PRICE = re.compile(r"¥\d+(?:\.\d+)?/")
YEN = re.compile(r"¥[\d,]*(?:\.\d+)?")


def example_memo(path: Path, language: str) -> bytes:
    case = case_from_dict(json.loads(path.read_text(encoding="utf-8")))
    # a decision on every flag, so that the narrow disposition column holds dates
    case.dispositions = [
        FlagDisposition(rule, DispositionStatus.DISMISSED, "已核实", "王小明", PRINT_TIME)
        for rule in (
            "income.sales_deviation",
            "inventory.counted_vs_claimed",
            "purpose.request_exceeds_need",
            "income.same_day_in_out",
        )
    ]
    buffer = io.BytesIO()
    print_case_memo(case, buffer, print_time=PRINT_TIME, language=language, draft=True)
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_no_date_or_amount_of_an_example_memo_breaks_across_lines(
    path: Path, language: str
) -> None:
    found = words(example_memo(path, language))
    assert any(w.text.endswith("2026-12-07") for w in found)  # the decisions' dates
    for i, w in enumerate(found):
        assert not CUT_DATE.search(w.text), w
        # a word ending in a comma inside a line is a list's comma ("S3 ¥2,102,000, S5"):
        # an amount cut by a line break can only end a line
        last_on_line = i + 1 == len(found) or found[i + 1].top != w.top
        for m in YEN.finditer(w.text):
            shown = m.group() if last_on_line else m.group().rstrip(",")
            assert AMOUNT.fullmatch(shown) or PRICE.match(w.text, m.start()), w
    # no amount without its sign: ungrouped decimals with yuan are gone
    text = " ".join(w.text for w in found)
    assert not re.search(r"-?\d{4,}\.\d{2}\s*(元|yuan)", text)


# ---- the LPR -----------------------------------------------------------------------------


def memo_words(print_time: datetime) -> str:
    case = case_from_dict(json.loads(EXAMPLES[0].read_text(encoding="utf-8")))
    buffer = io.BytesIO()
    print_case_memo(
        case, buffer, print_time=print_time, language="en_US", pack=load_rule_pack(), draft=True
    )
    return " ".join(w.text for w in words(buffer.getvalue()))


def test_the_lpr_and_its_date_come_from_the_rule_pack() -> None:
    pack = load_rule_pack()
    assert (pack.pricing.lpr_one_year, pack.pricing.lpr_as_of.isoformat()) == (
        Decimal("0.0300"),
        "2025-05-20",
    )
    text = memo_words(datetime(2025, 11, 20, 9, 0, tzinfo=CST))
    assert "1-year LPR 3.00%" in text
    assert "LPR as of 2025-05-20" in text


def test_an_lpr_six_months_old_prints_without_a_warning_and_one_day_more_with_one() -> None:
    # 2025-05-20 + 6 months = 2025-11-20: still in time; 2025-11-21 is more than six months
    assert "check the LPR now in force" not in memo_words(datetime(2025, 11, 20, 9, 0, tzinfo=CST))
    text = memo_words(datetime(2025, 11, 21, 9, 0, tzinfo=CST))
    assert (
        "The rule pack's LPR is from 2025-05-20, more than 6 months before this print "
        "(2025-11-21): check the LPR now in force before relying on the price."
    ) in text


def test_a_note_taller_than_a_page_is_cut_into_rows_and_printed_whole() -> None:
    meta = PrintMeta(datetime(2026, 11, 27, 10, 30, tzinfo=CST), language="en_US")
    before = words(render_memo_bytes(build_memo(sample_case(), meta), identity_translate))
    assert not any("鑫" in w.text for w in before)
    case = sample_case()
    case.visits[0].notes = "鑫泰仓库实地盘点，" * 800  # 600 lines of a table cell
    found = words(render_memo_bytes(build_memo(case, meta), identity_translate))
    # every character of the note is printed once, over several pages
    assert sum(w.text.count("鑫") for w in found) == 800
    assert len({w.page for w in found if "鑫" in w.text}) >= 2
