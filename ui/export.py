"""Export and print: HTML, Markdown, bilingual HTML, PDF, printing, Copy as Markdown.

    self.export = ExportController(shell)   # in MainWindow.__init__

An exported HTML page is one file that shows the same offline as on the day
it was saved: its style is inside, its pictures too (only those saved with
the page, as data), and a Content-Security-Policy forbids scripts and every
remote resource even if a browser were asked for one. All text is escaped.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import mimetypes
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog

from reader.article import Article, Block, BlockKind
from reader.formats import html_block, local_image_src, to_html, to_markdown
from ui.i18n import QT_TRANSLATE_NOOP, os_reason_text, translate
from ui.settings import LAST_FOLDER
from ui.shell import Shell

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from reader.translation import Translation

#: Allows the page's own style and pictures inlined as data, nothing else: no
#: script, no font, no frame, no remote anything.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
#: Pictures bigger than this stay out of an export (their caption stays): an
#: HTML file of hundreds of megabytes opens in no browser.
MAX_INLINE_IMAGE = 5 * 1024 * 1024

STYLE = """
:root { color-scheme: light dark; }
body { max-width: 38em; margin: 2.5em auto; padding: 0 1.2em; background: #fdfdfb;
  color: #1d1d1b; font: 1.1em/1.6 Charter, "Source Serif 4", Georgia, "DejaVu Serif", serif; }
h1 { font-size: 2em; line-height: 1.2; margin-bottom: .3em; }
h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 .4em; }
.byline, .canonical, .meta, figcaption { color: #5f5f5a; }
.canonical { font-size: .9em; word-break: break-all; }
blockquote { margin: 1em 1.5em; font-style: italic; }
pre { background: #f0f0eb; padding: .6em .8em; overflow-x: auto; font-size: .9em; }
figure { margin: 1.2em 0; text-align: center; font-style: italic; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; }
td { padding: .15em .8em .15em 0; vertical-align: top; }
@media (prefers-color-scheme: dark) {
  body { background: #1e1f22; color: #dcdcd6; }
  .byline, .canonical, .meta, figcaption { color: #a2a29a; }
  pre { background: #2b2c30; }
}
@media print { body { background: none; color: black; max-width: none; } }
"""
BILINGUAL_STYLE = """
body { max-width: 80em; }
table.bilingual { width: 100%; table-layout: fixed; border-collapse: separate;
  border-spacing: 2em 0; }
table.bilingual td { width: 50%; padding: 0; vertical-align: top; }
table.bilingual th { text-align: left; font-weight: normal; color: #5f5f5a; }
"""

HTML_FILTER = QT_TRANSLATE_NOOP("Export", "Web pages (*.html *.htm)")
MARKDOWN_FILTER = QT_TRANSLATE_NOOP("Export", "Markdown (*.md)")
PDF_FILTER = QT_TRANSLATE_NOOP("Export", "PDF (*.pdf)")


def export_html(article: Article) -> str:
    """Return the article as one self-contained, styled HTML page, without any script."""
    kept, inline = _inline_images(article)
    page = to_html(kept)
    for src, data in inline.items():
        page = page.replace(f'src="{html.escape(src)}"', f'src="{data}"')
    return _styled(page, STYLE)


def bilingual_html(translation: Translation) -> str:
    """Return the article and its translation side by side, paragraph by paragraph."""
    source, target = translation.source, translation.article
    esc = html.escape
    rows = [
        "<tr>"
        f'<th lang="{esc(source.language or "")}">{esc(_language(source))}</th>'
        f'<th lang="{esc(target.language or "")}">{esc(_language(target))}</th>'
        "</tr>",
        "<tr>"
        f'<td lang="{esc(source.language or "")}"><h1>{esc(source.title)}</h1></td>'
        f'<td lang="{esc(target.language or "")}"><h1>{esc(target.title)}</h1></td>'
        "</tr>",
    ]
    for index, block in enumerate(source.blocks):
        other = target.blocks[index] if index < len(target.blocks) else None
        left = _block_html(source, block)
        right = _block_html(target, other) if other is not None else ""
        rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
    meta = " · ".join(p for p in (source.byline, source.site) if p)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(source.language or "")}">',
        '<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{esc(source.title)} — {esc(target.title)}</title>",
        f"<style>{STYLE}{BILINGUAL_STYLE}</style>",
        "</head><body>",
        f'<p class="meta">{esc(meta)}</p>' if meta else "",
        '<table class="bilingual">',
        *rows,
        "</table>",
        '<p class="meta">'
        + esc(
            translate("Export", "Translated on this machine with {model}.").format(
                model=translation.model
            )
        )
        + "</p>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def print_document(page: str) -> QTextDocument:
    """Return a document of an exported page, to print; it loads no resource."""
    document = _PrintDocument()
    document.setHtml(page)
    return document


def write_pdf(page: str, path: str | os.PathLike[str]) -> None:
    """Write an exported page to a PDF file."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(os.fspath(path))
    print_document(page).print_(printer)


def file_stem(title: str) -> str:
    """Return a file name made from a title, safe on every file system."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return stem[:80].strip() or translate("Export", "Article")


class _PrintDocument(QTextDocument):
    """A document that loads no resource, local or remote (pictures are inline data)."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        """Load data: URLs only."""
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        return None


class ExportController(QObject):
    """The export, print and copy entries of a window."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.print_dialog: QPrintDialog | None = None
        file_menu, end = shell.file_menu, shell.file_menu_end
        self.html_action = shell.add_action(
            file_menu,
            translate("Export", "Export as &HTML…"),
            self.export_html,
            "Ctrl+Shift+S",
            before=end,
        )
        self.markdown_action = shell.add_action(
            file_menu, translate("Export", "Export as &Markdown…"), self.export_markdown, before=end
        )
        self.bilingual_action = shell.add_action(
            file_menu,
            translate("Export", "Export &Side by Side HTML…"),
            self.export_bilingual,
            before=end,
        )
        self.pdf_action = shell.add_action(
            file_menu, translate("Export", "Export as P&DF…"), self.export_pdf, before=end
        )
        self.print_action = shell.add_action(
            file_menu,
            translate("Export", "&Print…"),
            self.print_article,
            QKeySequence.StandardKey.Print,
            before=end,
        )
        file_menu.insertSeparator(end)
        self.copy_markdown_action = shell.add_action(
            shell.edit_menu,
            translate("Export", "Copy as &Markdown"),
            self.copy_markdown,
            "Ctrl+Shift+M",
        )
        self.article_actions = (
            self.html_action,
            self.markdown_action,
            self.pdf_action,
            self.print_action,
            self.copy_markdown_action,
        )
        shell.article_shown.connect(self._update_actions)
        shell.translation_shown.connect(self._update_actions)
        shell.closing.connect(self._window_closing)
        self._update_actions()

    def _window_closing(self) -> None:
        # The print dialog goes with the window: nothing is printed.
        if self.print_dialog:
            self.print_dialog.reject()

    # What the reader exports

    @property
    def article(self) -> Article | None:
        """Return the article the reader looks at: the original, or the translation alone."""
        translation = self.translation
        view = self.shell.translation_view
        alone = view is not None and view.isVisible() and not self.shell.reading_view.isVisible()
        if translation is not None and alone:
            return translation.article
        return self.shell.article

    @property
    def translation(self) -> Translation | None:
        """Return the complete translation of the article on show, if there is one."""
        translation = self.shell.translation
        if (
            translation is None
            or not translation.complete
            or translation.source is not self.shell.article
        ):
            return None
        return translation

    def page(self) -> str | None:
        """Return the HTML page of what is shown: side by side when both views are."""
        article = self.article
        if article is None:
            return None
        translation = self.translation
        view = self.shell.translation_view
        if (
            translation is not None
            and view is not None
            and self.shell.reading_view.isVisible()
            and view.isVisible()
        ):
            return bilingual_html(translation)
        return export_html(article)

    def export_html(self) -> str | None:
        """Save the article as a self-contained HTML page; return the file written."""
        article = self.article
        if article is None:
            return None
        return self._save(
            translate("Export", "Export as HTML"),
            article.title,
            ".html",
            HTML_FILTER,
            export_html(article),
        )

    def export_markdown(self) -> str | None:
        """Save the article as Markdown; return the file written."""
        article = self.article
        if article is None:
            return None
        return self._save(
            translate("Export", "Export as Markdown"),
            article.title,
            ".md",
            MARKDOWN_FILTER,
            to_markdown(article),
        )

    def export_bilingual(self) -> str | None:
        """Save the article and its translation side by side in one HTML page."""
        translation = self.translation
        if translation is None:
            self.shell.status(
                translate("Export", "Translate the article first (Translate ▸ Translate Article).")
            )
            return None
        return self._save(
            translate("Export", "Export Side by Side"),
            f"{translation.source.title} - "
            + (translation.article.language or translate("Export", "translation")),
            ".html",
            HTML_FILTER,
            bilingual_html(translation),
        )

    def export_pdf(self) -> str | None:
        """Save what is shown as a PDF file; return the file written."""
        page, article = self.page(), self.article
        if page is None or article is None:
            return None
        path = self._ask_path(
            translate("Export", "Export as PDF"), article.title, ".pdf", PDF_FILTER
        )
        if path is None:
            return None
        try:
            write_pdf(page, path)
        except OSError as error:
            self.shell.show_error(
                translate("Export", "Could not save {name}: {reason}.").format(
                    name=os.path.basename(path), reason=os_reason_text(error)
                )
            )
            return None
        if not os.path.isfile(path):
            # QPrinter says nothing when it cannot open its file.
            self.shell.show_error(
                translate("Export", "Could not save {name}.").format(name=os.path.basename(path))
            )
            return None
        self._saved(path)
        return path

    def print_article(self, printer: QPrinter | None = None) -> QPrintDialog | None:
        """Ask for a printer (the dialog opens, not blocking) and print what is shown.

        `printer` gives the dialog's starting choices (a PDF file, say).
        """
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        page = self.page()
        if page is None:
            return None
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        article = self.article
        if article is not None:
            printer.setDocName(article.title)
        dialog = QPrintDialog(printer, self.shell.widget)
        dialog.setWindowTitle(translate("Export", "Print Article"))
        dialog.accepted.connect(lambda: self._print(page, dialog.printer()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._print_dialog_closed)
        self.print_dialog = dialog
        # Window-modal and not blocking, like every dialog of the window.
        QDialog.open(dialog)
        return dialog

    def copy_markdown(self) -> None:
        """Put the article on the clipboard as Markdown."""
        article = self.article
        if article is None:
            return
        QGuiApplication.clipboard().setText(to_markdown(article))
        self.shell.status(translate("Export", "Copied the article as Markdown."))

    # Helpers

    def _print(self, page: str, printer: QPrinter) -> None:
        from PySide6.QtPrintSupport import QPrinter

        print_document(page).print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self.shell.show_error(
                translate("Export", "The article could not be printed: the printer refused it.")
            )
            return
        self.shell.status(translate("Export", "Sent the article to the printer."))

    def _print_dialog_closed(self) -> None:
        self.print_dialog = None

    def _save(
        self, caption: str, title: str, suffix: str, filter_: str, content: str
    ) -> str | None:
        path = self._ask_path(caption, title, suffix, filter_)
        if path is None:
            return None
        try:
            with open(path, "w", encoding="utf-8", newline="\n") as file:
                file.write(content)
        except OSError as error:
            self.shell.show_error(
                translate("Export", "Could not save {name}: {reason}.").format(
                    name=os.path.basename(path), reason=os_reason_text(error)
                )
            )
            return None
        self._saved(path)
        return path

    def _ask_path(self, caption: str, title: str, suffix: str, filter_: str) -> str | None:
        settings = self.shell.settings
        folder = settings.get(LAST_FOLDER) or str(Path.home())
        suggested = os.path.join(folder, file_stem(title) + suffix)
        path, _chosen = QFileDialog.getSaveFileName(
            self.shell.widget, caption, suggested, translate("Export", filter_)
        )
        if not path:
            return None
        if not Path(path).suffix:
            path += suffix
        return path

    def _saved(self, path: str) -> None:
        self.shell.status(translate("Export", "Saved {name}").format(name=os.path.basename(path)))

    def _update_actions(self, *_args: object) -> None:
        has_article = self.shell.article is not None
        for action in self.article_actions:
            action.setEnabled(has_article)
        self.bilingual_action.setEnabled(self.translation is not None)


def _inline_images(article: Article) -> tuple[Article, dict[str, str]]:
    """Return the article with only its saved pictures, and each one's data URL by source."""
    from reader.extraction_images import local_image_path

    images = []
    inline: dict[str, str] = {}
    for image in article.images:
        path = local_image_path(article, image)
        if path is None:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        kind = mimetypes.guess_type(path.name)[0] or ""
        if not kind.startswith("image/") or len(data) > MAX_INLINE_IMAGE:
            continue
        src = local_image_src(article, image) or image.src
        inline[src] = f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
        images.append(image)
    return dataclasses.replace(article, lead_image=None, images=tuple(images)), inline


def _styled(page: str, style: str) -> str:
    head = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n<style>{style}</style>'
    styled, count = re.subn(r"<style>.*?</style>", lambda _m: head, page, count=1, flags=re.S)
    if count == 0:
        styled = page.replace("</head>", head + "</head>", 1)
    return styled


def _language(article: Article) -> str:
    from ui.formatting import display_language

    return display_language(article.language) if article.language else ""


def _block_html(article: Article, block: Block) -> str:
    # One block alone in a table cell: list items and table rows become
    # paragraphs there; every other kind renders as in the HTML export.
    text = html.escape(article.block_text(block))
    if block.kind is BlockKind.LIST_ITEM:
        marker = "•" if not block.ordered else "–"
        indent = "&nbsp;" * 4 * max(0, block.level - 1)
        return f"<p>{indent}{marker} {text}</p>".replace("\n", "<br>")
    if block.kind is BlockKind.TABLE_ROW:
        return "<p>" + " · ".join(text.split("\t")).replace("\n", "<br>") + "</p>"
    return html_block(block, text)
