"""The one-screen summary that opens the 结论 stage (docs/DOMAIN.md, "The
conclusion's summary"): key verified figures, the checks by light, the fraud
flags by category, the suggested decision. Filled from
:func:`domain.conclusion_summary.summarise`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from domain.conclusion_summary import LIGHT_ORDER, Summary
from domain.enums import ProposalCondition, Severity
from ui.spreading_view import LIGHT_COLOURS, FiguresBox
from ui.stages.fields import tr_label, tr_msg, words_list

_SEVERITY = ((Severity.RED, "#c62828"), (Severity.AMBER, "#b07800"), (Severity.INFO, "#607d8b"))


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class SummaryBox(QGroupBox):
    """What the investigation found; hidden until the case is assessed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the investigation found"))
        self.setObjectName("conclusion_summary")
        self.figures = FiguresBox(self.tr("Key verified figures"), self)
        self.lights = _rich("")
        self.lights.setObjectName("summary_lights")
        self.flags = _rich("")
        self.flags.setObjectName("summary_flags")
        self.decision = _rich("")
        self.decision.setObjectName("summary_decision")
        self.decision.setStyleSheet(
            "background:#f3f6fa;border:1px solid #d5dde8;padding:6px;color:#223;"
        )
        grid = QGridLayout(self)
        grid.addWidget(self.figures, 0, 0, 2, 1)
        grid.addWidget(self.lights, 0, 1)
        grid.addWidget(self.flags, 1, 1)
        grid.addWidget(self.decision, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setVisible(False)

    def set_summary(self, summary: Summary | None) -> None:
        self.setVisible(summary is not None)
        if summary is None:
            return
        self.figures.set_figures(summary.figures)
        counts = " · ".join(
            f"<span style='color:{LIGHT_COLOURS[str(light)]}'>● {escape(tr_label(light))} "
            f"{summary.lights[light]}</span>"
            for light in LIGHT_ORDER
        )
        title = self.tr("Checks by light")  # not inside the f-string: lupdate reads calls only
        lights = f"<b>{escape(title)}</b><br>{counts}"
        if summary.attention:
            names = words_list([tr_msg(n) for n in summary.attention])
            lights += "<br>" + escape(self.tr("To look at: {checks}").replace("{checks}", names))
        self.lights.setText(lights)
        self.flags.setText(self._flags_html(summary))
        self.decision.setText(self._decision_html(summary))

    def _flags_html(self, summary: Summary) -> str:
        title = self.tr("Fraud flags by category")
        head = f"<b>{escape(title)}</b>"
        if not summary.flags:
            none = self.tr("No fraud flags.")
            return f"{head}<br>{escape(none)}"
        rows = []
        for c in summary.flags:
            cells = [escape(tr_label(c.category))]
            for (_severity, colour), n in zip(_SEVERITY, (c.red, c.amber, c.info), strict=True):
                cells.append(f"<span style='color:{colour}'>● {n}</span>" if n else "")
            cells.append(escape(self.tr("{n} pending").replace("{n}", str(c.pending))))
            rows.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        heads = [self.tr("Category"), *(tr_label(n) for n, _ in _SEVERITY), self.tr("Decision")]
        header = "<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in heads) + "</tr>"
        return f"{head}<table cellpadding='2'>{header}{''.join(rows)}</table>"

    def _decision_html(self, summary: Summary) -> str:
        s = summary.suggestion
        if s is None:
            return escape(self.tr("No suggested decision: the rule pack has no thresholds."))
        title = self.tr("Suggested decision")
        text = f"<b>{escape(title)}: {escape(tr_label(s.decision))}</b>"
        reasons = "".join(f"<li>{escape(tr_msg(r))}</li>" for r in s.reasons)
        if reasons:
            text += f"<ul style='margin:0'>{reasons}</ul>"
        if s.conditions:
            shown = words_list([tr_label(ProposalCondition(c)) for c in s.conditions])
            text += escape(self.tr("Conditions: {conditions}").replace("{conditions}", shown))
        return text
