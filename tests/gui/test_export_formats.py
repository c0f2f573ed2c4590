"""The window's Export dialog offers the one table of report formats."""
from __future__ import annotations


def test_the_export_dialog_offers_the_tables_formats() -> None:
    from articlecompare.export.report_formats import FORMATS, dialog_filter
    from articlecompare.ui.export.reportexport import export_filters, resolve_target
    assert export_filters().split(";;") == [dialog_filter(f.name) for f in FORMATS]
    for report in FORMATS:
        assert resolve_target("summary", dialog_filter(report.name)) == \
            ("summary" + report.suffixes[0], report.name)
