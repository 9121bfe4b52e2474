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


def _money(value: Any) -> str:
    return format_amount(value)  # ¥ and thousands, as in the portfolio list


#: The colour of each light and severity on the page (as in the officer's flags panel).
LIGHT_COLOURS = {
    "green": "#1b8a3a",
    "amber": "#d98a00",
    "red": "#c62828",
    "missing": "#8a94a0",
    "info": "#3b6ea8",
}

_TABLE = (
    "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
    "style='border-collapse:collapse;border-color:#d5dde8'>"
)


def light_html(value: Any) -> str:
    """A coloured dot and the light's name (never the stored id, never "[绿灯]")."""
    colour = LIGHT_COLOURS.get(str(value), "#8a94a0")
    return (
        f"<span style='color:{colour};font-size:large'>●</span>&nbsp;"
        f"<span style='color:{colour}'>{html.escape(tr_label(value))}</span>"
    )


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table: headers escaped here, cells already HTML. Cells wrap
    (a name is never cut: it breaks onto a second line at worst)."""
    head = "".join(f"<th align='left' bgcolor='#eef2f7'>{html.escape(h)}</th>" for h in headers)
    body = (
        "".join("<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in r) + "</tr>" for r in rows)
        or f"<tr><td colspan='{len(headers)}'>—</td></tr>"
    )  # an empty table says so
    return f"{_TABLE}<tr>{head}</tr>{body}</table>"


def _facts(pairs: list[tuple[str, str]]) -> str:
    """Label and value pairs as a two-column table (values already escaped)."""
    rows = "".join(
        f"<tr><td bgcolor='#f3f6fa' width='22%'>{html.escape(_tr(k))}</td><td>{v}</td></tr>"
        for k, v in pairs
    )
    return f"{_TABLE}{rows}</table>"


def case_html(detail: Any, assessment: Any | None) -> str:
    """The page shown for one case: tables, lights as coloured dots, every value escaped."""
    case = detail.case
    e = html.escape
    parts = [f"<h2>{e(case.number)} — {e(case.display_name)}</h2>"]
    p = case.proposal
    recommendation = tr_label(p.recommendation) if p.recommendation else ""
    proposal = f"{recommendation} {_money(p.amount)}".strip()
    parts.append(
        _facts(
            [
                ("Branch", e(case.branch)),
                ("Officer", f"<span style='white-space:nowrap'>{e(case.officer.name)}</span>"),
                ("Status", e(tr_label(case.status))),
                ("Version", e(str(case.version))),
                ("Industry", e(industry_label(case.business.industry))),
                ("Amount", e(_money(case.loan.amount))),
                ("Term (months)", e(str(case.loan.term_months or ""))),
                ("Proposal", e(proposal) + (f"<br>{e(p.opinion)}" if p.opinion else "")),
            ]
        )
    )
    if assessment is not None:
        parts.append(
            f"<h3>{e(_tr('Assessment'))} ({e(assessment.rule_pack_id)} "
            f"{e(assessment.rule_pack_version)})</h3>"
        )
        parts.append(
            _table(
                [
                    QCoreApplication.translate("CaseView", "Light"),
                    QCoreApplication.translate("CaseView", "Check"),
                    QCoreApplication.translate("CaseView", "Arithmetic"),
                ],
                [
                    [
                        f"<span style='white-space:nowrap'>{light_html(c.light)}</span>",
                        e(c.name.render(_translate)),
                        e(c.arithmetic_text(_translate)),
                    ]
                    for c in assessment.checks
                ],
            )
        )
        parts.append(f"<h3>{e(_tr('Flags'))}</h3>")
        parts.append(
            _table(
                [
                    QCoreApplication.translate("CaseView", "Severity"),
                    QCoreApplication.translate("CaseView", "Rule"),
                    QCoreApplication.translate("CaseView", "What was found"),
                ],
                [
                    [
                        f"<span style='white-space:nowrap'>{light_html(f.severity)}</span>",
                        e(_rendered(rule_title(f.rule))),
                        e(f.message.render(_translate)),
                    ]
                    for f in assessment.flags
                ],
            )
        )
    parts.append(f"<h3>{e(_tr('Matches in other officers’ cases'))}</h3>")
    parts.append(
        _table(
            [
                QCoreApplication.translate("CaseView", "What matches"),
                QCoreApplication.translate("CaseView", "Value"),
                QCoreApplication.translate("CaseView", "Other case"),
                _tr("Branch"),
                _tr("Officer"),
            ],
            [
                [
                    e(_match_kind(m.kind)),
                    e(m.value),
                    f"<span style='white-space:nowrap'>{e(m.other_number)}</span>",
                    e(m.other_branch),
                    f"<span style='white-space:nowrap'>{e(m.other_officer)}</span>",
                ]
                for m in detail.matches
            ],
        )
    )
    parts.append(f"<h3>{e(_tr('Head-office decisions'))}</h3>")
    parts.append(
        _table(
            [
                QCoreApplication.translate("CaseView", "When"),
                QCoreApplication.translate("CaseView", "Reviewer"),
                QCoreApplication.translate("CaseView", "Decision"),
                QCoreApplication.translate("CaseView", "Comment and questions"),
            ],
            [
                [
                    f"<span style='white-space:nowrap'>{e(format_datetime(r.at))}</span>",
                    f"<span style='white-space:nowrap'>{e(r.reviewer)}</span>",
                    e(tr_label(r.decision)),
                    e(" ".join([r.comment, "; ".join(r.questions)]).strip()),
                ]
                for r in detail.reviews
            ],
        )
    )
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
    parts.append(f"<h3>{e(_tr('History'))}</h3>")
    parts.append(
        _table(
            [
                QCoreApplication.translate("CaseView", "When"),
                QCoreApplication.translate("CaseView", "Who"),
                QCoreApplication.translate("CaseView", "What"),
                QCoreApplication.translate("CaseView", "Field"),
                QCoreApplication.translate("CaseView", "Reason"),
            ],
            [
                [
                    f"<span style='white-space:nowrap'>{e(format_datetime(h.at))}</span>",
                    f"<span style='white-space:nowrap'>{e(h.actor)}</span>",
                    e(audit_action_text(h.action)),
                    e(field_text(h.field) if h.field else ""),
                    e(stored_text(h.reason)),
                ]
                for h in detail.history
            ],
        )
    )
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
