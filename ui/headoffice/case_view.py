"""One case of the portfolio, read-only: the officer's memo content (borrower,
loan, proposal), the assessment and its flags, portfolio matches, head
office's decisions and the change history."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from domain.fraud.titles import rule_title
from domain.i18n import CONTEXT, Message
from ui.case_history_dialog import audit_action_text, field_text, stored_text
from ui.industries import industry_label
from ui.locale_format import format_amount, format_datetime
from ui.screen_fit import fit_to_screen
from ui.stages.fields import tr_label

#: Headings and labels of the page, marked for translation.
LABELS = {
    "Branch": QT_TRANSLATE_NOOP("CaseView", "Branch"),
    "Officer": QT_TRANSLATE_NOOP("CaseView", "Officer"),
    "Status": QT_TRANSLATE_NOOP("CaseView", "Status"),
    "Version": QT_TRANSLATE_NOOP("CaseView", "Version"),
    "Memo": QT_TRANSLATE_NOOP("CaseView", "Memo"),
    "Industry": QT_TRANSLATE_NOOP("CaseView", "Industry"),
    "Amount": QT_TRANSLATE_NOOP("CaseView", "Amount"),
    "Term (months)": QT_TRANSLATE_NOOP("CaseView", "Term (months)"),
    "Proposal": QT_TRANSLATE_NOOP("CaseView", "Proposal"),
    "Assessment": QT_TRANSLATE_NOOP("CaseView", "Assessment"),
    "Flags": QT_TRANSLATE_NOOP("CaseView", "Flags"),
    "Matches in other officers’ cases": QT_TRANSLATE_NOOP(
        "CaseView", "Matches in other officers’ cases"
    ),
    "Head-office decisions": QT_TRANSLATE_NOOP("CaseView", "Head-office decisions"),
    "History": QT_TRANSLATE_NOOP("CaseView", "History"),
    "Questions and answers": QT_TRANSLATE_NOOP("CaseView", "Questions and answers"),
    "Answer": QT_TRANSLATE_NOOP("CaseView", "Answer"),
    "not answered yet": QT_TRANSLATE_NOOP("CaseView", "not answered yet"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", LABELS[text])


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context or CONTEXT, text)


#: What two cases were found to share (storage.headoffice.portfolio.MATCH_KINDS).
MATCH_KINDS = {
    "id_number": QT_TRANSLATE_NOOP("CaseView", "ID number"),
    "phone": QT_TRANSLATE_NOOP("CaseView", "Phone"),
    "bank_account": QT_TRANSLATE_NOOP("CaseView", "Bank account"),
    "address": QT_TRANSLATE_NOOP("CaseView", "Address"),
    "uscc": QT_TRANSLATE_NOOP("CaseView", "Unified social credit code"),
    "name": QT_TRANSLATE_NOOP("CaseView", "Name"),
}


def _match_kind(kind: str) -> str:
    source = MATCH_KINDS.get(kind)
    return QCoreApplication.translate("CaseView", source) if source else kind


def _rendered(text: Message | str) -> str:
    return text.render(_translate) if isinstance(text, Message) else text


def _field(label: str, value: str) -> str:
    """``label: value``, escaped, with the colon of the reader's language (：in Chinese)."""
    text = QCoreApplication.translate("CaseView", "{label}: {value}")
    return html.escape(text.format(label=_tr(label), value=value))


def _money(value: Any) -> str:
    return format_amount(value)  # ¥ and thousands, as in the portfolio list


def case_html(detail: Any, assessment: Any | None) -> str:
    """The page shown for one case (plain HTML, every value escaped)."""
    case = detail.case
    e = html.escape
    parts = [f"<h2>{e(case.number)} — {e(case.display_name)}</h2>"]
    parts.append(
        "<p>"
        + " · ".join(
            [
                _field("Branch", case.branch),
                _field("Officer", case.officer.name),
                _field("Status", tr_label(case.status)),
                _field("Version", str(case.version)),
            ]
        )
        + "</p>"
    )
    parts.append(f"<h3>{e(_tr('Memo'))}</h3>")
    parts.append(
        "<p>"
        + " · ".join(
            [
                _field("Industry", industry_label(case.business.industry)),
                _field("Amount", _money(case.loan.amount)),
                _field("Term (months)", str(case.loan.term_months or "")),
            ]
        )
        + "</p>"
    )
    p = case.proposal
    recommendation = tr_label(p.recommendation) if p.recommendation else ""
    proposal = f"{recommendation} {_money(p.amount)}".strip()
    parts.append(f"<p>{_field('Proposal', proposal)}<br>{e(p.opinion)}</p>")
    if assessment is not None:
        parts.append(
            f"<h3>{e(_tr('Assessment'))} ({e(assessment.rule_pack_id)} "
            f"{e(assessment.rule_pack_version)})</h3><ul>"
        )
        for check in assessment.checks:
            parts.append(
                f"<li>[{e(tr_label(check.light))}] {e(check.name.render(_translate))}: "
                f"{e(check.arithmetic_text(_translate))}</li>"
            )
        parts.append(f"</ul><h3>{e(_tr('Flags'))}</h3><ul>")
        for flag in assessment.flags:
            parts.append(
                f"<li>[{e(tr_label(flag.severity))}] {e(_rendered(rule_title(flag.rule)))}: "
                f"{e(flag.message.render(_translate))}</li>"
            )
        parts.append("</ul>")
    parts.append(f"<h3>{e(_tr('Matches in other officers’ cases'))}</h3><ul>")
    for m in detail.matches:
        parts.append(
            f"<li>{e(_match_kind(m.kind))} {e(m.value)}: {e(m.other_number)} "
            f"({e(m.other_branch)}, {e(m.other_officer)})</li>"
        )
    parts.append(f"</ul><h3>{e(_tr('Head-office decisions'))}</h3><ul>")
    for r in detail.reviews:
        questions = "; ".join(r.questions)
        parts.append(
            f"<li>{e(format_datetime(r.at))} {e(r.reviewer)}: "
            f"{e(tr_label(r.decision))} "
            f"{e(r.comment)} {e(questions)}</li>"
        )
    parts.append("</ul>")
    if case.questions:  # the exchange with the officer: what was asked, what came back
        parts.append(f"<h3>{e(_tr('Questions and answers'))}</h3><ol>")
        for q in case.questions:
            answer = e(q.answer) if q.answer.strip() else f"<i>{e(_tr('not answered yet'))}</i>"
            asked = format_datetime(q.asked_at) if q.asked_at else ""
            answered = format_datetime(q.answered_at) if q.answered_at else ""
            parts.append(
                f"<li>{e(q.question)} <small>({e(q.asked_by)} {e(asked)})</small><br>"
                f"{e(_tr('Answer'))}: {answer} <small>{e(answered)}</small></li>"
            )
        parts.append("</ol>")
    parts.append(f"<h3>{e(_tr('History'))}</h3><ul>")
    for h in detail.history:
        parts.append(
            f"<li>{e(format_datetime(h.at))} {e(h.actor)} "
            f"{e(audit_action_text(h.action))} {e(field_text(h.field) if h.field else '')} "
            f"{e(stored_text(h.reason))}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class CaseViewDialog(QDialog):
    """Read-only: nothing here can change the case."""

    def __init__(
        self,
        detail: Any,
        assess: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(detail.case.number)
        fit_to_screen(self, 820, 700)
        assessment = assess(detail.case) if assess is not None else None
        self.browser = QTextBrowser(self)
        self.browser.setHtml(case_html(detail, assessment))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
