"""押品: collateral with spouse consent, guarantors with their own 两有一无."""

from __future__ import annotations

from domain.case import Collateral, Guarantor
from domain.enums import CollateralType
from ui.stages.base import StagePage, tr
from ui.stages.tables import Column, ListTable


class SecurityPage(StagePage):
    def build(self) -> None:
        c = self.ctx
        col = self.section(self.label("collateral"))
        col.addRow(
            ListTable(
                c,
                "collateral",
                [
                    Column("kind", tr("Type"), choices=list(CollateralType)),
                    Column("description", tr("Description")),
                    Column("owner", tr("Owner")),
                    Column("appraised_value", tr("Appraised value"), "money"),
                    Column("certificate_no", tr("Certificate no.")),
                    Column("spouse_consent_required", tr("Spouse consent needed"), "bool"),
                    Column("spouse_consent_obtained", tr("Spouse consent obtained"), "bool"),
                ],
                Collateral,
            )
        )
        gua = self.section(self.label("guarantors"))
        gua.addRow(
            ListTable(
                c,
                "guarantors",
                [
                    Column("name", tr("Name")),
                    Column("relation", tr("Relation")),
                    Column("willing_to_work", tr("Willing to work"), "bool"),
                    Column("able_to_work", tr("Able to work"), "bool"),
                    Column("no_bad_habits", tr("No bad habits"), "bool"),
                    Column("net_worth", tr("Net worth"), "money"),
                    Column("monthly_disposable_income", tr("Monthly disposable"), "money"),
                    Column("guaranteed_amount", tr("Guaranteed amount"), "money"),
                ],
                Guarantor,
            )
        )
