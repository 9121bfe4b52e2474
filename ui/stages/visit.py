"""下户调查: the applicant in brief, the visit log and the site photos."""

from __future__ import annotations

from datetime import datetime

from domain.enums import LoanPurpose
from domain.i18n import Message, tr_noop
from domain.invalid_values import as_aware
from ui.industries import INDUSTRIES, industry_label
from ui.stages.base import StagePage, tr
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
        self.add(
            form, "loan/amount", FieldLineEdit(c, "loan/amount", "money", placeholder="300,000.00")
        )
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
        self.add(
            log,
            V + "started_at",
            FieldLineEdit(c, V + "started_at", "datetime", placeholder="2026-11-27 09:30"),
        )
        self.ended = FieldLineEdit(
            c, V + "ended_at", "datetime", placeholder="2026-11-27 11:00", check=self._end_check
        )
        self.add(log, V + "ended_at", self.ended)
        c.changed.connect(
            lambda path: self.ended.revalidate() if path.startswith(V + "started_at") else None
        )
        self.add(log, V + "place", FieldLineEdit(c, V + "place"))
        self.add(
            log, V + "latitude", FieldLineEdit(c, V + "latitude", "decimal", placeholder="28.5750")
        )
        self.add(
            log,
            V + "longitude",
            FieldLineEdit(c, V + "longitude", "decimal", placeholder="121.3677"),
        )
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
