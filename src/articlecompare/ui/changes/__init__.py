"""The change list dock, its model and filters, and the summary strip above the panes."""
