"""Annotations on changes: the document that holds them, their editor and context menu."""
