"""The declared and the verified equity reconciliation share every term but
the profit (worked out once, shown the same in both)."""

from __future__ import annotations

from domain.assessment import assess
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, plastics_case

PACK = load_rule_pack()


def test_both_reconciliations_show_the_same_terms_apart_from_the_profit() -> None:
    result = assess(plastics_case(), PACK, today=TODAY)
    declared = result.equity.check
    verified = result.equity.check_verified
    names = [i.name for i in declared.inputs]
    assert names == [i.name for i in verified.inputs]
    assert names[1] == "net profit over the period"
    # every input but the profit (index 1) is the same figure from the same source
    for i, (a, b) in enumerate(zip(declared.inputs, verified.inputs, strict=True)):
        if i != 1:
            assert (a.value, a.source) == (b.value, b.source)
    # profit over 12 months: declared 417,600, verified 339,840 (see test_checks_equity)
    assert str(declared.inputs[1].value) == "417600.00"
    assert str(verified.inputs[1].value) == "339840.00"


def test_the_verified_arithmetic_rolls_the_same_start_forward_with_its_own_profit() -> None:
    verified = assess(plastics_case(), PACK, today=TODAY).equity.check_verified
    text = verified.arithmetic.render()
    # 1,500,000 + 339,840 + 0 + 24,000 − 120,000 − 30,000 + 0 = 1,713,840
    assert text.startswith(
        "expected equity ¥1,500,000 + ¥339,840 + ¥0 + ¥24,000 − ¥120,000 − ¥30,000 + ¥0"
        " = ¥1,713,840;"
    )
