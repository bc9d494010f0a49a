"""Install annotator's menu entry, icons and AppStream metadata for the current user.

    .venv/bin/python packaging/install_desktop.py [--exec PATH] [--uninstall]

(``make install-desktop``; ``make install-desktop EXEC=dist/annotator/annotator``
for the PyInstaller build.) Follows the XDG base directory spec: files go
under ``$XDG_DATA_HOME`` (default ``~/.local/share``), nothing needs root.

The menu entry runs the program by absolute path, because desktop sessions
often start without ``~/.local/bin`` or a virtualenv on their PATH; a
``~/.local/bin/annotator`` wrapper is added too when no ``annotator`` command
is on PATH, so a terminal gets the same program.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = "annotator.desktop"
METAINFO_FILE = "io.github.annotator.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
WRAPPER_MARK = "# written by annotator's packaging/install_desktop.py"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def bin_home() -> Path:
    return Path.home() / ".local" / "bin"


def default_executable() -> Path:
    """The ``annotator`` script of the Python running this (the project's .venv)."""
    return Path(sys.executable).parent / "annotator"


def installed_files(data: Path) -> dict[Path, Path]:
    """Source file -> where it goes under the data folder."""
    icons = RESOURCES / "icons"
    files = {
        RESOURCES / DESKTOP_FILE: data / "applications" / DESKTOP_FILE,
        RESOURCES / METAINFO_FILE: data / "metainfo" / METAINFO_FILE,
        icons / "annotator.svg": data / "icons/hicolor/scalable/apps/annotator.svg",
    }
    for size in ICON_SIZES:
        files[icons / f"annotator-{size}.png"] = (
            data / f"icons/hicolor/{size}x{size}/apps/annotator.png"
        )
    return files


def desktop_exec_argument(path: Path) -> str:
    """``path`` as one argument of a .desktop file's Exec key.

    The Desktop Entry spec quotes with double quotes only (not the shell's
    single quotes), escapes ``"`` `` ` `` ``$`` and ``\\`` inside them, doubles
    ``%``, and then applies the string escape (``\\`` -> ``\\\\``) to the whole value.
    """
    text = str(path).replace("%", "%%")
    if any(char in text for char in " \t\n\"'\\><~|&;$*?#()`"):
        escaped = "".join("\\" + char if char in '"`$\\' else char for char in text)
        text = f'"{escaped}"'
    return text.replace("\\", "\\\\")


def desktop_entry(executable: Path) -> str:
    """The .desktop file with Exec and TryExec pointing at ``executable``."""
    lines = []
    for line in (RESOURCES / DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={desktop_exec_argument(executable)}"
        elif line.startswith("TryExec="):
            line = "TryExec=" + str(executable).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def write_wrapper(target: Path, executable: Path) -> bool:
    """A ``annotator`` shell wrapper in ``target``; never replaces a file it did not write."""
    if target.exists() and WRAPPER_MARK not in target.read_text(errors="replace"):
        print(f"kept {target}: it is not ours")
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        f'#!/bin/sh\n{WRAPPER_MARK}\nexec {shlex.quote(str(executable))} "$@"\n',
        encoding="utf-8",
    )
    target.chmod(0o755)
    return True


def _refresh_caches(data: Path) -> None:
    """Tell menus and icon themes about the new files, where the tools exist (best effort)."""
    for command in (
        ["update-desktop-database", str(data / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index", str(data / "icons/hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install(executable: Path, data: Path, bin_dir: Path) -> list[Path]:
    """Copy everything into place; returns the files written."""
    if not executable.exists():
        raise SystemExit(f"{executable} does not exist: run `make` (or `make package`) first")
    executable = executable.resolve()
    written = []
    for source, target in installed_files(data).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.name == DESKTOP_FILE:
            target.write_text(desktop_entry(executable), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    wrapper = bin_dir / "annotator"
    on_path = shutil.which("annotator")
    ours = wrapper.exists() and WRAPPER_MARK in wrapper.read_text(errors="replace")
    if (on_path is None or ours) and write_wrapper(wrapper, executable):
        written.append(wrapper)
    _refresh_caches(data)
    return written


def uninstall(data: Path, bin_dir: Path) -> list[Path]:
    removed = []
    wrapper = bin_dir / "annotator"
    candidates = list(installed_files(data).values())
    if wrapper.exists() and WRAPPER_MARK in wrapper.read_text(errors="replace"):
        candidates.append(wrapper)
    for target in candidates:
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(data)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exec",
        dest="executable",
        type=Path,
        default=default_executable(),
        help="program the menu entry starts (default: this environment's annotator)",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what install put there")
    args = parser.parse_args(argv)
    if args.uninstall:
        for path in uninstall(data_home(), bin_home()):
            print(f"removed {path}")
        return 0
    for path in install(args.executable, data_home(), bin_home()):
        print(f"installed {path}")
    print("Annotator is now in your application menu (log out and in if it does not show yet).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
