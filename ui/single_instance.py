"""One window per user: the running Lisible listens for the sources later starts send.

The protocol and the sending side, which need no Qt, are in ui/handoff.py.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ui.handoff import MAX_MESSAGE_BYTES, REPLY, socket_name

log = logging.getLogger(__name__)

#: A live Lisible accepts at once; this only bounds a wedged one.
CONNECT_TIMEOUT_MS = 1000


class SingleInstance(QObject):
    """The running Lisible's end: it listens for what later starts send (ui/handoff.py)."""

    #: A second start asked for this file or address ("" for none: just show the window).
    open_requested = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or socket_name()
        self._server: QLocalServer | None = None

    @property
    def listening(self) -> bool:
        """Return whether this process is the one a second start talks to."""
        return self._server is not None and self._server.isListening()

    def serve(self, window: QWidget, open_source: Callable[[str], object]) -> None:
        """Raise `window` when a second start asks, and open what it sends with `open_source`."""
        self.open_requested.connect(lambda source: _bring_forward(window, open_source, source))

    def listen(self) -> bool:
        """Listen for later starts; False if another Lisible does, or there is no safe socket.

        A socket left by a Lisible that crashed is replaced.
        """
        if self.name is None:
            return False
        # No UserAccessOption: the folder is private already, and with it Qt
        # replaces a live socket too, so two Lisibles would both think they serve.
        server = QLocalServer(self)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                log.warning("cannot listen for other starts: %s", server.errorString())
                return False
            if _answers(self.name):
                return False
            # Nobody answers: a crashed Lisible's socket file. Take its place.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen for other starts: %s", server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(self._ready)
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _ready(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_MESSAGE_BYTES:
                connection.abort()
            return
        line = bytes(connection.readLine(MAX_MESSAGE_BYTES).data())
        try:
            source = json.loads(line)["open"]
            if source is not None and not isinstance(source, str):
                raise TypeError(source)
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed message on %s", self.name)
            connection.abort()
            return
        connection.write(REPLY)
        connection.flush()
        connection.disconnectFromServer()
        self.open_requested.emit(source or "")


def _answers(name: str) -> bool:
    """Return whether a live process accepts connections on `name`."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    live = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return live


def _bring_forward(window: QWidget, open_source: Callable[[str], object], source: str) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if source:
        open_source(source)
