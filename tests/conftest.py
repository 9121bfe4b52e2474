"""Test-wide settings: Qt runs offscreen, and nothing reads the real settings."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line's log (storage/logging_setup.py) never goes to the user's folder.
os.environ.setdefault("FCW_LOG_DIR", tempfile.mkdtemp(prefix="fcw-test-logs-"))
os.environ.setdefault("FCW_SETTINGS_ORG", "FCW-tests")
