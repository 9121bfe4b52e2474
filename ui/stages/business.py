"""产品: what is sold, to whom, equipment, seasons, staff and contracts."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from domain.case import ContractPresented, Counterparty, Equipment, Product, Seal, StaffMember
from domain.enums import SealParty, Season
from domain.workflow import SEASONAL
from ui.stages.base import StagePage, tr
from ui.stages.fields import FieldCheck, FieldCombo, FieldLineEdit, FieldTextEdit
from ui.stages.statement_extras import add_observation
from ui.stages.tables import Column, ListTable


def _parties() -> list[Column]:
    return [
        Column("name", tr("Name")),
        Column("share", tr("Share"), "percent"),
        Column("terms", tr("Terms")),
        Column("years", tr("Years"), "int"),
        Column("phone", tr("Phone")),
    ]


class BusinessPage(StagePage):
    def build(self) -> None:
        c = self.ctx
        form = self.section(tr("Business"))
        self.add(form, "business/description", FieldTextEdit(c, "business/description"))
        form.addRow(
            self.label("business/products"),
            ListTable(
                c,
                "business/products",
                [
                    Column("name", tr("Product")),
                    Column("share_of_sales", tr("Share of sales"), "percent"),
                    Column("unit", tr("Unit")),
                    Column("unit_price", tr("Unit price"), "money"),
                    Column("gross_margin", tr("Gross margin"), "percent"),
                ],
                Product,
            ),
        )
        parties = self.section(tr("Suppliers and customers"))
        parties.addRow(
            self.label("business/suppliers"),
            ListTable(c, "business/suppliers", _parties(), Counterparty),
        )
        parties.addRow(
            self.label("business/customers"),
            ListTable(c, "business/customers", _parties(), Counterparty),
        )
        eq = self.section(tr("Equipment and capacity"))
        eq.addRow(
            self.label("business/equipment"),
            ListTable(
                c,
                "business/equipment",
                [
                    Column("name", tr("Machine")),
                    Column("quantity", tr("Quantity"), "int"),
                    Column("capacity_per_month", tr("Capacity per month"), "quantity"),
                    Column("running_observed", tr("Running when seen"), "int"),
                ],
                Equipment,
            ),
        )
        self.add(eq, "business/capacity_notes", FieldTextEdit(c, "business/capacity_notes"))
        seasons = self.section(self.label("business/season_of_month", tr("Season of each month")))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for m in range(1, 13):
            combo = FieldCombo(c, f"business/season_of_month/{m}", list(Season), optional=True)
            grid.addWidget(
                QLabel(tr("Month {m}").replace("{m}", str(m))), (m - 1) // 6 * 2, (m - 1) % 6
            )
            grid.addWidget(combo, (m - 1) // 6 * 2 + 1, (m - 1) % 6)
        seasons.addRow(grid_host)
        add_observation(self)
        own = self.section(tr("The business's own figures (before industry norms)"))
        for path, kind in (
            ("business/cash_share", "percent"),
            ("business/stock_days", "quantity"),
            ("business/export_share", "percent"),
        ):
            self.add(own, path, FieldLineEdit(c, path, kind))
        premises = self.section(tr("Premises"))
        premises.addRow(
            FieldCheck(c, "business/premises/owned", tr("The premises are the business's own"))
        )
        premises.addRow(
            tr("Monthly rent"), FieldLineEdit(c, "business/premises/monthly_rent", "money")
        )
        self.add(
            premises, "business/premises/landlord", FieldLineEdit(c, "business/premises/landlord")
        )
        self.add(
            premises,
            "business/premises/landlord_uscc",
            FieldLineEdit(c, "business/premises/landlord_uscc", "uscc"),
        )
        staff = self.section(tr("Staff"))
        for path, kind in (
            ("business/staff_claimed", "int"),
            ("business/staff_family", "int"),
            ("business/staff_seasonal", "int"),
            ("business/staff_social_insurance", "int"),
            ("business/staff_observed", "int"),
            ("business/payroll_monthly", "money"),
        ):
            self.add(staff, path, FieldLineEdit(c, path, kind))
        staff.addRow(
            self.label("business/staff_list"),
            ListTable(
                c,
                "business/staff_list",
                [
                    Column("name", tr("Name")),
                    Column("phone", tr("Mobile"), "mobile"),
                    Column("role", tr("Role")),
                ],
                StaffMember,
            ),
        )
        contracts = self.section(self.label("contracts"))
        contracts.addRow(
            ListTable(
                c,
                "contracts",
                [
                    Column("counterparty", tr("Counterparty")),
                    Column("item", tr("Item")),
                    Column("amount", tr("Amount"), "money"),
                    Column("signed_on", tr("Signed on"), "past_date"),
                    Column("delivery_by", tr("Delivery by"), "date"),
                ],
                ContractPresented,
            )
        )
        seals = self.section(self.label("seals"))
        seals.addRow(
            ListTable(
                c,
                "seals",
                [
                    Column("party", tr("Whose seal"), choices=list(SealParty)),
                    Column("name", tr("Name on the seal")),
                    Column("code", tr("Code on the seal")),
                    Column("registered_name", tr("Registered name of that party")),
                    Column("registered_code", tr("Registered code of that party")),
                    Column("document", tr("Document")),
                ],
                Seal,
            )
        )
        self.seasonal_when = SEASONAL
