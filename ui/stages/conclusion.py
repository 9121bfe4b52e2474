"""结论: recommendation, amount, term, rate, repayment, conditions, opinion."""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel

from domain.conclusion_summary import summarise
from domain.enums import ProposalCondition, Recommendation, RepaymentType, RiskClass
from domain.i18n import Message, tr_noop
from domain.money import format_money
from ui.locale_format import format_datetime
from ui.stages.base import StagePage, tr
from ui.stages.conclusion_summary import SummaryBox
from ui.stages.fields import FieldCombo, FieldLineEdit, FieldTextEdit, tr_label, tr_msg, words_list
from ui.undo import EditContext

#: The tick-box conditions (their labels are those of the memo and the history).
CONDITIONS: tuple[ProposalCondition, ...] = tuple(ProposalCondition)


def suggestion_text(suggestion: Any) -> str:
    """The suggested decision, its reasons one a line and its conditions."""
    if suggestion is None:
        return tr("No suggestion: the rule pack has no decision thresholds.")
    lines = [tr_label(suggestion.decision)]
    lines += [f"· {tr_msg(r)}" for r in suggestion.reasons]
    if suggestion.conditions:
        shown = words_list([tr_label(ProposalCondition(c)) for c in suggestion.conditions])
        lines.append(tr("Conditions: {conditions}").replace("{conditions}", shown))
    return "\n".join(lines)


def risk_label(value: RiskClass) -> str:
    # enums.label("normal") is the season's label; the loan class needs its own.
    if value == RiskClass.NORMAL:
        return tr("Normal (risk class)")
    return tr_label(value)


class ConclusionPage(StagePage):
    def build(self) -> None:
        c = self.ctx
        P = "proposal/"
        form = self.section(tr("Proposal"))
        # the assessment's suggestion beside the officer's own recommendation
        self.suggestion = QLabel(tr("No suggestion yet: the checks have not been computed."))
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setStyleSheet(
            "background:#f3f6fa;border:1px solid #d5dde8;padding:6px;color:#223;"
        )
        form.addRow(tr("Suggested by the assessment"), self.suggestion)
        self.add(
            form,
            P + "recommendation",
            FieldCombo(c, P + "recommendation", list(Recommendation), optional=True),
        )
        self.amount = FieldLineEdit(c, P + "amount", "money", check=self._amount_check)
        self.add(form, P + "amount", self.amount)
        c.changed.connect(lambda path: self.amount.revalidate() if path == "loan/amount" else None)
        self.add(form, P + "term_months", FieldLineEdit(c, P + "term_months", "int"))
        self.add(
            form,
            P + "annual_rate",
            FieldLineEdit(c, P + "annual_rate", "percent", placeholder="5.2%"),
        )
        self.add(
            form, P + "repayment_type", FieldCombo(c, P + "repayment_type", list(RepaymentType))
        )
        self.add(
            form,
            P + "principal_months",
            FieldLineEdit(c, P + "principal_months", "months", placeholder=tr("e.g. 1, 7")),
        )
        form.addRow(
            tr("Risk class"),
            FieldCombo(c, P + "risk_class", list(RiskClass), labels=risk_label),
        )
        self.condition_boxes: dict[str, QCheckBox] = {}
        for cond in CONDITIONS:
            cond_id = cond.value
            box = QCheckBox(tr_label(cond))
            box.setObjectName(f"condition_{cond_id}")
            box.clicked.connect(lambda checked, k=cond_id: self._toggle(k, bool(checked)))
            self.condition_boxes[cond_id] = box
            form.addRow(self.label(P + "conditions") if cond == CONDITIONS[0] else "", box)
        self.add(form, P + "opinion", FieldTextEdit(c, P + "opinion"))
        self.justification_warning = QLabel()
        self.justification_warning.setObjectName("justification_warning")
        self.justification_warning.setWordWrap(True)
        self.justification_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.justification_warning.setStyleSheet("color: #b00020;")
        self.justification_warning.hide()
        form.addRow("", self.justification_warning)
        self.add(form, P + "justification", FieldTextEdit(c, P + "justification"))
        self._assess: Callable[[], Any] | None = None
        c.changed.connect(self._load_conditions)
        c.changed.connect(self._on_proposal_changed)
        self._load_conditions("proposal/conditions")
        self.questions = QuestionsBox(c)
        self.body.insertWidget(1, self.questions)  # under the heading: what head office asks
        self.summary = SummaryBox()  # above it all: what the investigation found
        self.body.insertWidget(1, self.summary)

    # -- the suggestion ----------------------------------------------------
    def set_assess(self, assess: Callable[[], Any] | None) -> None:
        """``assess()`` gives the current assessment of the case (the editor's)."""
        self._assess = assess
        self.refresh_suggestion()

    def on_shown(self) -> None:
        self.refresh_suggestion()

    def _on_proposal_changed(self, path: str) -> None:
        if path.startswith("proposal") or path in ("", "dispositions"):
            self.refresh_suggestion()

    def refresh_suggestion(self) -> None:
        if self._assess is None:
            return
        try:
            result = self._assess()
        except Exception:  # the engine must not take the editor down
            return
        self.suggestion.setText(suggestion_text(getattr(result, "suggestion", None)))
        self.summary.set_summary(
            summarise(self.case, result) if hasattr(result, "equity") else None
        )
        needed = list(getattr(result, "justification_needed", ()) or ())
        given = bool(self.case.proposal.justification.strip())
        self.justification_warning.setText(
            tr("Recommending approval over the following needs a written justification:")
            + "\n"
            + "\n".join(f"· {tr_msg(m)}" for m in needed)
        )
        self.justification_warning.setVisible(bool(needed) and not given)

    def _toggle(self, cond_id: str, checked: bool) -> None:
        conditions = copy.copy(self.case.proposal.conditions)
        if checked and cond_id not in conditions:
            conditions.append(cond_id)
        if not checked and cond_id in conditions:
            conditions.remove(cond_id)
        self.ctx.edit("proposal/conditions", conditions, tr("Conditions"), merge=False)

    def _load_conditions(self, path: str) -> None:
        if path in ("proposal/conditions", "proposal", ""):
            for cond_id, box in self.condition_boxes.items():
                box.setChecked(cond_id in self.case.proposal.conditions)

    def _amount_check(self, amount: Decimal) -> Message | None:
        """Proposing more than the applicant asked for is most likely a slip (a zero)."""
        requested = self.ctx.value("loan/amount")
        if isinstance(requested, Decimal) and amount > requested:
            return Message(
                tr_noop("More than the amount requested (¥{requested})."),
                {"requested": format_money(requested)},
            )
        return None


class QuestionsBox(QGroupBox):
    """Head office's questions on a returned case, each with the officer's
    answer (``questions/<i>/answer``); hidden while there are none."""

    def __init__(self, ctx: EditContext) -> None:
        super().__init__(tr("Head office's questions"))
        self.setObjectName("questions")
        self.setStyleSheet(
            "QGroupBox#questions{border:2px solid #c62828;border-radius:4px;"
            "margin-top:1.4em;padding-top:4px;}"
            "QGroupBox#questions::title{subcontrol-origin:margin;left:10px;"
            "padding:0 4px;color:#c62828;font-weight:bold;}"
        )
        self.ctx = ctx
        self.form = QFormLayout(self)
        self.answers: list[FieldTextEdit] = []
        ctx.changed.connect(self._on_changed)
        self.rebuild()

    def _on_changed(self, path: str) -> None:
        if path in ("questions", "") and len(self.ctx.case.questions) != len(self.answers):
            self.rebuild()
            return
        parts = path.split("/")
        if len(parts) == 3 and parts[0] == "questions" and parts[2] == "answer":
            self._date_answer(int(parts[1]))

    def _date_answer(self, index: int) -> None:
        """An answer is dated when it is first written, and undated when cleared
        (not an edit of its own: it follows the answer)."""
        q = self.ctx.case.questions[index]
        if q.answer.strip() and q.answered_at is None:
            self.ctx.apply(f"questions/{index}/answered_at", self.ctx.now())
        elif not q.answer.strip() and q.answered_at is not None:
            self.ctx.apply(f"questions/{index}/answered_at", None)

    def rebuild(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.answers = []
        for i, q in enumerate(self.ctx.case.questions):
            asked = format_datetime(q.asked_at) if q.asked_at else ""
            head = QLabel(
                tr("Question {n} from {who}, {when}:").format(n=i + 1, who=q.asked_by, when=asked)
            )
            head.setStyleSheet("color:#55606e;")
            text = QLabel(q.question)
            text.setWordWrap(True)
            text.setStyleSheet("font-weight:bold;")
            answer = FieldTextEdit(self.ctx, f"questions/{i}/answer", tr("Answer"))
            answer.setPlaceholderText(tr("Your answer to head office"))
            self.form.addRow(head)
            self.form.addRow(text)
            self.form.addRow(tr("Answer"), answer)
            self.answers.append(answer)
        self.setVisible(bool(self.answers))
