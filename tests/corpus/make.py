"""Writes the corpus's case files from the stories:
``uv run python -m tests.corpus.make``. The labels beside them are written by
hand and never by this script."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.corpus import stories_clean, stories_fool, stories_fraud_a, stories_fraud_b, stories_near

CASES = Path(__file__).resolve().parent / "cases"


def stories() -> dict[str, Callable[[], dict[str, Any]]]:
    out: dict[str, Callable[[], dict[str, Any]]] = {}
    for module in (stories_clean, stories_fool, stories_fraud_a, stories_fraud_b, stories_near):
        out.update(module.STORIES)
    return out


def case_text(key: str) -> str:
    return json.dumps(stories()[key](), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    CASES.mkdir(exist_ok=True)
    for key in stories():
        (CASES / f"{key}.json").write_text(case_text(key), encoding="utf-8")
    print(f"wrote {len(stories())} cases to {CASES}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
