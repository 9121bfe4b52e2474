"""下户调查: the applicant in brief, the visit log and the site photos (with
the plot of where they were taken, :mod:`ui.site_plot`)."""

from __future__ import annotations

from datetime import datetime

from domain.enums import LoanPurpose
from domain.i18n import Message, tr_noop
from domain.invalid_values import as_aware
from ui.industries import INDUSTRIES, industry_label
from ui.stages.base import StagePage, tr
from ui.stages.datetime_field import FieldDateTime
from ui.stages.fields import FieldCheck, FieldCombo, FieldLineEdit, FieldTextEdit

V = "visits/0/"


class VisitPage(StagePage):
    photo_panel = None  # set by the editor (needs the store)

    def build(self) -> None:
        c = self.ctx
        form = self.section(tr("Applicant and request"))
        for path, kind in (
            ("applicant/registered_name", "text"),
            ("applicant/owner/name", "text"),
            ("applicant/owner/id_number", "id"),
            ("applicant/owner/phone", "mobile"),
        ):
            self.add(form, path, FieldLineEdit(c, path, kind, self.label(path)))
        self.add(
            form,
            "business/industry",
            FieldCombo(
                c, "business/industry", list(INDUSTRIES), optional=True, labels=industry_label
            ),
        )
        self.add(form, "business/exporter", FieldCheck(c, "business/exporter", tr("Exports goods")))
        self.add(form, "loan/amount", FieldLineEdit(c, "loan/amount", "money"))
        self.add(form, "loan/term_months", FieldLineEdit(c, "loan/term_months", "int"))
        self.add(form, "loan/purpose", FieldLineEdit(c, "loan/purpose", "text"))
        # what the loan pays for decides its need test (交叉检验)
        self.add(
            form,
            "loan/purpose_kind",
            FieldCombo(c, "loan/purpose_kind", list(LoanPurpose), optional=True),
        )
        self.add(form, "loan/purpose_cost", FieldLineEdit(c, "loan/purpose_cost", "money"))
        self.add(form, "loan/purpose_document", FieldLineEdit(c, "loan/purpose_document"))
        self.add(form, "loan/own_funds", FieldLineEdit(c, "loan/own_funds", "money"))
        self.add(form, "applicant/predecessor_name", FieldLineEdit(c, "applicant/predecessor_name"))
        self.add(
            form,
            "applicant/predecessor_registration_date",
            FieldLineEdit(c, "applicant/predecessor_registration_date", "past_date"),
        )

        log = self.section(tr("Visit log"))
        # Pickers with a calendar, showing now until a time is recorded; no
        # grey example values that could pass for data (docs/DOMAIN.md, "Site evidence").
        self.started = FieldDateTime(c, V + "started_at", self.label(V + "started_at"))
        self.add(log, V + "started_at", self.started)
        self.ended = FieldDateTime(
            c, V + "ended_at", self.label(V + "ended_at"), check=self._end_check
        )
        self.add(log, V + "ended_at", self.ended)
        c.changed.connect(
            lambda path: self.ended.revalidate() if path.startswith(V + "started_at") else None
        )
        self.add(log, V + "place", FieldLineEdit(c, V + "place"))
        for axis in ("latitude", "longitude"):  # decimal degrees, range-checked
            self.add(log, V + axis, FieldLineEdit(c, V + axis, axis, self.label(V + axis)))
        self.add(
            log,
            V + "officers",
            FieldLineEdit(
                c, V + "officers", "list", placeholder=tr("Two names, separated by commas")
            ),
        )
        self.add(log, V + "persons_met", FieldLineEdit(c, V + "persons_met", "list"))
        self.add(
            log,
            V + "unannounced",
            FieldCheck(c, V + "unannounced", tr("This was an unannounced visit")),
        )
        self.add(log, V + "notes", FieldTextEdit(c, V + "notes"))
        self.photos_form = self.section(self.label("attachments"))

    def _end_check(self, ended: datetime) -> Message | None:
        """A visit that ends before it starts is a typing slip (the date, AM/PM)."""
        started = self.ctx.value(V + "started_at")
        if isinstance(started, datetime) and as_aware(ended) < as_aware(started):
            return Message(
                tr_noop("The visit ends before it starts ({start})."),
                {"start": f"{started:%Y-%m-%d %H:%M}"},
            )
        return None
