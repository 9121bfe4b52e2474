"""人品: 两有一无, family, side inquiries and the credit report."""

from __future__ import annotations

from domain.case import CreditDebt, Inquiry
from ui.stages.base import StagePage, tr
from ui.stages.fields import FieldCheck, FieldLineEdit, FieldTextEdit
from ui.stages.tables import Column, ListTable


class CharacterPage(StagePage):
    def build(self) -> None:
        c = self.ctx
        form = self.section(tr("Two haves, one have-not (两有一无)"))
        for path in (
            "character/willing_to_work",
            "character/able_to_work",
            "character/no_bad_habits",
        ):
            form.addRow(FieldCheck(c, path, self.label(path)))
        self.add(form, "character/bad_habits", FieldLineEdit(c, "character/bad_habits"))
        self.add(form, "character/family_notes", FieldTextEdit(c, "character/family_notes"))
        side = self.section(self.label("character/inquiries"))
        side.addRow(
            ListTable(
                c,
                "character/inquiries",
                [
                    Column("who", tr("Who")),
                    Column("relation", tr("Relation")),
                    Column("said", tr("What they said")),
                    Column("on", tr("Date"), "past_date"),
                    Column("named_owner", tr("Whom they name as the owner")),
                ],
                Inquiry,
            )
        )
        cr = self.section(tr("Credit report (征信)"))
        cr.addRow(
            FieldCheck(
                c, "credit_report/consent_signed", self.label("credit_report/consent_signed")
            )
        )
        for path, kind in (
            ("credit_report/consent_date", "past_date"),
            ("credit_report/query_date", "past_date"),
            ("credit_report/overdues_24m", "int"),
            ("credit_report/inquiries_6m", "int"),
        ):
            self.add(cr, path, FieldLineEdit(c, path, kind), tr("Query date"))
        cr.addRow(
            self.label("credit_report/debts"),
            ListTable(
                c,
                "credit_report/debts",
                [
                    Column("lender", tr("Lender")),
                    Column("kind", tr("Kind")),
                    Column("balance", tr("Balance"), "money"),
                    Column("monthly_payment", tr("Monthly payment"), "money"),
                    Column("overdue", tr("Overdue"), "bool"),
                    Column("maturity", tr("Maturity"), "date"),
                ],
                CreditDebt,
            ),
        )
        self.add(cr, "credit_report/notes", FieldTextEdit(c, "credit_report/notes"))
