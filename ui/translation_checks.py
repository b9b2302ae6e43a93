"""Where a translation cannot be trusted: marks on sentences whose figures or names differ.

A sentence the check found wrong (`reader.translation.check`) gets a dotted
underline in the translation, red when it still differs from the original and
amber when it was repaired; the sentence's tooltip says what differed (see
`SentenceLinker.tooltip`); the status bar counts them; and the context menu of
a repaired sentence shows the model's own version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QStatusBar, QWidget

from ui.reading_view import ReadingView
from ui.translation_views import SentenceLinker

if TYPE_CHECKING:
    from reader.translation import SentencePair, Translation

#: Marker colours: legible on the light, sepia and dark pages alike, and told apart
#: from the highlight and entity tints (which are backgrounds, not underlines).
MISMATCH_COLOUR = "#d0342c"
REPAIRED_COLOUR = "#d08a1a"


def _marked(pair: SentencePair) -> bool:
    return pair.check is not None and pair.check.status in ("mismatch", "repaired")


def check_counts(translation: Translation) -> tuple[int, int]:
    """Return (repaired, still differing) sentences of a translation."""
    return translation.count_checks()


def status_text(repaired: int, mismatched: int) -> str:
    """Return the status bar's count: "2 sentences repaired, 1 to check"."""
    parts = []
    if repaired:
        parts.append(f"{repaired} sentence{'s' * (repaired > 1)} repaired")
    if mismatched:
        noun = "sentence" if mismatched == 1 else "sentences"
        parts.append(f"{mismatched} {noun} to check" if not parts else f"{mismatched} to check")
    return ", ".join(parts)


class CheckMarks(QObject):
    """Mark, count and explain the translated sentences the check found wrong."""

    LAYER = "checks"

    def __init__(
        self,
        translated: ReadingView,
        linker: SentenceLinker,
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.translated = translated
        self.linker = linker
        self.translation: Translation | None = None
        self.dialog: QMessageBox | None = None
        self.label = QLabel()
        self.label.setObjectName("translation_checks")
        self.label.setToolTip(
            "Translated sentences whose figures or names differ from the original: "
            "hover a marked sentence to see what differed"
        )
        status_bar.addPermanentWidget(self.label)
        self.label.hide()
        translated.context_menu_requested.connect(self._add_context_entries)

    def show(self, translation: Translation | None, visible: bool = True) -> None:
        """Mark the sentences of the translation on show (None: of none)."""
        self.translation = translation
        if translation is None:
            self.translated.set_highlights(self.LAYER, [])
            self.label.hide()
            return
        selections = [
            self.translated.selection(*pair.target, self._format(pair))
            for pair in translation.pairs
            if _marked(pair)
        ]
        self.translated.set_highlights(self.LAYER, selections)
        text = status_text(*check_counts(translation))
        self.label.setText(text)
        self.label.setVisible(bool(text) and visible)

    def set_visible(self, visible: bool) -> None:
        """Show the status bar's count only while the translation is on screen."""
        self.label.setVisible(visible and bool(self.label.text()) and self.translation is not None)

    def show_original(self, pair: SentencePair) -> QMessageBox | None:
        """Show the model's own translation of a repaired sentence, with what differed."""
        check = pair.check
        if check is None or not check.original:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Model's Own Translation",
            check.original,
            QMessageBox.StandardButton.Close,
            self._parent_widget(),
        )
        box.setInformativeText(f"Lisible shows a repaired translation instead: {check.describe()}")
        box.open()
        self.dialog = box
        return box

    def _format(self, pair: SentencePair) -> QTextCharFormat:
        assert pair.check is not None
        colour = MISMATCH_COLOUR if pair.check.status == "mismatch" else REPAIRED_COLOUR
        marker = QTextCharFormat()
        marker.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        marker.setUnderlineColor(QColor(colour))
        return marker

    def _add_context_entries(self, menu: QMenu) -> None:
        pair = self.linker.current or self.linker.pinned
        if pair is None or pair.check is None or not pair.check.original:
            return
        menu.addSeparator()
        action = menu.addAction("Model's Own Translation…")
        action.triggered.connect(lambda: self.show_original(pair))

    def _parent_widget(self) -> QWidget | None:
        return self.translated.window()
