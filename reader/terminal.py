"""Text the command line prints for a person, made harmless to a terminal.

Titles, model names, index entries and server messages come from pages and
files anyone can write. Printed raw, an ESC or CSI byte in one of them drives
the terminal: it can clear the screen, rewrite the window title, or (OSC 52)
fill the clipboard. Every control character but newline and tab is shown as
a `\\uXXXX` escape instead, which is also how JSON writes it, so JSON output
stays valid; a lone surrogate (from a JSON `\\ud800` escape) becomes U+FFFD,
since no encoding can write it.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, the C1 controls (U+0080-U+009F:
#: U+009B is a one-character CSI to many terminals), and surrogates.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """Return `text` with every control character escaped and lone surrogates replaced."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Return `text` as one printable line: newlines and tabs are escaped too."""
    return printable(text.replace("\n", "\\n").replace("\t", "\\t"))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return f"\\u{ord(char):04x}"
