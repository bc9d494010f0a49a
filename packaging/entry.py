"""Entry point of the PyInstaller build: the ``annotator`` command plus a self-check.

``annotator --self-check [PROJECT]`` is handled here, before the command line
reaches click, because it exists only to test a packaged build (can the
frozen app load Qt's plugins, the bundled schema and seeds, and open a
project?) and is no concern of the installed command's ``--help``.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if argv[:1] == ["--self-check"]:
        from annotator.ui.app import self_check

        return self_check(argv[1] if len(argv) > 1 else None)
    from annotator.cli import main as cli_main

    # click reads sys.argv itself; "annotator" as the program name keeps --help and
    # error messages the same as the pip-installed command's.
    return int(cli_main(args=argv, prog_name="annotator") or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
