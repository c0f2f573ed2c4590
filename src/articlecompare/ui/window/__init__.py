"""The main window: it composes the parts below and wires them; its actions, menus and title."""
