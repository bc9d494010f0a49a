"""Widgets: layout and painting; behaviour lives in the session and main window."""
