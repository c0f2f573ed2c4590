"""sources stays below the window and the reports: loading imports neither Qt nor ui/export."""
from __future__ import annotations

import subprocess
import sys


def test_loading_a_page_imports_no_qt_ui_or_export():
    probe = (
        "import sys\n"
        "import articlecompare.sources as s\n"
        "s.load_html('<html><body><article><p>The council voted to close the library.</p></article></body></html>')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith(('articlecompare.ui', 'articlecompare.export', 'articlecompare.app'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
