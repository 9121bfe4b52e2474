"""The head-office process: open the portfolio window on a PostgreSQL database.

``python -m tests.bench.harness_portfolio URL`` does what ``main.py headoffice
gui --db URL`` does (connect, schema check, QApplication, translator, font,
style, ``PortfolioService``, ``PortfolioWindow`` — whose constructor fills the
first page of the table, the totals and both charts) and prints one JSON line
at the first paint with what the window shows: rows in the table, the case
count of the totals, the bars of each chart. The last line gives the peak RSS.
"""

from __future__ import annotations

import sys


def main() -> int:
    url = sys.argv[1]

    from datetime import date

    from cli.headoffice import connect_or_report
    from domain.assessment import assess_with_fraud
    from storage.headoffice.service import PortfolioService
    from storage.rulepack_files import load_rule_pack
    from tests.bench.paint import report_first_paint
    from ui.app import create_application, install_translator, register_font
    from ui.headoffice.window import PortfolioWindow
    from ui.style import apply_style

    engine, code = connect_or_report("gui", url)
    if engine is None:
        return int(code)
    app = create_application()
    install_translator(app, "zh_CN")
    register_font(app)
    apply_style(app)
    service = PortfolioService(engine)

    def assess(case: object) -> object:  # as main.run_headoffice_gui: used when a case opens
        return assess_with_fraud(case, load_rule_pack(), today=date.today())  # type: ignore[arg-type]

    window = PortfolioWindow(service, assess=assess)
    shown = {
        "rows": window.model.rowCount(),
        "total": window.model.total,
        "totals": window.totals.text(),
        "industry_bars": len(window.by_industry.bars),
        "light_bars": len(window.by_light.bars),
    }
    report_first_paint(window, shown)
    window.show()
    try:
        return int(app.exec())
    finally:
        service.close()


if __name__ == "__main__":
    sys.exit(main())
