"""Test-wide settings: Qt runs offscreen, and nothing reads the real settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FCW_SETTINGS_ORG", "FCW-tests")
