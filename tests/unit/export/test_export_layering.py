"""Exports, sessions and autosave work without Qt: importing them never loads PySide6."""
from __future__ import annotations

import subprocess
import sys

MODULES = ["articlecompare.core.annotations", "articlecompare.core.session",
           "articlecompare.export.formats", "articlecompare.export.print_report",
           "articlecompare.export.session_file", "articlecompare.export.autosave"]


def test_export_modules_do_not_load_qt() -> None:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in MODULES)
            + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == "[]"


def test_report_stylesheets_ship_as_package_data() -> None:
    from articlecompare.export.html_report import report_css
    assert ".k-commentary" in report_css() and "@media print" in report_css()
    assert ".k-commentary" in report_css("print.css")
