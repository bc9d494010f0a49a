"""The one write path of the user interface (after Anki's ``aqt.operations``).

Every change a window makes to the project goes through ``Operations``: it is
written in its own transaction, pushed on an undo stack where the user would
expect undo, and announced as one ``changed(Changes)`` signal, which every
model and view that cares subscribes to itself. Nothing else in ``ui/`` calls
a store write (``tests/ui/operations/test_one_write_path.py`` and import-linter check it).
"""

from annotator.ui.operations.operations import Operations

__all__ = ["Operations"]
