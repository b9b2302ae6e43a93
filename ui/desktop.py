"""Desktop integration: the launcher, icon and software-centre entry, for one user.

`lisible --install-desktop` copies the packaged `.desktop` file, icons and
AppStream metainfo into the user's XDG data folder, so Lisible shows in the
application menu and in "Open With" for HTML, text and Markdown files;
`--uninstall-desktop` removes exactly those files. Plain Python, no Qt: the
command line must not pay for it.
"""

from __future__ import annotations

import os
import re
import sys
from importlib.resources.abc import Traversable
from pathlib import Path

from reader.paths import resource

#: The reverse-DNS id the desktop entry, icon and metainfo are named after; the
#: window gives it to the desktop too (app.py), so it finds the icon and entry.
APP_ID = "org.lisible.Lisible"
#: The PNG sizes shipped beside the SVG, for desktops that do not scale SVG
#: icons (the hicolor theme's usual sizes, 16 px menus to 256 px launchers).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
LAUNCHER = "lisible"
#: update-desktop-database rebuilds a small index; more than this is a hung tool.
TOOL_TIMEOUT_S = 30

#: Characters the desktop-entry spec says must be quoted in an Exec argument.
_EXEC_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def desktop_entry() -> Traversable:
    """Return the packaged `.desktop` file."""
    return resource("desktop", f"{APP_ID}.desktop")


def metainfo() -> Traversable:
    """Return the packaged AppStream metainfo file."""
    return resource("desktop", f"{APP_ID}.metainfo.xml")


def svg_icon() -> Traversable:
    """Return the packaged scalable icon."""
    return resource("icons", "lisible.svg")


def png_icon(size: int) -> Traversable:
    """Return the packaged PNG icon of `size` pixels square."""
    return resource("icons", f"lisible-{size}.png")


def data_home() -> Path:
    """Return the user's XDG data folder (`$XDG_DATA_HOME`, else ~/.local/share)."""
    value = os.environ.get("XDG_DATA_HOME")
    # The spec says a relative value is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def install_targets(home: Path | None = None) -> dict[Path, Traversable]:
    """Return where each packaged file goes under the XDG data folder."""
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    targets: dict[Path, Traversable] = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": metainfo(),
        icons / "scalable" / "apps" / f"{APP_ID}.svg": svg_icon(),
    }
    for size in ICON_SIZES:
        targets[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png_icon(size)
    return targets


def launcher_path() -> str:
    """Return the command that starts this installation of Lisible.

    A venv's or pipx's `bin/` is usually not on the PATH a desktop session
    starts programs with, so the entry names the launcher beside this Python.
    """
    import shutil

    beside = Path(sys.executable).parent / LAUNCHER
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(LAUNCHER)
    return os.path.abspath(found) if found else LAUNCHER


def exec_quote(argument: str) -> str:
    """Quote an Exec argument as the desktop-entry spec asks, then escape it as a value."""
    if _EXEC_RESERVED.search(argument):
        inner = re.sub(r'(["`$\\])', r"\\\1", argument)
        argument = f'"{inner}"'
    # The file format escapes backslashes once more (a string value's escaping).
    return argument.replace("\\", "\\\\")


def entry_for(launcher: str) -> str:
    """Return the packaged desktop entry, its Exec and TryExec pointing at `launcher`."""
    lines = []
    for line in desktop_entry().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_quote(launcher)} %f")
        elif line.startswith("TryExec="):
            lines.append("TryExec=" + launcher.replace("\\", "\\\\"))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path | None = None, launcher: str | None = None) -> list[Path]:
    """Install the desktop entry, icons and metainfo for this user; return the files written.

    Raises:
        OSError: a folder or file cannot be written.
    """
    launcher = launcher or launcher_path()
    written = []
    for target, source in install_targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            data = entry_for(launcher).encode("utf-8")
        else:
            data = source.read_bytes()
        # Written beside and renamed: a menu scanning the folder never reads half a file.
        partial = target.with_name(f".{target.name}.part")
        partial.write_bytes(data)
        partial.replace(target)
        written.append(target)
    _refresh_mime_cache(home or data_home())
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote (nothing else); return the files removed.

    Raises:
        OSError: a file is there but cannot be removed.
    """
    removed = []
    for target in install_targets(home):
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh_mime_cache(home or data_home())
    return removed


def _refresh_mime_cache(home: Path) -> None:
    """Bring the user's MIME-to-application cache up to date, if there is one.

    Only an existing cache is updated: with none, desktops read the entries
    themselves, and a cache we created would hide entries other programs add
    later without updating it.
    """
    # Imported here: the window imports this module for its names, at start-up.
    import contextlib
    import shutil
    import subprocess

    applications = home / "applications"
    tool = shutil.which("update-desktop-database")
    if tool is None or not (applications / "mimeinfo.cache").is_file():
        return
    # Best effort: the entry works without it, after the desktop's next scan.
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        subprocess.run(
            [tool, "-q", str(applications)],
            timeout=TOOL_TIMEOUT_S,
            check=False,
            capture_output=True,
        )
