"""Where each piece of a flag's evidence came from: the field of the case to
open, or the check of 交叉检验 to show (docs/DOMAIN.md, "Flags at hand").

A :class:`domain.fraud.base.FraudFlag` names the case paths it concerns
(``field_paths``) and lists its evidence (label, value, source); the evidence
does not name its path. :func:`evidence_targets` matches them, most certain
first:

1. a computed figure or a rule-pack norm has no field (``None``); a source
   that is a check id (``S2``) points at that check;
2. the evidence's label is the label of one of the flag's fields;
3. the source names where it was read (the credit report, the balance sheet,
   the bank statements, the meters, the equipment): the flag's field there;
4. the label shares more words with one field's name than with any other;
5. the flag has a single field;
6. otherwise the fields in order, one per piece of evidence that is not
   computed (the rules list them in the same order).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from domain.field_labels import path_label
from domain.fraud.base import Evidence, FraudFlag
from domain.i18n import Message

CHECK_IDS = frozenset({f"S{i}" for i in range(1, 9)} | {"equity", "equity_verified"})
_NO_FIELD = frozenset({"computed", "rule pack", "rule_pack"})
#: words in a source and the part of the case they point at
_SOURCE_PLACES = (
    ("credit report", "/credit_report"),
    ("balance sheet", "/balance_sheet"),
    ("statement", "/transactions"),
    ("electricity", "/meters"),
    ("water", "/meters"),
    ("kwh", "/meters"),
    ("equipment", "/business/equipment"),
)


@dataclass(frozen=True)
class Target:
    """Where to go: a case path (``/business/staff_claimed``) or a check id."""

    path: str = ""
    check: str = ""


def _english(text: object) -> str:
    if isinstance(text, Message):
        return text.msg_id
    return str(text)


def _words(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z]+", text.lower().replace("'s", "")):
        if len(word) < 3 or word in {"the", "and", "per", "not", "with"}:
            continue
        out.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return out


def _by_source(source: object, paths: Sequence[str]) -> str | None:
    text = _english(source).lower()
    for word, place in _SOURCE_PLACES:
        if word in text:
            hit = next((p for p in paths if p == place or p.startswith(place + "/")), None)
            if hit is not None:
                return hit
    return None


def _by_words(label: str, paths: Sequence[str]) -> str | None:
    words = _words(label)
    scores = [(len(words & _words(p.rsplit("/", 1)[-1].replace("_", " "))), p) for p in paths]
    best = max((s for s, _ in scores), default=0)
    winners = [p for s, p in scores if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def evidence_target(
    evidence: Evidence, paths: Sequence[str], position: int | None
) -> Target | None:
    """Where one piece of evidence came from (``position``: its place among
    the flag's evidence that is not computed)."""
    source = evidence.source
    if isinstance(source, str) and source in CHECK_IDS:
        return Target(check=source)
    if isinstance(source, str) and source.lower() in _NO_FIELD:
        return None
    label = evidence.label.lower()
    for p in paths:
        if _english(path_label(p)).lower() == label:
            return Target(path=p)
    found = _by_source(source, paths) or _by_words(evidence.label, paths)
    if found is None and len(paths) == 1:
        found = paths[0]
    if found is None and position is not None and position < len(paths):
        found = paths[position]
    return Target(path=found) if found else None


def evidence_targets(flag: FraudFlag) -> list[Target | None]:
    """One target (or None) per piece of ``flag``'s evidence, in order."""
    out: list[Target | None] = []
    position = 0
    for e in flag.evidence:
        computed = isinstance(e.source, str) and (
            e.source.lower() in _NO_FIELD or e.source in CHECK_IDS
        )
        out.append(evidence_target(e, flag.field_paths, None if computed else position))
        if not computed:
            position += 1
    return out


__all__ = ["CHECK_IDS", "Target", "evidence_target", "evidence_targets"]
