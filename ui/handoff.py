"""A second `lisible FILE` hands FILE to the Lisible already running, and exits.

The running window listens (ui/single_instance.py) on a Unix socket named
after the user and the data folder, so tests, each with its own LISIBLE_HOME,
never meet. A later start connects, sends one JSON line,
``{"open": PATH or URL or null}``, and waits for ``ok``. This side needs no
Qt, so a start that hands over never loads it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import tempfile
from pathlib import Path

from reader.paths import data_dir

#: A running window answers within milliseconds; a wedged one must not hold a
#: later start long before it opens its own window.
TIMEOUT_S = 3.0
#: A path or address is far shorter; more is not a message from Lisible.
MAX_MESSAGE_BYTES = 64 * 1024
REPLY = b"ok\n"


def socket_name() -> str | None:
    """Return the path of the socket, one per user and data folder (None: no safe place).

    It lies in the user's private runtime folder, else in a folder of /tmp
    made private to the user: only they can connect to a socket in it.
    """
    if not hasattr(os, "getuid"):
        return None
    folder = os.path.realpath(data_dir())
    key = hashlib.sha256(folder.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _is_private(Path(runtime)):
        return str(Path(runtime) / f"lisible-{key}.socket")
    private = Path(tempfile.gettempdir()) / f"lisible-{os.getuid()}"
    with contextlib.suppress(OSError):
        private.mkdir(mode=0o700, exist_ok=True)
    # Someone else may have made it first, to listen in our place.
    return str(private / f"{key}.socket") if _is_private(private) else None


def _is_private(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def message_for(source: str | None) -> bytes:
    """Return the line a later start sends: a file's absolute path, an address, or null."""
    if source and not source.startswith(("http://", "https://")):
        # The running window has its own working folder.
        source = os.path.abspath(source)
    return json.dumps({"open": source}).encode("utf-8") + b"\n"


def send_to_running(source: str | None, name: str | None = None) -> bool:
    """Send a source to the Lisible listening on `name`; return whether it took it.

    Blocks for at most a few seconds. False when nobody listens (or the
    platform has no Unix sockets): the caller opens its own window.
    """
    name = name or socket_name()
    family = getattr(socket, "AF_UNIX", None)
    if name is None or family is None:
        return False
    with socket.socket(family, socket.SOCK_STREAM) as connection:
        connection.settimeout(TIMEOUT_S)
        try:
            connection.connect(name)
            connection.sendall(message_for(source))
            reply = b""
            while len(reply) < len(REPLY):
                chunk = connection.recv(len(REPLY) - len(reply))
                if not chunk:
                    break
                reply += chunk
        except OSError:
            # No socket, a dead one, or no answer in time: nobody takes it.
            return False
        with contextlib.suppress(OSError):
            connection.shutdown(socket.SHUT_RDWR)
    return reply == REPLY
