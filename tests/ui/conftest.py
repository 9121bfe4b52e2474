"""UI tests: each test starts from the same default QLocale.

``install_translator`` sets the default locale of the process (English or
Chinese); without this, one test's language would leak into the formatting
(dates, amounts) the next test sees.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def _restore_default_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)
