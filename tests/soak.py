"""Crash soak: SIGKILL the soak worker mid-edit, reopen, lose no acknowledged edit.

``uv run python -m tests.soak --rounds 200`` runs the full soak and prints a
summary; ``tests/test_soak.py`` runs a few rounds in the normal suite. Each
round starts ``tests.soak_worker``, reads a random number of ``ACK`` lines,
kills the worker with SIGKILL, and then checks the workspace: ``PRAGMA
integrity_check`` is ok, every audit chain verifies, and every acknowledged
edit is there (its audit entry exists; the case's version is at least the
acknowledged one).
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from domain.case import Case
from storage.keyfile import ScryptParams
from storage.workspace import create_workspace, open_workspace

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "soak 口令 2026"
#: Cheap scrypt: the worker unlocks once per round.
SOAK_KDF = ScryptParams(n=2**10, r=8, p=1)


@dataclass(frozen=True)
class Ack:
    case_uuid: str
    version: int
    field: str
    value: str


@dataclass
class SoakReport:
    rounds: int = 0
    acks: list[Ack] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def make_workspace(directory: Path, cases: int = 3) -> None:
    with create_workspace(directory, PASSWORD, "测试员", "T0001", "3301", kdf=SOAK_KDF) as ws:
        for i in range(cases):
            case = Case()
            case.applicant.owner.name = f"浸泡{i}"
            ws.store.create(case, ws.actor)


def parse_ack(line: str) -> Ack:
    _, case_uuid, version, assignment = line.split(" ", 3)
    name, value = assignment.split("=", 1)
    return Ack(case_uuid, int(version), name, value)


def run_round(directory: Path, rng: random.Random, seed: int) -> list[Ack]:
    """Start the worker, read 1–40 ACKs, SIGKILL it; returns the ACKs read."""
    wanted = rng.randint(1, 40)
    env = {**os.environ, "FCW_PASSWORD": PASSWORD}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.soak_worker", str(directory), "--seed", str(seed)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    acks: list[Ack] = []
    try:
        for line in proc.stdout:
            if line.startswith("ACK "):
                acks.append(parse_ack(line.rstrip("\n")))
                if len(acks) >= wanted:
                    break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        proc.stdout.close()
    if len(acks) < wanted:
        raise RuntimeError(f"worker ended after {len(acks)} ACKs (exit {proc.returncode})")
    return acks


def check(directory: Path, acks: list[Ack]) -> list[str]:
    """What is wrong with the workspace after a kill (empty when all is well)."""
    problems: list[str] = []
    with open_workspace(directory, PASSWORD) as ws:
        with ws.engine.connect() as conn:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result}")
        store = ws.store
        for case_uuid, number in store.case_ids():
            verdict = store.verify_history(case_uuid)
            if not verdict.ok:
                problems.append(f"{number}: audit chain broken at {verdict.first_broken_seq}")
        written: dict[str, set[tuple[str, str]]] = {}
        versions: dict[str, int] = {}
        for case_uuid, _ in store.case_ids():
            written[case_uuid] = {(e.field, e.new) for e in store.history(case_uuid)}
            versions[case_uuid] = store.load(case_uuid).version
        for ack in acks:
            if (ack.field, ack.value) not in written.get(ack.case_uuid, set()):
                problems.append(f"lost edit {ack.field}={ack.value} of {ack.case_uuid}")
            if versions.get(ack.case_uuid, 0) < ack.version:
                problems.append(
                    f"{ack.case_uuid} is at v{versions.get(ack.case_uuid)} < {ack.version}"
                )
    return problems


def soak(directory: Path, rounds: int, seed: int = 2026) -> SoakReport:
    rng = random.Random(seed)
    make_workspace(directory)
    report = SoakReport()
    for r in range(rounds):
        report.acks.extend(run_round(directory, rng, seed * 1000 + r))
        report.rounds += 1
        report.problems.extend(f"round {r + 1}: {p}" for p in check(directory, report.acks))
        if report.problems:
            break
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    # Every round clears the killed worker's stale lock; that is expected here.
    logging.getLogger("fcw.storage.lock").setLevel(logging.ERROR)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fcw-soak-") as tmp:
        report = soak(Path(tmp) / "ws", args.rounds, args.seed)
    elapsed = time.monotonic() - started
    print(
        f"crash soak: {report.rounds}/{args.rounds} rounds, {len(report.acks)} acknowledged "
        f"edits, {len(report.problems)} problems, {elapsed:.0f} s"
    )
    for problem in report.problems[:20]:
        print("  " + problem)
    return 0 if not report.problems and report.rounds == args.rounds else 1


if __name__ == "__main__":
    raise SystemExit(main())
