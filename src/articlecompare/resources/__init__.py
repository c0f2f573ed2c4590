"""Runtime package data: SVG icons and Qt style sheets."""
