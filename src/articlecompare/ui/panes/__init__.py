"""The text panes: side by side or inline, their highlights, scroll sync, and drops onto them."""
