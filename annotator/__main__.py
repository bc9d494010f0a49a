"""``python -m annotator``: same as the ``annotator`` command."""

from annotator.cli import main

main()
