"""Inputs of the statement checks that are not statements themselves.

Tax records (S3, sales from VAT) and the equity bridge (DOMAIN.md §4.2) sit on
the 自编报表 page under the balance sheet; observed figures (眼见为实, S8) sit
on the 产品 page. Each returns nothing and only adds rows to the page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from domain.enums import TaxpayerType
from ui.stages.base import StagePage, tr
from ui.stages.fields import FieldCombo, FieldLineEdit, FieldTextEdit, ProvenanceCombo


def add_observation(page: StagePage) -> None:
    c, o = page.ctx, "business/observation/"
    form = page.section(tr("Observed on site (眼见为实)"))
    form.addRow(tr("Customers per day"), FieldLineEdit(c, o + "customers_per_day", "quantity"))
    form.addRow(tr("Average ticket"), FieldLineEdit(c, o + "average_ticket", "money"))
    form.addRow(tr("Days open per year"), FieldLineEdit(c, o + "days_open_per_year", "int"))
    form.addRow(tr("Machines running"), FieldLineEdit(c, o + "machines_running", "int"))
    form.addRow(tr("What the officer saw"), FieldTextEdit(c, o + "notes"))


def add_tax(page: StagePage) -> None:
    c, t = page.ctx, "tax/"
    form = page.section(tr("Tax records"))
    form.addRow(tr("Taxpayer type"), FieldCombo(c, t + "taxpayer_type", list(TaxpayerType)))
    form.addRow(tr("Months covered"), FieldLineEdit(c, t + "months", "int"))
    form.addRow(tr("Output VAT (general taxpayer)"), FieldLineEdit(c, t + "output_vat", "money"))
    form.addRow(tr("VAT rate"), FieldLineEdit(c, t + "vat_rate", "percent", placeholder="13%"))
    form.addRow(tr("VAT paid (small-scale)"), FieldLineEdit(c, t + "vat_paid", "money"))
    form.addRow(tr("Levy rate"), FieldLineEdit(c, t + "levy_rate", "percent", placeholder="1%"))


def _figure(page: StagePage, path: str) -> QWidget:
    row = QWidget()
    h = QHBoxLayout(row)
    h.setContentsMargins(0, 0, 0, 0)
    h.addWidget(FieldLineEdit(page.ctx, path + "/value", "money"), 3)
    h.addWidget(ProvenanceCombo(page.ctx, path), 1)
    return row


def add_equity_bridge(page: StagePage) -> None:
    c, e = page.ctx, "equity/"
    form = page.section(tr("Equity bridge (权益检验)"))
    form.addRow(tr("Equity at start"), _figure(page, e + "equity_start"))
    form.addRow(tr("Start date"), FieldLineEdit(c, e + "start_date", "past_date"))
    form.addRow(tr("Months in the period"), FieldLineEdit(c, e + "period_months", "int"))
    form.addRow(tr("Capital injected"), _figure(page, e + "capital_injected"))
    form.addRow(tr("Withdrawals"), _figure(page, e + "withdrawals"))
    form.addRow(tr("Depreciation"), _figure(page, e + "depreciation"))
    form.addRow(tr("Revaluation"), _figure(page, e + "revaluation"))
