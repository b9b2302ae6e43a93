"""Open articles from elsewhere than a file: File ▸ Open URL… and Edit ▸ Paste as Article.

A page is fetched on a worker through `ui.tasks.Task`, with its progress and a
Cancel button in the status bar; pasted HTML or text is cleaned on a worker too.
Failures go through the window's error path, like a file that cannot be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.article import Article
from reader.errors import EmptyInput, LisibleError
from ui.display import Prepared, prepare
from ui.formatting import format_size
from ui.i18n import translate
from ui.shell import Shell
from ui.tasks import ProgressCallback, Task, error_message

#: Where clipboard content comes from, as the article's source.
CLIPBOARD = "clipboard"

#: A URL pasted into the clipboard is one line of at most this many characters;
#: longer clipboard text is an article that happens to start with a link.
MAX_URL_CHARS = 2000

#: How long the status bar says a download was cancelled.
CANCELLED_MESSAGE_MS = 3000


def _fetch_article(
    url: str, column_width: int, progress: ProgressCallback, cancelled: Callable[[], bool]
) -> Prepared:
    # Imported on the worker: httpx, lxml and readability stay off start-up.
    from reader.pipeline import article_from_url

    article = article_from_url(
        url, progress=lambda done, total: progress(done, total or 0), cancelled=cancelled
    )
    return prepare(article, column_width)


def _paste_article(html: str, text: str, column_width: int) -> Prepared:
    return prepare(_pasted_article(html, text), column_width)


def _pasted_article(html: str, text: str) -> Article:
    from reader.pipeline import article_from_pasted

    if html.strip():
        try:
            return article_from_pasted(html, html=True, name=CLIPBOARD)
        except EmptyInput:
            # Office suites and some apps put an empty or image-only HTML
            # version beside the text: the text is what the user copied.
            if not text.strip():
                raise
    return article_from_pasted(text, name=CLIPBOARD)


def clipboard_url() -> str:
    """Return the clipboard's text if it is a web address, else ""."""
    from reader.fetching import is_url  # off the start-up path, with its socket module

    text = QApplication.clipboard().text().strip()
    if len(text) > MAX_URL_CHARS or any(char.isspace() for char in text):
        return ""
    return text if is_url(text) else ""


def dropped_url(mime: QMimeData) -> str:
    """Return the web link a drag carries ("" for files, which the window opens)."""
    urls = mime.urls()
    if any(url.isLocalFile() for url in urls):
        return ""
    from reader.fetching import is_url

    for url in urls:
        text = url.toString()
        if is_url(text):
            return text
    return ""


class OpenUrlDialog(QDialog):
    """Ask for a web address; the OK button checks it before the dialog closes."""

    def __init__(self, parent: QWidget, initial: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Open", "Open URL"))
        self.field = QLineEdit(initial)
        self.field.setPlaceholderText("https://")
        self.field.setMinimumWidth(420)
        self.field.selectAll()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setDefault(True)  # Enter
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("Open", "Address of the article (web page, text or Markdown file):"))
        )
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._edited)
        self._edited(initial)
        self._url = ""

    def url(self) -> str:
        """Return the address accepted, completed with its scheme."""
        return self._url

    def accept(self) -> None:
        """Close only on an address Lisible can fetch; otherwise say why."""
        from reader.fetching import normalise_url

        try:
            self._url = normalise_url(self.field.text())
        except LisibleError as error:
            self.problem.setText(error_message(error))
            self.problem.show()
            self.field.setFocus()
            return
        super().accept()

    def _edited(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(text.strip()))
        self.problem.hide()


class OpenSourcesController(QObject):
    """File ▸ Open URL… (Ctrl+L) and Edit ▸ Paste as Article (Ctrl+Shift+V)."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.dialog: OpenUrlDialog | None = None
        self._fetching: Task[Prepared] | None = None
        self._host = ""

        self.open_url_action = shell.add_action(
            shell.file_menu,
            translate("Open", "Open &URL…"),
            self._ask_url_from_menu,
            "Ctrl+L",
            before=shell.open_recent_entry,
        )
        self.paste_action = shell.add_action(
            shell.edit_menu, translate("Open", "&Paste as Article"), self.paste, "Ctrl+Shift+V"
        )
        shell.url_requested.connect(self.open_url)

        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("Open", "Cancel"))
        self.cancel_button.setToolTip(translate("Open", "Stop downloading the page"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_label = QLabel()
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            shell.add_status_widget(widget)
            widget.hide()
        # Links dropped from a browser open; closing the window stops a
        # download, so that quitting never waits on a silent server.
        shell.add_drop_target(self._drop_opener)
        shell.closing.connect(partial(self.cancel, quiet=True))

    def _drop_opener(self, mime: QMimeData) -> Callable[[], object] | None:
        url = dropped_url(mime)
        return partial(self.open_url, url) if url else None

    @property
    def fetching(self) -> bool:
        """Tell whether a page is downloading."""
        return self._fetching is not None

    def ask_url(self, initial: str | None = None) -> None:
        """Show the Open URL dialog, filled from the clipboard when it holds an address."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = OpenUrlDialog(self.shell.widget, clipboard_url() if initial is None else initial)
        dialog.accepted.connect(lambda: self.open_url(dialog.url()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _ask_url_from_menu(self) -> None:
        self.ask_url()  # not connected directly: triggered's "checked" is no address

    def open_url(self, url: str) -> None:
        """Fetch and show the article at `url`; a download under way is abandoned."""
        self.cancel(quiet=True)
        self._host = urlsplit(url).hostname or url
        self._show_progress(0, 0)
        self._fetching = (
            Task(_fetch_article, url, self.shell.column_width)
            .cancellable()
            .with_progress(self._show_progress)
            .success(self._fetched)
            .failure(self._failed)
            .run(self.shell.widget)
        )

    def cancel(self, quiet: bool = False) -> None:
        """Stop the download under way, if any."""
        if self._fetching is None:
            return
        self._fetching.cancel()
        self._fetching = None
        self._hide_progress()
        if not quiet:
            self.shell.status(translate("Open", "Download cancelled."), CANCELLED_MESSAGE_MS)

    def paste(self) -> None:
        """Open the clipboard's HTML or text as an article."""
        mime = QApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not html.strip() and clipboard_url():
            # A bare address: offer to fetch it rather than show it as a text.
            self.ask_url(clipboard_url())
            return
        if not html.strip() and not text.strip():
            if mime is not None and mime.hasImage():
                message = translate(
                    "Open", "The clipboard holds an image; copy the article's text instead."
                )
            else:
                message = translate(
                    "Open", "The clipboard is empty: copy an article's text or web page first."
                )
            self._report(message)
            return
        self.shell.status(translate("Open", "Reading the clipboard…"), 0)
        Task(_paste_article, html, text, self.shell.column_width).success(self._pasted).failure(
            self._failed
        ).run(self.shell.widget)

    def _show_progress(self, done: int, total: int) -> None:
        shown = f" {format_size(done)}" if done else ""
        if total and done >= total:
            self.progress_label.setText(
                translate("Open", "Reading the article from {host}…").format(host=self._host)
            )
        else:
            self.progress_label.setText(
                translate("Open", "Downloading {host}…").format(host=self._host) + shown
            )
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)  # busy: the size is unknown
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()

    def _hide_progress(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()

    def _fetched(self, article: Prepared) -> None:
        self._fetching = None
        self._hide_progress()
        self.shell.remember_recent(article.article.source)
        self.shell.show_article(article)

    def _pasted(self, article: Prepared) -> None:
        self.shell.clear_status()
        self.shell.show_article(article)

    def _failed(self, error: BaseException) -> None:
        self._fetching = None
        self._hide_progress()
        self.shell.clear_status()
        self._report(error_message(error))

    def _report(self, message: str) -> None:
        self.shell.show_error(message)
        self.shell.load_failed.emit(message)
