"""Reading a rule pack folder (TOML files) into a :class:`domain.rulepack.RulePack`.

The default pack ships in ``resources/rulepack``; head office's signed packs
are unpacked into the workspace with the same layout. Loaded packs are cached
per process by folder (the files are read-only while the program runs; call
:func:`clear_cache` after installing a new pack).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from domain.errors import RulePackError
from domain.i18n import Message, tr_noop
from domain.paths import resource_path
from domain.rulepack import RulePack, rule_pack_from_files

_CACHE: dict[Path, RulePack] = {}


def default_rule_pack_dir() -> Path:
    return resource_path("rulepack")


def read_rule_pack_files(directory: Path) -> dict[str, dict[str, Any]]:
    """Every ``*.toml`` of the folder, parsed, keyed by file name."""
    if not directory.is_dir():
        raise RulePackError(
            Message(tr_noop("Rule pack folder not found: {path}"), {"path": str(directory)}),
            field=str(directory),
        )
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            files[path.name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise RulePackError(
                Message(
                    tr_noop("{file}: not valid TOML: {why}"), {"file": path.name, "why": str(exc)}
                ),
                field=path.name,
            ) from exc
    return files


def load_rule_pack(directory: Path | str | None = None, *, use_cache: bool = True) -> RulePack:
    """Load and validate the pack in ``directory`` (default: the shipped pack).

    Raises :class:`RulePackError` naming the file and key of a bad value.
    """
    folder = Path(directory) if directory is not None else default_rule_pack_dir()
    key = folder.resolve()
    if use_cache and key in _CACHE:
        return _CACHE[key]
    pack = rule_pack_from_files(read_rule_pack_files(folder))
    if use_cache:
        _CACHE[key] = pack
    return pack


def clear_cache() -> None:
    _CACHE.clear()


__all__ = ["clear_cache", "default_rule_pack_dir", "load_rule_pack", "read_rule_pack_files"]
