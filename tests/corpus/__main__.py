"""``uv run python -m tests.corpus``: the labelled corpus against the
assessment. Prints the confusion table and the precision and recall per
fraud category and ``false red flags on clean cases: N``; exits 1 unless
every expected red category is raised at red and no clean case has a red
flag."""

from __future__ import annotations

import sys

from storage.rulepack_files import load_rule_pack
from tests.corpus.runner import evaluate, holds, load_labels, report


def main() -> int:
    pack = load_rule_pack()
    outcomes = evaluate(load_labels(), pack)
    print(report(outcomes, pack))
    return 0 if holds(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
