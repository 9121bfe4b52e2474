"""交叉检验: the verification panel inside a stage page."""

from __future__ import annotations

from ui.stages.base import StagePage, tr
from ui.verification_panel import AssessFn, VerificationPanel


class VerificationPage(StagePage):
    def build(self) -> None:
        form = self.section(tr("Checks"))
        self.panel = VerificationPanel(lambda: self.ctx.case)
        form.addRow(self.panel)

    def set_assess(self, assess: AssessFn | None) -> None:
        self.panel.set_assess(assess)

    def on_shown(self) -> None:
        self.panel.refresh()
