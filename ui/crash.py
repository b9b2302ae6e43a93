"""Unhandled exceptions: logged with their traceback and told to the user, never a silent exit.

PySide6 passes an exception raised in a slot to `sys.excepthook` and carries on,
so the app stays usable after the dialog; an exception in a plain Python thread
goes through `threading.excepthook` and is shown from the UI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.paths import log_file
from ui.i18n import translate

log = logging.getLogger(__name__)

#: Several errors in a row (one per paint, say) must not bury the user in dialogs.
MAX_DIALOGS = 3


class CrashReporter(QObject):
    """Log unhandled exceptions and show them in a dialog; install with `install()`."""

    _reported = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._showing = False
        self.dialogs_shown = 0
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over `sys.excepthook` and `threading.excepthook`."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them."""
        sys.excepthook, threading.excepthook = self._previous_hooks

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log an unhandled exception and tell the user; Ctrl+C still quits."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.critical("Unhandled error:\n%s", details)
        summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        # Widgets belong to the UI thread; from elsewhere the dialog is queued to it.
        self._reported.emit(summary, details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        if self._showing or self.dialogs_shown >= MAX_DIALOGS:
            return
        self._showing = True
        self.dialogs_shown += 1
        try:
            box = QMessageBox(self._parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(translate("Crash", "Lisible: unexpected error"))
            box.setText(
                translate(
                    "Crash",
                    "Something went wrong inside Lisible. Your article and library are safe;"
                    " you can keep working.",
                )
            )
            saved = translate("Crash", "The details are saved in {file}.").format(file=log_file())
            box.setInformativeText(f"{summary}\n\n{saved}")
            box.setDetailedText(details)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
        finally:
            self._showing = False
