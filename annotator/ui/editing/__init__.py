"""Editing the open document's labels: which one is selected and how it is shown
(``document_labels``), and what the user does to them (``label_edits``).

Both are controllers over the views the main window composes; they hold no
widgets of their own, so a test can drive them over bare views, without a window.
"""
