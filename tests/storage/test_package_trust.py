"""Every place that takes a case package in names whom it trusts (docs/SECURITY.md).

``storage.import_case.import_package`` and ``check_package`` check the
signer only when given ``enrolled_senders``; the program's own callers must
always give it, or a package signed by any key would be taken in again
(issue 20, defect 2)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUARDED = {"import_package", "check_package"}


def _calls_without_trust(path: Path, base: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in GUARDED and "enrolled_senders" not in {k.arg for k in node.keywords}:
            found.append(f"{path.relative_to(base)}:{node.lineno}")
    return found


def test_every_caller_in_the_program_passes_the_trusted_signers() -> None:
    sources = [
        p for folder in ("cli", "storage", "ui", "domain") for p in (ROOT / folder).rglob("*.py")
    ] + [ROOT / "main.py"]
    calls = [hit for p in sources for hit in _calls_without_trust(p)]
    assert calls == [], calls


def test_the_guard_sees_a_call_without_the_list(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import_package(ws, path, key)\nx.check_package(p, k, enrolled_senders=s)\n")
    assert _calls_without_trust(probe, tmp_path) == ["probe.py:1"]
