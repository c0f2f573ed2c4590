"""Guards against a binding regression that kills long sessions.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a method that
returns nothing (``QTextCursor.setPosition``, ``QSyntaxHighlighter.setFormat`` …); after a few
million calls None's count reaches zero and the interpreter aborts. The window makes such
calls by the million (every highlighted run of every block), so the suite checks the installed
binding directly, in a subprocess that is allowed to crash.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui  # the binding's own check, in a subprocess

CALLS = 2_000_000

PROBE = f"""
import sys
from PySide6.QtGui import QTextCursor, QTextDocument

document = QTextDocument()
document.setPlainText("abcdef")
cursor = QTextCursor(document)
set_position = cursor.setPosition
before = sys.getrefcount(None)
for _ in range({CALLS}):
    set_position(3)
after = sys.getrefcount(None)
print(before - after)
"""


@pytest.mark.slow
def test_void_methods_do_not_leak_references_to_none():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, f"the interpreter died ({result.returncode}): {result.stderr[-500:]}"
    lost = int(result.stdout.strip())
    # A healthy binding loses none (a few at most from unrelated churn); the broken one, one per call.
    assert lost < CALLS // 100, f"None lost {lost} references over {CALLS} calls"
