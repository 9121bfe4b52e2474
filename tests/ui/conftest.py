"""UI tests: each test starts from the same default QLocale.

``install_translator`` sets the default locale of the process (English or
Chinese); without this, one test's language would leak into the formatting
(dates, amounts) the next test sees. ``chinese``: the test runs with the
Chinese translator installed, removed afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.app import install_translator


@pytest.fixture(autouse=True)
def _restore_default_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
