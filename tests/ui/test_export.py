"""Export and print: HTML, Markdown, side-by-side HTML, PDF, the print dialog, Copy as Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.paths import sample_article
from reader.pipeline import article_from_path
from reader.translation import Translation
from ui.export import bilingual_html, export_html, file_stem
from ui.settings import Settings
from ui.window import MainWindow

DATA = Path(__file__).parents[1] / "data"


class SaveAs:
    """Answer the Save dialog with a path, and remember what it was asked."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: object, caption: str, suggested: str, filters: str):
        self.asked.append((caption, suggested, filters))
        return (str(self.path) if self.path else "", "")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: messages.append(message))
    return messages


@pytest.fixture
def window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def sample(window: MainWindow) -> Article:
    article = article_from_path(str(sample_article()))
    window.show_article(article)
    return article


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> SaveAs:
    answer = SaveAs(path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return answer


def hostile_article() -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, 'A <script>alert("x")</script> & <img src=http://evil/x.png>')
    builder.add(BlockKind.HEADING, "Part <two>", level=2)
    builder.add(BlockKind.PARAGRAPH, "Second paragraph.")
    return Article(
        "Title <b>bold</b> & co",
        builder.text,
        tuple(builder.blocks),
        "https://example.org/a",
        SourceFormat.HTML,
        lead_image="https://example.org/lead.jpg",
        canonical_url="https://example.org/a",
        language="en",
    )


def test_export_html_writes_a_styled_page_without_scripts(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample: Article, tmp_path: Path
) -> None:
    answer = save_as(monkeypatch, tmp_path / "jardin")
    written = window.export.export_html()
    assert written == str(tmp_path / "jardin.html")
    page = Path(written).read_text(encoding="utf-8")
    assert answer.asked[0][1].endswith("À Lyon, un jardin partagé nourrit tout un quartier.html")
    assert "<script" not in page.lower()
    assert "<title>À Lyon, un jardin partagé nourrit tout un quartier</title>" in page
    assert page.count("<p>") >= 8
    assert "Marie Dubois" in page
    assert "Content-Security-Policy" in page
    assert "max-width" in page
    assert "Saved jardin.html" in window.statusBar().currentMessage()


def test_exported_html_escapes_everything_and_fetches_nothing() -> None:
    page = export_html(hostile_article())
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert "<b>" not in page
    assert "Part &lt;two&gt;" in page
    # No remote resource: the lead image is left out, only the address stays as text/link.
    sources = re.findall(r'src="([^"]*)"', page)
    assert sources == []
    assert "lead.jpg" not in page


def test_saved_pictures_are_inlined(tmp_path: Path) -> None:
    article = article_from_path(str(DATA / "html" / "en-coral-reef-survey.html"))
    assert article.images
    page = export_html(article)
    sources = re.findall(r'<img src="([^"]*)"', page)
    assert sources
    assert all(src.startswith("data:image/") for src in sources)


def test_export_markdown(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample: Article, tmp_path: Path
) -> None:
    save_as(monkeypatch, tmp_path / "jardin.md")
    written = window.export.export_markdown()
    assert written is not None
    text = Path(written).read_text(encoding="utf-8")
    assert text.startswith("# À Lyon, un jardin partagé nourrit tout un quartier\n")
    assert "## Un budget modeste, des résultats visibles" in text
    assert "\n> " in text


def test_cancelling_the_save_dialog_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample: Article, tmp_path: Path
) -> None:
    save_as(monkeypatch, None)
    assert window.export.export_html() is None
    assert not list(tmp_path.rglob("*.html"))


def test_a_folder_that_cannot_be_written_says_so(
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    sample: Article,
    tmp_path: Path,
    errors: list[str],
) -> None:
    save_as(monkeypatch, tmp_path / "missing" / "folder" / "a.html")
    assert window.export.export_html() is None
    assert errors == ["Could not save a.html: no such file or folder."]


@pytest.mark.usefixtures("french_interface", "sample")
def test_why_an_export_failed_is_said_in_french(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    # A folder chosen as the file: EISDIR, which root meets too.
    folder = tmp_path / "a.html"
    folder.mkdir()
    save_as(monkeypatch, folder)
    assert window.export.export_html() is None
    assert errors == ["Impossible d’enregistrer a.html\u00a0: c’est un dossier."]


def test_export_pdf(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample: Article, tmp_path: Path
) -> None:
    save_as(monkeypatch, tmp_path / "jardin.pdf")
    written = window.export.export_pdf()
    assert written is not None
    data = Path(written).read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5_000


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, window: MainWindow, sample: Article, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export.print_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    dialog.reject()
    # Then with the dialog's printer set to a PDF file: no printer is needed to test.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    dialog = window.export.print_article(printer)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.accept()
    assert target.read_bytes().startswith(b"%PDF")
    assert "printer" in window.statusBar().currentMessage()


def test_copy_as_markdown(qtbot: QtBot, window: MainWindow, sample: Article) -> None:
    window.export.copy_markdown_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("# À Lyon, un jardin partagé")
    assert "Marie Dubois" in copied


def test_actions_wait_for_an_article(window: MainWindow) -> None:
    export = window.export
    for action in (*export.article_actions, export.bilingual_action):
        assert not action.isEnabled()


def test_bilingual_page_pairs_each_paragraph_with_its_translation() -> None:
    source = hostile_article()
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Un <script> traduit & échappé")
    builder.add(BlockKind.HEADING, "Partie <deux>", level=2)
    builder.add(BlockKind.PARAGRAPH, "Deuxième paragraphe.")
    target = Article(
        "Titre",
        builder.text,
        tuple(builder.blocks),
        source.source,
        source.source_format,
        language="fr",
    )
    page = bilingual_html(Translation(source, target, (), "tiny-en-fr", True))
    assert "<script" not in page
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", page)
    assert len(rows) == 3
    assert "Second paragraph." in rows[2][0]
    assert "Deuxième paragraphe." in rows[2][1]
    assert "Partie &lt;deux&gt;" in rows[1][1]
    assert '<th lang="en">English</th>' in page
    assert "Content-Security-Policy" in page


def test_file_names_come_from_titles() -> None:
    assert file_stem('What? A "title": yes/no') == "What  A  title  yes no"
    assert file_stem("...") == "Article"
    assert len(file_stem("x" * 300)) == 80


def test_side_by_side_export_needs_a_translation(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample: Article
) -> None:
    answer = save_as(monkeypatch, None)
    assert window.export.export_bilingual() is None
    assert answer.asked == []
    assert "Translate" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def made_translation(window: MainWindow, source: Article) -> Translation:
    """Show a hand-made English translation of the article on show (no model needed)."""
    builder = ArticleBuilder()
    for number, block in enumerate(source.blocks):
        builder.add(block.kind, f"English block {number}.", level=block.level)
    target = Article(
        "A shared garden feeds a whole district",
        builder.text,
        tuple(builder.blocks),
        source.source,
        source.source_format,
        language="en",
    )
    translation = Translation(source, target, (), "hand-made", True)
    window.translation.show_translation(translation)
    return translation


def test_side_by_side_export_and_print_take_both(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, sample: Article, tmp_path: Path
) -> None:
    from ui.translation import ViewMode

    made_translation(window, sample)
    assert window.export.bilingual_action.isEnabled()
    save_as(monkeypatch, tmp_path / "both.html")
    written = window.export.export_bilingual()
    assert written is not None
    page = Path(written).read_text(encoding="utf-8")
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", page, flags=re.S)
    assert len(rows) == len(sample.blocks)
    assert "English block 0." in rows[0][1]
    assert "Croix-Rousse" in rows[0][0]

    window.translation.set_mode(ViewMode.SIDE_BY_SIDE)
    assert 'class="bilingual"' in (window.export.page() or "")
    window.translation.set_mode(ViewMode.TRANSLATION)
    assert window.export.article is not None
    assert window.export.article.language == "en"
    shown = window.export.page() or ""
    assert "English block 3." in shown
    assert "Croix-Rousse" not in shown
