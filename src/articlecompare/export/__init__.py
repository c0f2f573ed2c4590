"""Comparison -> JSON / HTML / Markdown / CSV reports, written atomically. No Qt."""
