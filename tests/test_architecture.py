"""The layer rules of HOUSE_STYLE.md, checked by import-linter on every test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layer_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


#: Modules that assign a ``.status`` that is not a case's: a fraud flag's
#: disposition, the autosave's "saved at" text.
_OTHER_STATUSES = {"domain/fraud/dispositions.py", "ui/autosave.py"}


def _status_assignments(path: Path) -> list[int]:
    import ast

    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Attribute) and leaf.attr == "status":
                    lines.append(node.lineno)
    return lines


def test_only_the_lifecycle_assigns_a_case_status() -> None:
    """domain/lifecycle.py is the one module that moves a case between statuses."""
    found = []
    sources = [ROOT / "main.py"]
    for layer in ("domain", "storage", "ui", "cli"):
        sources += sorted((ROOT / layer).rglob("*.py"))
    for path in sources:
        name = path.relative_to(ROOT).as_posix()
        if name == "domain/lifecycle.py" or name in _OTHER_STATUSES:
            continue
        found += [f"{name}:{line}" for line in _status_assignments(path)]
    assert found == []
    # the check itself sees an assignment where there is one
    assert _status_assignments(ROOT / "domain" / "lifecycle.py")
