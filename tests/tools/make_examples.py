"""Write the example case files of ``resources/examples/`` from the demo generator.

Run from the repository root: ``uv run python -m tests.tools.make_examples``.
The files are deterministic (fixed seed and date), so re-running the script
changes nothing unless the generator changed; ``tests/domain/test_demo.py``
checks that the committed files are what the script makes.

Between them the examples raise all ten fraud categories:
business, site, income, inventory, wealth, purpose, contract, employee,
patent and seal.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from domain.case import Case
from domain.demo import DEMO_TODAY, demo_case, demo_case_named
from domain.serialization import case_to_dict

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "examples"

#: file stem → (industry, fraud archetypes, must be an exporter)
EXAMPLES: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "clean_restaurant": ("restaurant", (), False),
    "inflated_income_plastics": (
        "plastics",
        ("inflated_income", "inflated_stock", "window_dressing"),
        False,
    ),
    "false_purpose_building_materials": (
        "building_materials",
        ("false_purpose", "hidden_debt", "fake_business"),
        False,
    ),
    "exporter_garments": ("garments", ("false_contract", "ghost_staff"), True),
    "fake_patent_seal_food": ("food_processing", ("fake_patent", "forged_seal"), False),
    "staged_site_dyeing": ("dyeing", ("staged_site",), False),
}


def example_case(stem: str) -> Case:
    """The case of one example file (the first seed that fits the wish)."""
    industry, frauds, exporter = EXAMPLES[stem]
    if stem == "clean_restaurant":
        return demo_case_named("clean", today=DEMO_TODAY)
    for seed in range(1000):
        case = demo_case(seed, 0, DEMO_TODAY, industry=industry, frauds=frauds)
        if case.business.exporter == exporter:
            return case
    raise RuntimeError(f"no seed gives {stem}")


def example_text(stem: str) -> str:
    return json.dumps(case_to_dict(example_case(stem)), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for stem in EXAMPLES:
        path = OUT / f"{stem}.json"
        path.write_text(example_text(stem), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
