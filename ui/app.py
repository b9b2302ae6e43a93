"""Start the Qt application with its main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from reader import __version__
from reader.paths import log_file
from ui.collector import MainThreadCollector
from ui.crash import CrashReporter
from ui.desktop import APP_ID
from ui.i18n import interface_language, use_language
from ui.icon import application_icon
from ui.settings import INTERFACE_LANGUAGE, Settings
from ui.shell import APP_NAME
from ui.window import MainWindow


def run_gui(path: str | None) -> int:
    """Show the main window, open `path` if given, and run until the window closes.

    Later `lisible PATH` commands hand their article to this window (ui.main
    checks for one before calling this).
    """
    _log_to_file()
    app = application()
    window = MainWindow()
    CrashReporter(window).install()
    window.show()
    if path:
        # Loads on a worker: the window is up and responsive while it does.
        window.open_path(path)
    # Listened for once the window is up: Qt's network module is not needed to paint.
    QTimer.singleShot(0, lambda: _serve_later_starts(window))
    status = app.exec()
    # A file may still be loading; Python must not tear down what it uses.
    QThreadPool.globalInstance().waitForDone()
    return status


def _serve_later_starts(window: MainWindow) -> None:
    """Open in `window` what a later `lisible PATH` sends, rather than a second window."""
    from ui.single_instance import SingleInstance

    instance = SingleInstance(parent=window)
    # ui.main found nobody to hand the article to; if someone listens now, they
    # started at the same moment and each keeps its own window.
    if not instance.listen():
        return
    instance.serve(window, window.open_path)


#: Seconds a worker may run Python before the UI thread gets its turn.
SWITCH_INTERVAL_S = 0.002


def application() -> QApplication:
    """Return the QApplication, set up as the app runs it (the benches use it too).

    Garbage is collected on the UI thread only, from a timer (ui/collector.py).
    A worker busy in Python hands the interpreter back to the UI thread within
    `SWITCH_INTERVAL_S` rather than Python's 5 ms: the UI thread asks for it
    for every event, so at 5 ms a busy worker made each event wait, and a burst
    of events add up to a perceptible stall.

    The interface's language is chosen when the QApplication is made: the
    desktop's, or the one Preferences names (ui/i18n.py).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        app = QApplication(sys.argv[:1])
        MainThreadCollector(app)
        # Before any widget takes its text; an app made elsewhere (the tests') stays in English.
        use_language(interface_language(Settings().get(INTERFACE_LANGUAGE)))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    # Wayland and the task bar match the window to its desktop entry, and its icon, by this.
    app.setDesktopFileName(APP_ID)
    return app


#: A few runs' worth of warnings and tracebacks, for a bug report.
LOG_FILE_BYTES = 1024 * 1024
LOG_FILE_COUNT = 2


def _log_to_file() -> None:
    """Send warnings and errors to a log file in the data folder, and to stderr."""
    path = log_file()
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                path,
                maxBytes=LOG_FILE_BYTES,
                backupCount=LOG_FILE_COUNT,
                encoding="utf-8",
            )
        )
    except OSError as error:
        print(f"lisible: cannot write the log file {path}: {error}", file=sys.stderr)
    logging.basicConfig(
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )
