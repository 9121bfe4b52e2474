"""Industry ids and their English source labels (translated through Qt).

The ids and English names are those of ``resources/rulepack/industries.toml``
(``name_en``; the Chinese translation matches its ``name_zh``). The labels live
here, marked for translation, so that the case list shows a name even before
a rule pack is loaded; :func:`industry_label` prefers a name table handed in
from main.py when one is given.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from domain.i18n import CONTEXT, tr_noop

INDUSTRIES: dict[str, str] = {
    "restaurant": tr_noop("Restaurant"),
    "retail": tr_noop("Retail shop"),
    "wholesale_market": tr_noop("Wholesale market stall"),
    "garments": tr_noop("Garment workshop"),
    "plastics": tr_noop("Plastic products"),
    "food_processing": tr_noop("Food processing"),
    "building_materials": tr_noop("Building materials"),
    "logistics": tr_noop("Logistics"),
    "farming": tr_noop("Farming"),
    "export_manufacturing": tr_noop("Export manufacturing"),
    "repair_services": tr_noop("Repair services"),
    "dyeing": tr_noop("Dyeing and finishing"),
}


def industry_label(industry_id: str, names: Mapping[str, str] | None = None) -> str:
    """Display name of an industry id; the id itself when unknown."""
    if names and industry_id in names:
        return names[industry_id]
    source = INDUSTRIES.get(industry_id)
    if source is None:
        return industry_id
    return QCoreApplication.translate(CONTEXT, source)


def industries_in_label_order(names: Mapping[str, str] | None = None) -> list[str]:
    """The industry ids in the order of their labels as shown (拼音 order in
    Chinese; ``domain.collation``): the case list sorts its 行业 column by them."""
    from domain.collation import sort_key

    ids = set(INDUSTRIES) | set(names or {})
    return sorted(ids, key=lambda i: (sort_key(industry_label(i, names)), i))
