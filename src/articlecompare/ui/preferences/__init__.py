"""The settings store (one typed table over QSettings) and the preferences the toggles change."""
