"""交叉检验: the checks of the assessment and, beside them, its fraud flags.

The editor hands the page its ``assess`` function (``set_assess``) and, when
it knows the officer and the checklists, a :class:`ui.flags_panel.FlagsPanel`
(``attach_flags``). Both panels show the same assessment: each recompute of
the checks refreshes the flags.

The flags panel works on a shadow of the case (its own copies of
``dispositions`` and ``checklist``); each decision is copied back to the case
as one undoable edit through :class:`ui.undo.EditContext`, so it is autosaved
and audited like any typed field, and undo brings the panel back with it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from domain.case import Case, ParameterOverride
from domain.enums import FraudCategory, Parameter
from domain.field_labels import parameter_label
from domain.fraud.settings import ChecklistItem
from ui.stages.base import StagePage, tr, tr_domain
from ui.stages.fields import tr_msg
from ui.stages.tables import Column, ListTable
from ui.verification_panel import AssessFn, VerificationPanel

if TYPE_CHECKING:  # ui.flags_panel imports ui.stages.fields, hence ui.stages
    from ui.flags_panel import FlagsPanel

_DECISION_PATHS = ("dispositions", "checklist")
_PARAMETERS = ("margin", "cash_share", "unit_price", "usage_per_unit", "stock_days", "export_share")


def parameters_text(parameters: Any) -> str:
    """One line per parameter of the estimates: its value and where it comes
    from (the officer, the case's own figures, the industry norm)."""
    if parameters is None:
        return tr("The parameters show once the checks are computed.")
    lines = []
    for name in _PARAMETERS:
        param = getattr(parameters, name, None)
        if param is None:
            continue
        value = param.value
        shown = (
            f"{(value * 100).normalize():f}%"
            if name in ("margin", "cash_share", "export_share")
            else f"{value.normalize():f}"
        )
        if name == "unit_price":
            shown = "¥" + shown
        lines.append(
            tr("{name}: {value} ({source})")
            .replace("{name}", tr_domain(parameter_label(name)))
            .replace("{value}", shown)
            .replace("{source}", tr_msg(param.source_text))
        )
    return "\n".join(lines)


class VerificationPage(StagePage):
    def build(self) -> None:
        form = self.section(tr("Checks"))
        self.panel = VerificationPanel(lambda: self.ctx.case)
        form.addRow(self.panel)
        params = self.section(tr("Parameters of the sales estimates"))
        self.parameters = QLabel(tr("The parameters show once the checks are computed."))
        self.parameters.setObjectName("parameters")
        self.parameters.setWordWrap(True)
        self.parameters.setTextFormat(Qt.TextFormat.PlainText)
        params.addRow(self.parameters)
        params.addRow(
            self.label("proposal/parameter_overrides"),
            ListTable(
                self.ctx,
                "proposal/parameter_overrides",
                [
                    Column("parameter", tr("Parameter"), choices=list(Parameter)),
                    Column("value", tr("Value (shares as fractions, e.g. 0.25)"), "decimal"),
                    Column("reason", tr("Reason")),
                ],
                ParameterOverride,
            ),
        )
        self.flags_form = self.section(tr("Fraud flags"))
        self.show_flags_button = QPushButton(tr("Show the fraud flags"))
        self.show_flags_button.setObjectName("show_flags")
        self.flags_panel: FlagsPanel | None = None
        self.flags: list[Any] = []
        self._assess: AssessFn | None = None
        self._recording = False
        self.ctx.changed.connect(self._on_changed)

    def set_assess(self, assess: AssessFn | None) -> None:
        self._assess = assess
        self.panel.set_assess(self._assess_and_keep if assess is not None else None)

    def attach_flags(
        self,
        *,
        officer: str,
        now: Callable[[], datetime],
        checklist: Mapping[FraudCategory, Sequence[ChecklistItem]] | None = None,
    ) -> FlagsPanel:
        from ui.flags_panel import FlagsPanel

        self.flags_panel = FlagsPanel(
            self.flags, self._shadow(), self._record, officer=officer, now=now, checklist=checklist
        )
        self.flags_panel.setObjectName("flags_panel")
        # the panel lives in the editor's dock, at hand from every stage
        # (ui/flags_dock.py); this stage offers the way to it
        hint = QLabel(
            tr("The fraud flags open beside every stage: the button below, or Ctrl+Shift+F.")
        )
        hint.setWordWrap(True)
        self.flags_form.addRow(hint)
        self.flags_form.addRow(self.show_flags_button)
        return self.flags_panel

    def on_shown(self) -> None:
        self.panel.refresh()

    # -- internals ---------------------------------------------------------
    def _assess_and_keep(self, case: Case) -> Any:
        assert self._assess is not None
        result = self._assess(case)
        self.parameters.setText(parameters_text(getattr(result, "parameters", None)))
        flags = list(getattr(result, "flags", None) or [])
        # Autosave re-assesses often; refill the panel only when the flags change.
        if flags != self.flags or not flags:
            self.flags = flags
            if self.flags_panel is not None:
                self.flags_panel.set_flags(self.flags)
        return result

    def _shadow(self) -> Case:
        shadow = copy.copy(self.ctx.case)
        shadow.dispositions = copy.deepcopy(self.ctx.case.dispositions)
        shadow.checklist = copy.deepcopy(self.ctx.case.checklist)
        return shadow

    def _record(self, shadow: Case) -> None:
        """The panel changed its shadow: copy the decisions to the case, one undo step."""
        self._recording = True
        try:
            self.ctx.stack.beginMacro(tr("Fraud flag decision"))
            for path in _DECISION_PATHS:
                self.ctx.edit(path, getattr(shadow, path), tr("Fraud flag decision"), merge=False)
            self.ctx.stack.endMacro()
        finally:
            self._recording = False

    def _on_changed(self, path: str) -> None:
        if self._recording or self.flags_panel is None:
            return
        if path in (*_DECISION_PATHS, ""):
            self.flags_panel.set_case(self._shadow())
