"""tools/screenshots.py: the README's screenshots come from the real windows
on a demo workspace, at the size asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_main_window_is_saved_at_the_size_asked_for(tmp_path: Path) -> None:
    # its own process: the tool installs a translator and a style in its QApplication
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(tmp_path)]
    done = subprocess.run(
        [*command, "--main-window", "zh_CN:1024x700"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    [written] = tmp_path.glob("*.png")
    assert written.name == "zh_CN-1024x700-main-window.png"
    image = QImage(str(written))
    assert (image.width(), image.height()) == (1024, 700)
    # not a blank grab: the case list is drawn (more than two colours along a row)
    assert len({image.pixel(x, 200) for x in range(0, 1024, 4)}) > 2
