"""How the window looks: light and dark palettes, style sheets, icons, and the kind colours."""
