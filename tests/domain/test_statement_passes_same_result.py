"""The one-pass statement code gives the same result as the plain definitions.

``summarise``, the same-day pairs and the private-loan payments were written
for speed (sums kept in locals, one loop instead of filter + min, a name hint
that skips the lines when nobody is a person). Each test here writes the
figure the plain way DOMAIN.md defines it, on shuffled lines with gaps,
undated lines, lines after the application date and zero amounts, and asserts
the fast code returns exactly the same values (``Decimal`` representations
included: the same amounts are added in the same order).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from domain.case import BankTransaction
from domain.enums import Light, TxCategory
from domain.rulepack import Band
from domain.statement_analysis import summarise
from domain.statement_patterns import (
    NOT_A_PERSON_WORDS,
    _longest_run,
    _private_loan_payments,
    is_individual,
    month_keys_between,
    month_of,
    month_text,
    next_month,
    private_loan_payments,
    same_day_pairs,
    split_lines,
)

ZERO = Decimal("0")
_NAMES = ["张三", "李四", "王五", "某某贸易有限公司", "供电局", "", "赵六 "]
_CATEGORIES = list(TxCategory)


def _lines(seed: int, count: int = 120) -> list[BankTransaction]:
    """Random lines over about 14 months, half of them shuffled out of date order."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        on = None if rnd.random() < 0.05 else date(2025, 6, 1) + timedelta(rnd.randrange(430))
        cents = rnd.choice([0, rnd.randrange(1, 10**7), 10**6 * rnd.randrange(1, 5)])
        sign = rnd.choice([1, -1])
        amount = Decimal(sign * cents).scaleb(-2)
        out.append(
            BankTransaction(
                on,
                amount,
                rnd.choice(_NAMES),
                "",
                "",
                rnd.choice(_CATEGORIES),
                rnd.choice(["6222", "6228", ""]),
            )
        )
    if seed % 2:
        rnd.shuffle(out)
    else:
        out.sort(key=lambda t: t.on or date.min)
    # some months paid to one person in near-equal amounts (a private loan)
    for month in range(1, 8):
        amount = Decimal(-300000 - 500 * (month % 3)).scaleb(-2)
        out.append(
            BankTransaction(date(2025, month, 20), amount, "王五", "", "", TxCategory.OTHER_OUTFLOW)
        )
    return out


def _summary_by_definition(lines: list[BankTransaction], cutoff: date) -> dict[str, object]:
    kept = [t for t in lines if t.on is not None and t.on <= cutoff]
    ins = [t for t in kept if t.amount > 0]
    first, last = min(t.on for t in kept), max(t.on for t in kept)  # type: ignore[type-var]
    months = month_keys_between((first.year, first.month), (last.year, last.month))  # type: ignore[union-attr]

    def of(key: tuple[int, int], ts: list[BankTransaction]) -> list[BankTransaction]:
        return [t for t in ts if (t.on.year, t.on.month) == key]  # type: ignore[union-attr]

    special = (TxCategory.LOAN_DRAWN, TxCategory.OWN_TRANSFER, TxCategory.CAPITAL_INJECTED)
    return {
        "first": first,
        "last": last,
        "total_in": sum((t.amount for t in ins), ZERO),
        "total_out": -sum((t.amount for t in kept if t.amount < 0), ZERO),
        "loans": sum((t.amount for t in ins if t.category == TxCategory.LOAN_DRAWN), ZERO),
        "own": sum((t.amount for t in ins if t.category == TxCategory.OWN_TRANSFER), ZERO),
        "capital": sum((t.amount for t in ins if t.category == TxCategory.CAPITAL_INJECTED), ZERO),
        "months": [
            (
                month_text(key),
                sum((t.amount for t in of(key, ins)), ZERO),
                -sum((t.amount for t in of(key, kept) if t.amount < 0), ZERO),
                sum((t.amount for t in of(key, ins) if t.category not in special), ZERO),
            )
            for key in months
        ],
    }


def test_summarise_sums_each_month_and_figure_as_their_definition_does() -> None:
    cutoff = date(2026, 6, 30)
    for seed in range(40):
        lines = _lines(seed)
        got = summarise(lines, cutoff, {}, short_history_months=6)
        want = _summary_by_definition(lines, cutoff)
        assert (got.first_date, got.last_date) == (want["first"], want["last"])
        assert repr(got.total_inflows) == repr(want["total_in"])
        assert repr(got.total_outflows) == repr(want["total_out"])
        assert repr(got.loans_drawn) == repr(want["loans"])
        assert repr(got.own_transfers_in) == repr(want["own"])
        assert repr(got.capital_injected) == repr(want["capital"])
        assert repr(
            [(m.month, m.inflows, m.outflows, m.business_inflows) for m in got.months]
        ) == repr(want["months"])


def test_summarise_of_lines_that_are_all_undated_or_late_says_so() -> None:
    lines = [
        BankTransaction(None, Decimal("5.00")),
        BankTransaction(date(2027, 1, 1), Decimal("7.00")),
    ]
    got = summarise(lines, date(2026, 6, 30), {}, short_history_months=6)
    assert got.first_date is None and got.months == []
    assert got.total_inflows == ZERO and got.short_history


def _pairs_by_definition(
    lines: list[BankTransaction], minimum: Decimal, tolerance: Decimal
) -> list[tuple[BankTransaction, BankTransaction]]:
    """Largest inflow first; the same-day outflow nearest in size within the
    tolerance, the first of equals; each outflow used once."""
    not_income = (TxCategory.LOAN_DRAWN, TxCategory.OWN_TRANSFER)
    ins = [t for t in lines if t.amount > 0 and t.on is not None and t.category not in not_income]
    left = [t for t in lines if t.amount < 0 and t.on is not None]
    pairs = []
    for t in sorted([t for t in ins if t.amount >= minimum], key=lambda t: t.amount, reverse=True):
        near = [
            o for o in left if o.on == t.on and abs(-o.amount - t.amount) <= tolerance * t.amount
        ]
        if near:
            best = min(near, key=lambda o: abs(-o.amount - t.amount))
            left.remove(best)
            pairs.append((t, best))
    return pairs


def test_same_day_pairs_match_as_the_definition_does() -> None:
    band = Band(Decimal("0.2"), Decimal("0.4"))
    for seed in range(40):
        lines = _lines(seed, 200)
        # outflows of the same day near each inflow's size, some twice over
        rnd = random.Random(seed)
        for t in list(lines):
            if t.on is not None and t.amount > 0 and rnd.random() < 0.4:
                for _ in range(rnd.choice([1, 2])):
                    gap = Decimal(rnd.randrange(-300, 300)).scaleb(-2)
                    lines.append(BankTransaction(t.on, -(t.amount + gap), "某人"))
        got = same_day_pairs(lines, Decimal("1000"), Decimal("0.01"), band)
        want = _pairs_by_definition(lines, Decimal("1000"), Decimal("0.01"))
        assert [(id(a), id(b)) for a, b in got.pairs] == [(id(a), id(b)) for a, b in want]


def _longest_run_by_definition(totals: dict[str, Decimal], tolerance: Decimal) -> list[str]:
    ordered = sorted(totals)
    best: list[str] = []
    for start in range(len(ordered)):
        run = [ordered[start]]
        for month in ordered[start + 1 :]:
            values = [totals[m] for m in [*run, month]]
            if month != next_month(run[-1]) or min(values) <= 0:
                break
            if max(values) / min(values) - 1 > tolerance:
                break
            run.append(month)
        if len(run) > len(best):
            best = run
    return best


def test_the_longest_run_of_similar_monthly_totals_is_found_as_defined() -> None:
    rnd = random.Random(3)
    for _ in range(300):
        months = sorted(
            {
                f"{2025 + rnd.randrange(2)}-{rnd.randrange(1, 13):02d}"
                for _ in range(rnd.randrange(1, 14))
            }
        )
        totals = {m: Decimal(rnd.choice([0, 3000, 3010, 3100, 2990, 5000])) for m in months}
        tolerance = Decimal(rnd.choice(["0.01", "0.05", "0.5"]))
        assert _longest_run(totals, tolerance) == _longest_run_by_definition(totals, tolerance)


def test_a_run_of_two_months_3000_and_3010_is_within_one_percent() -> None:
    # 3010 / 3000 − 1 = 0.00333 ≤ 0.01: both months; 3100 / 3000 − 1 = 0.0333 > 0.01
    totals = {"2026-01": Decimal(3000), "2026-02": Decimal(3010), "2026-03": Decimal(3100)}
    assert _longest_run(totals, Decimal("0.01")) == ["2026-01", "2026-02"]


def test_private_loan_payments_are_the_same_with_or_without_the_name_hint() -> None:
    for seed in range(30):
        lines = _lines(seed)
        split = split_lines(lines, None)
        plain = private_loan_payments(lines, 3, Decimal("0.05"))
        hinted = _private_loan_payments(
            split.outs, 3, Decimal("0.05"), NOT_A_PERSON_WORDS, split.payees
        )
        assert repr(hinted) == repr(plain)


def test_without_a_person_among_the_payees_no_private_loan_is_found() -> None:
    lines = [
        BankTransaction(date(2026, m, 5), Decimal("-3000.00"), "某某贸易有限公司")
        for m in range(1, 7)
    ]
    split = split_lines(lines, None)
    assert not any(is_individual(n) for n in split.payees)
    result = _private_loan_payments(
        split.outs, 3, Decimal("0.05"), NOT_A_PERSON_WORDS, split.payees
    )
    assert result.value == Decimal(0) and result.light is Light.GREEN


def test_regular_payments_to_one_person_are_found_by_month() -> None:
    # 王五 is paid 3,000 on the 20th of Jan–Jun 2026: a run of six months
    lines = [BankTransaction(date(2026, m, 20), Decimal("-3000.00"), "王五") for m in range(1, 7)]
    split = split_lines(lines, None)
    result = _private_loan_payments(
        split.outs, 3, Decimal("0.05"), NOT_A_PERSON_WORDS, split.payees
    )
    assert result.value == Decimal(6)
    assert result.figures["runs"]["王五"][0] == (month_of(date(2026, 1, 20)), Decimal("3000.00"))


def test_is_individual_answers_as_its_definition_on_names_with_and_without_blanks() -> None:
    import re

    blanks, person = re.compile(r"[\s\u3000·]+"), re.compile(r"^[\u4e00-\u9fff]{2,4}$")

    def by_definition(name: str) -> bool:
        text = blanks.sub("", name)
        return bool(person.match(text)) and not any(w in text for w in NOT_A_PERSON_WORDS)

    rnd = random.Random(5)
    chars = ["张", "三", "李", "公", "司", " ", "\u3000", "·", "a", "1", "\n", "店", "Ａ", "²"]
    for _ in range(20000):
        name = "".join(rnd.choice(chars) for _ in range(rnd.randrange(0, 8)))
        assert is_individual(name, NOT_A_PERSON_WORDS) == by_definition(name), repr(name)
    # 王 五 (with a full-width space) is a person; 王五商店 is a shop
    assert is_individual("王\u3000五") and not is_individual("王五商店")
