"""Panes a window composes, each doing one thing: the document list, the status bar."""
