"""Crash-soak worker: edits cases in a loop and acknowledges each committed save.

``python -m tests.soak_worker DIR [--seed S]`` opens the workspace in ``DIR``
(password from ``FCW_PASSWORD``; the key file's scrypt cost applies, so the
soak creates it with cheap parameters), then forever: loads one of its cases,
changes ``notes`` and saves through ``SqlCaseStore.save``; once the save has
returned (committed) it prints ``ACK <case_uuid> <version> notes=<value>`` and
flushes. The soak kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

from storage.workspace import open_workspace


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak_worker")
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-edits", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    workspace = open_workspace(args.workspace, os.environ["FCW_PASSWORD"])
    store = workspace.store
    ids = [uuid for uuid, _ in store.case_ids()]
    print("READY", flush=True)
    for i in range(args.max_edits):
        case = store.load(rng.choice(ids))
        value = f"s{args.seed}-e{i}-{rng.randrange(10**6)}"
        case.notes = value
        result = store.save(case, workspace.actor)
        sys.stdout.write(f"ACK {case.uuid} {result.version} notes={value}\n")
        sys.stdout.flush()
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
