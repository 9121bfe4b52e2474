"""The full assessment (checks + fraud rules) of demo cases, CPU time."""

from __future__ import annotations

import statistics
import time

from domain.assessment import assess_with_fraud
from domain.demo import DEMO_TODAY, demo_cases
from storage.rulepack_files import load_rule_pack
from tests.bench.common import Config, Result


def measure(config: Config) -> list[Result]:
    pack = load_rule_pack()
    distinct = demo_cases(
        config.seed, 50 if config.quick else 200, DEMO_TODAY, norms=pack.industries
    )
    for case in distinct:  # warm imports and caches
        assess_with_fraud(case, pack, today=DEMO_TODAY)
    singles = []
    for case in distinct:
        start = time.process_time()
        assess_with_fraud(case, pack, today=DEMO_TODAY)
        singles.append(time.process_time() - start)
    batch = 500 if config.quick else 10_000
    start = time.process_time()
    for i in range(batch):
        assess_with_fraud(distinct[i % len(distinct)], pack, today=DEMO_TODAY)
    batch_seconds = time.process_time() - start
    return [
        Result(
            "one full assessment (checks + fraud), CPU",
            statistics.median(singles),
            "s",
            limit=0.005,
            notes=[f"{len(distinct)} different demo cases; slowest {max(singles) * 1000:.1f} ms"],
        ),
        Result(
            f"{batch:,} assessments in one process, CPU",
            batch_seconds,
            "s",
            limit=10.0 * batch / 10_000,
            notes=[] if batch == 10_000 else ["--quick: budget scaled to the smaller batch"],
        ),
    ]
