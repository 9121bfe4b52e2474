"""A tiny benchmark of the assessment (not a test): ``uv run python -m tests.bench_assess``."""

from __future__ import annotations

import time

from domain.assessment import assess
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, plastics_case


def bench_assess(n: int = 1000) -> float:
    """CPU seconds per full assessment of the plastics fixture, over ``n`` runs."""
    pack = load_rule_pack()
    case = plastics_case()
    assess(case, pack, today=TODAY)
    start = time.process_time()
    for _ in range(n):
        assess(case, pack, today=TODAY)
    return (time.process_time() - start) / n


if __name__ == "__main__":
    print(f"{bench_assess() * 1000:.3f} ms CPU per assessment")
