"""``headoffice pack --propose``: norms from the portfolio beside the current pack."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from cli.common import EXIT_OK


def _fmt(value: Decimal | None, places: str) -> str:
    return "-" if value is None else str(value.quantize(Decimal(places)))


def print_proposal(engine: Any) -> int:
    from storage.headoffice.proposals import propose_norms
    from storage.headoffice.rulepack_publish import latest_published, parse_pack
    from storage.rulepack_files import load_rule_pack

    latest = latest_published(engine)
    pack = parse_pack(latest[2]) if latest is not None else load_rule_pack()
    print(f"# current pack: {pack.id} {pack.version}; proposed = portfolio median")
    print(
        "industry\tcases\tmargin_band(current)\tmargin(proposed)"
        "\tstock_days_band(current)\tstock_days(proposed)"
        "\tusage_per_unit(current)\tusage_per_unit(proposed)"
    )
    for p in propose_norms(engine, pack):
        norm = pack.industry(p.industry)
        band = f"{norm.margin_low}-{norm.margin_high}" if norm else "-"
        days = f"{norm.stock_days_low}-{norm.stock_days_high}" if norm else "-"
        usage = str(norm.usage_per_unit) if norm else "-"
        print(
            f"{p.industry}\t{p.cases}\t{band}\t{_fmt(p.margin, '0.0001')}\t{days}"
            f"\t{_fmt(p.stock_days, '0.1')}\t{usage}\t{_fmt(p.usage_per_unit, '0.0001')}"
        )
    return EXIT_OK
