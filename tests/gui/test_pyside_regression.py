"""PySide6 6.12.0 aborts CPython 3.11 ("Fatal Python error: none_dealloc") after a few thousand
calls of a method that returns None; the project pins PySide6 < 6.12 on Python < 3.12. This test
makes 100,000 such calls in a subprocess, so that an abort fails the test instead of killing pytest."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
action = QAction("x")
for number in range(50_000):
    widget.setToolTip("tip %d" % (number % 7))
    action.setEnabled(number % 2 == 0)
print("done", sys.getrefcount(None) > 0)
"""


def test_100000_none_returning_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "done True"
