"""Imports every category module so that its rules register (one per category)."""

from __future__ import annotations

from domain.fraud import (  # noqa: F401
    blacklist,
    business,
    contract,
    employee,
    income,
    inventory,
    operations,
    patent,
    purpose,
    seal,
    site,
    wealth,
)
