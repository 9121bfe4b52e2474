"""Column-name presets of bank-statement exports (``resources/statement_layouts.toml``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from domain.i18n import Message, tr_noop
from domain.paths import resource_path
from domain.statement_analysis import ClassifierKeywords
from domain.statement_import import MAPPING_FIELDS, StatementError

_FIELD_NAMES = tuple(name for name, _label in MAPPING_FIELDS)
_UNIT_SUFFIX = re.compile(r"\((元|人民币|RMB|CNY)\)$", re.IGNORECASE)


def normalise_header(text: str) -> str:
    """A header cell as compared with the presets: no blanks, ASCII brackets,
    no unit suffix such as ``(元)``, no trailing colon."""
    cleaned = (
        text.replace("（", "(").replace("）", ")").replace("\u3000", "").replace(" ", "").strip()
    )
    cleaned = cleaned.rstrip(":：")
    return _UNIT_SUFFIX.sub("", cleaned)


@dataclass(frozen=True)
class LayoutConfig:
    """Presets per layout id, the generic fallback names and the row rules."""

    layouts: dict[str, dict[str, list[str]]]
    labels: dict[str, str]
    generic: dict[str, list[str]]
    inflow_flags: frozenset[str]
    outflow_flags: frozenset[str]
    skip_markers: tuple[str, ...]
    header_max_rows: int = 30
    header_min_matches: int = 3

    def all_names(self) -> frozenset[str]:
        """Every header name of every preset (normalised)."""
        names = {n for layout in self.layouts.values() for ns in layout.values() for n in ns}
        names |= {n for ns in self.generic.values() for n in ns}
        return frozenset(names)

    def label(self, layout_id: str) -> str:
        return self.labels.get(layout_id, self.labels.get("", ""))


def _names(table: dict[str, Any]) -> dict[str, list[str]]:
    return {
        name: [normalise_header(str(v)) for v in table[name]]
        for name in _FIELD_NAMES
        if isinstance(table.get(name), list)
    }


def parse_layouts(raw: dict[str, Any]) -> LayoutConfig:
    """Build the presets from the parsed TOML document."""
    try:
        layouts = {lid: _names(tbl) for lid, tbl in raw["layouts"].items()}
        labels = {lid: str(tbl.get("label", lid)) for lid, tbl in raw["layouts"].items()}
        labels[""] = str(raw["generic"].get("label", ""))
        direction = raw["direction"]
        search = raw.get("header_search", {})
        return LayoutConfig(
            layouts=layouts,
            labels=labels,
            generic=_names(raw["generic"]),
            inflow_flags=frozenset(str(v).upper() for v in direction["inflow"]),
            outflow_flags=frozenset(str(v).upper() for v in direction["outflow"]),
            skip_markers=tuple(str(v) for v in raw.get("skip_rows", {}).get("markers", [])),
            header_max_rows=int(search.get("max_rows", 30)),
            header_min_matches=int(search.get("min_matches", 3)),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise StatementError(
            Message(
                tr_noop("The statement layout presets are damaged: {reason}."),
                {"reason": repr(exc)},
            )
        ) from exc


@lru_cache(maxsize=4)
def _load(path: Path) -> LayoutConfig:
    with path.open("rb") as handle:
        return parse_layouts(tomllib.load(handle))


def load_layouts(path: Path | None = None) -> LayoutConfig:
    """The presets shipped in ``resources/statement_layouts.toml`` (or ``path``)."""
    return _load(path or resource_path("statement_layouts.toml"))


def parse_classifier_keywords(raw: dict[str, Any]) -> ClassifierKeywords:
    """The ``[classification]`` word lists; a list left out keeps its default."""
    table = raw.get("classification", {})
    values: dict[str, tuple[str, ...]] = {}
    for f in fields(ClassifierKeywords):
        words = table.get(f.name)
        if words is None:
            continue
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise StatementError(
                Message(
                    tr_noop(
                        "statement_layouts.toml: classification.{key} must be a list of words."
                    ),
                    {"key": f.name},
                )
            )
        values[f.name] = tuple(words)
    return ClassifierKeywords(**values)


@lru_cache(maxsize=4)
def _load_keywords(path: Path) -> ClassifierKeywords:
    with path.open("rb") as handle:
        return parse_classifier_keywords(tomllib.load(handle))


def load_classifier_keywords(path: Path | None = None) -> ClassifierKeywords:
    """Classification words shipped in ``resources/statement_layouts.toml``."""
    return _load_keywords(path or resource_path("statement_layouts.toml"))
