"""Translate the article in the window: the Translate menu, streaming, views, selections.

The translation streams in from a worker: the first paragraph shows while the
rest is translated, with a progress bar and Cancel in the status bar. The
window shows the original, the translation, or both side by side
(paragraph-aligned, scrolling together, each sentence linked to its source).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.article import Article
from reader.errors import Cancelled
from reader.language import translation_direction
from ui.display import Prepared, prepare
from ui.formatting import direction_label, format_size, language_in_text
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.models_dialog import ModelsDialog
from ui.reading_view import ReadingView
from ui.settings import (
    FONT_SIZE,
    TRANSLATION_CHECK,
    TRANSLATION_QUALITY,
    TRANSLATION_REPAIR,
    TRANSLATION_SOURCE,
    VIEW_MODE,
)
from ui.shell import Shell
from ui.tasks import Report, Task, error_message
from ui.translation_checks import CheckMarks
from ui.translation_views import ParagraphAligner, SentenceLinker, carry_place
from ui.window_theme import secondary_text

if TYPE_CHECKING:
    from reader.translation import ModelMissing, PackageInfo, Translation

#: Partial translations are shown at most this often, plus so much per block:
#: each showing lays the whole translation out and aligns it again, and a
#: long read streaming in otherwise kept the window busy all the time.
PARTIAL_GAP_MS = 300
PARTIAL_GAP_PER_BLOCK_MS = 0.5
#: Side by side, each pane shows at least this many characters a line (five or
#: six words); with less room the translation goes below the original.
MIN_PANE_CHARACTERS = 34
#: Back beside it only with this much more room (pixels): no flapping at the edge.
UNSTACK_MARGIN = 24


class ViewMode(enum.StrEnum):
    """What the window shows of an article and its translation."""

    ORIGINAL = "original"
    TRANSLATION = "translation"
    SIDE_BY_SIDE = "side_by_side"


_MODE_ENTRIES = (
    (ViewMode.ORIGINAL, QT_TRANSLATE_NOOP("Translation", "&Original"), "Ctrl+1"),
    (ViewMode.TRANSLATION, QT_TRANSLATE_NOOP("Translation", "&Translation"), "Ctrl+2"),
    (ViewMode.SIDE_BY_SIDE, QT_TRANSLATE_NOOP("Translation", "&Side by Side"), "Ctrl+3"),
)


#: What the reader chose in Preferences, as `reader.translation.TranslationSettings`
#: takes it (quality, check, repair): plain values, so that the window need not
#: import the engine before translating.
TranslationOptions = tuple[str, bool, bool]
#: A translation, partial or complete, and its article prepared for display.
Streamed = tuple["Translation", Prepared]


def _translate(
    article: Article,
    target: tuple[str, TranslationOptions],
    column_width: int,
    progress: Report,
    cancelled: Callable[[], bool],
) -> Streamed:
    from reader.translation import TranslationSettings, translate_article

    to_code, options = target

    def streamed(partial: Translation, done: int, total: int) -> None:
        # The partial translation rides with its progress to the UI thread,
        # prepared like any article about to be shown.
        progress(done, total, (partial, prepare(partial.article, column_width)))

    result = translate_article(
        article,
        to_code,
        on_progress=streamed,
        cancelled=cancelled,
        settings=TranslationSettings(*options),
    )
    return result, prepare(result.article, column_width)


def _translate_text(
    text: str,
    from_code: str,
    to_code: str,
    options: TranslationOptions,
    cancelled: Callable[[], bool],
) -> str:
    from reader.translation import TranslationSettings, translate_text

    settings = TranslationSettings(*options)
    return translate_text(text, from_code, to_code, cancelled=cancelled, settings=settings)


def _download_size(from_code: str, to_code: str) -> int | None:
    from reader.translation.packages import download_size

    # The index is small; a slow network must not keep the button without its size long.
    return download_size(from_code, to_code, timeout=5.0)


def _preload(from_code: str, to_code: str) -> None:
    from reader.translation import preload

    preload(from_code, to_code)


class TranslationController(QObject):
    """Everything translation adds to the main window."""

    #: Blocks translated so far and in all, once the partial translation is on show.
    progressed = Signal(int, int)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.translation = None
        self.mode = ViewMode.ORIGINAL
        self.models_dialog: ModelsDialog | None = None
        self.offer: QMessageBox | None = None
        self._task: Task[Streamed] | None = None
        self._wanted: tuple[str, str] | None = None
        # The partial translation that came with the progress about to arrive.
        self._newest: Streamed | None = None
        # The newest partial translation not shown yet, with its progress.
        self._pending: tuple[Streamed, int, int] | None = None
        self._partial_shown = QElapsedTimer()
        self._partial_timer = QTimer(self)
        self._partial_timer.setSingleShot(True)
        self._partial_timer.timeout.connect(self._show_pending)

        self.original_view = shell.reading_view
        self.translation_view = ReadingView(point_size=shell.settings.get(FONT_SIZE))
        self.translation_view.setObjectName("translation_view")
        shell.name_widget(
            self.translation_view,
            translate("Translation", "Translation"),
            translate("Translation", "The article's translation"),
        )
        # The translation sits right of the original.
        shell.add_beside(self.translation_view)
        self.translation_view.hide()
        self.aligner = ParagraphAligner(self.original_view, self.translation_view, self)
        self.linker = SentenceLinker(self.original_view, self.translation_view, self)

        self._build_status_bar()
        self.checks = CheckMarks(self.translation_view, self.linker, shell.add_status_widget, self)
        self._build_actions()
        for view in (self.original_view, self.translation_view):
            view.context_menu_requested.connect(
                lambda menu, view=view: self._add_context_entries(view, menu)
            )
            # Side by side, paragraphs line up again with their new heights.
            view.relaid_out.connect(self.aligner.schedule)
        shell.article_shown.connect(self._article_changed)
        shell.closing.connect(self._window_closing)
        shell.watch_room(self)
        # Nothing is on show yet: the stored mode returns with the first article.
        self._set_mode(ViewMode.ORIGINAL, remember=False)
        self._update_actions()
        shell.translation_view = self.translation_view
        shell.add_view(self.translation_view)

    @property
    def translation(self) -> Translation | None:
        """Return the translation of the article on show, as far as it has come."""
        return self.shell.translation

    @translation.setter
    def translation(self, translation: Translation | None) -> None:
        self.shell.translation = translation

    # What the user does

    def settings(self) -> TranslationOptions:
        """Return the translation settings of Preferences: quality, check, repair."""
        get = self.shell.settings.get
        return (get(TRANSLATION_QUALITY), get(TRANSLATION_CHECK), get(TRANSLATION_REPAIR))

    @property
    def running(self) -> bool:
        """Return whether a translation is under way."""
        return self._task is not None

    def translate(self) -> None:
        """Translate the article on show, and show the translation."""
        article = self.shell.article
        if article is None or self.running:
            return
        direction = translation_direction(article.language)
        if direction is None:
            self._set_mode(ViewMode.ORIGINAL, remember=False)
            self.shell.show_error(_unsupported_message(article))
            return
        if self.mode is ViewMode.ORIGINAL:
            self._set_mode(ViewMode.TRANSLATION)
        self.shell.settings.set(TRANSLATION_SOURCE, direction[0])
        if self._has_translation_of(article):
            self._update_views()
            return
        self._start(article, direction)

    def cancel(self) -> None:
        """Stop the translation under way and go back to the original."""
        if not self.running:
            return
        self._stop()
        self.translation = None
        self.linker.set_translation(None)
        self.checks.show(None)
        self.translation_view.show_message(translate("Translation", "Translation cancelled."))
        self._update_views()
        self.shell.status(translate("Translation", "Translation cancelled."))

    def set_mode(self, mode: ViewMode) -> None:
        """Show the original, the translation or both; translate first if needed."""
        self._set_mode(mode)
        article = self.shell.article
        if mode is not ViewMode.ORIGINAL and article and not self._has_translation_of(article):
            self.translate()

    def translate_selection(self, view: ReadingView | None = None) -> SelectionDialog | None:
        """Translate the text selected in a view and show it in a small window."""
        view = view or self._selecting_view()
        if view is None or view.article is None:
            self.shell.status(translate("Translation", "Select some text to translate."))
            return None
        text = _selected_text(view)
        direction = translation_direction(view.article.language)
        if direction is None:
            self.shell.show_error(_unsupported_message(view.article))
            return None
        dialog = SelectionDialog(text, *direction, parent=self.shell.widget)
        dialog.show()
        dialog.task = (
            Task(_translate_text, text, *direction, self.settings())
            .cancellable()
            .in_lane("translation")
            .success(dialog.show_translation)
            .failure(lambda error: self._selection_failed(dialog, error))
            .run(dialog)
        )
        return dialog

    def show_models(self) -> ModelsDialog:
        """Open Translate ▸ Translation Models (one window, raised if already open)."""
        if self.models_dialog is None:
            self.models_dialog = ModelsDialog(self.shell.widget)
            self.models_dialog.installed.connect(self._package_installed)
        if self.models_dialog.isVisible():
            self.models_dialog.raise_()
            self.models_dialog.activateWindow()
        else:
            self.models_dialog.show()
        return self.models_dialog

    # Running a translation

    def _start(self, article: Article, direction: tuple[str, str]) -> None:
        from_code, to_code = direction
        self.translation = None
        self.linker.set_translation(None)
        self.translation_view.show_message(
            translate("Translation", "Translating into {language}…").format(
                language=language_in_text(to_code)
            )
        )
        self.progress_label.setText(
            translate("Translation", "Translating {direction}…").format(
                direction=direction_label(from_code, to_code)
            )
        )
        self.progress_bar.setRange(0, 0)
        self.progress_box.show()
        self._task = (
            Task(
                _translate,
                article,
                (to_code, self.settings()),
                self.translation_view.column_width,
            )
            .cancellable()
            .in_lane("translation")
            .success(self._translated)
            .failure(self._failed)
            .with_partial(self._partial)
            .with_progress(self._progressed)
            .run(self.shell.widget)
        )
        self._update_views()
        self._update_actions()

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task = None
        self._pending = None
        self._partial_timer.stop()
        self._partial_shown.invalidate()
        self.progress_box.hide()
        self._update_actions()

    def _partial(self, partial: Streamed) -> None:
        # Shown with its progress, which follows at once.
        self._newest = partial

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(f"{done}/{total}")
        partial, self._newest = self._newest, None
        if partial is not None:
            self._pending = (partial, done, total)
            self._show_pending()

    def _show_pending(self) -> None:
        """Show the newest partial translation, unless the last one was shown too recently."""
        if self._pending is None:
            return
        (partial, prepared), done, total = self._pending
        wait = self._partial_wait(partial)
        if wait > 0:
            self._partial_timer.start(wait)
            return
        self._pending = None
        self._partial_shown.start()
        self.show_translation(partial, prepared)
        self.progressed.emit(done, total)

    def _partial_wait(self, partial: Translation) -> int:
        """Return the milliseconds before a partial translation may be shown."""
        if self.translation_view.building or self.aligner.aligning:
            # The last one is still being laid out or aligned.
            return PARTIAL_GAP_MS
        if not self._partial_shown.isValid():
            return 0
        gap = PARTIAL_GAP_MS + PARTIAL_GAP_PER_BLOCK_MS * len(partial.article.blocks)
        return max(0, round(gap - self._partial_shown.elapsed()))

    def _translated(self, result: Streamed) -> None:
        self._stop()
        self.show_translation(*result)

    def _failed(self, error: BaseException) -> None:
        from reader.translation import ModelMissing

        self._stop()
        self.translation = None
        self.translation_view.show_message(translate("Translation", "No translation."))
        self._set_mode(ViewMode.ORIGINAL, remember=False)
        if isinstance(error, ModelMissing):
            self.offer_model(error)
        elif not isinstance(error, Cancelled):
            self.shell.show_error(error_message(error))

    def show_translation(self, translation: Translation, prepared: Prepared | None = None) -> None:
        """Show a translation (partial or complete) of the article on show, where it was read.

        `prepared` is its article prepared for display on the worker that translated it.
        """
        if translation.source is not self.shell.article:
            return
        view = self.translation_view
        if translation is self.translation and view.article is translation.article:
            # Already on show: a cached translation arrives as the last step and as the result.
            return
        scroll = view.verticalScrollBar().value()
        self.translation = translation
        with self.aligner.held():
            view.show_article(prepared or translation.article)
        self.linker.set_translation(translation)
        self.checks.show(translation, self.mode is not ViewMode.ORIGINAL)
        self._update_views()
        if self.aligner.active:
            # Aligned anew, the translation follows the original's scrolling.
            self.aligner.align()
        else:
            view.verticalScrollBar().setValue(scroll)
        if translation.complete:
            self.shell.translation_shown.emit(translation.article, view)

    # A missing model

    def offer_model(self, error: ModelMissing) -> QMessageBox:
        """Say which model is missing and offer to install it from a file or download it."""
        direction = direction_label(error.from_code, error.to_code)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Translation", "Translation Model Needed"),
            translate(
                "Translation",
                "Translating {direction} needs a translation model, and none is installed.",
            ).format(direction=direction),
            QMessageBox.StandardButton.Cancel,
            self.shell.widget,
        )
        box.setObjectName("model_offer")
        box.setInformativeText(
            translate(
                "Translation",
                "Install an .argosmodel file you have, or download the model from the"
                " Argos Translate package index. Translating never sends your text anywhere.",
            )
        )
        install = box.addButton(
            translate("Translation", "Install from &File…"), QMessageBox.ButtonRole.ActionRole
        )
        download = box.addButton(
            _download_text(error.download_size), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(download)
        wanted = (error.from_code, error.to_code)

        def answered(button: object) -> None:
            self.offer = None
            if button is install:
                self._wanted = wanted
                self.show_models().install_from_file()
            elif button is download:
                self._wanted = wanted
                self.show_models().download_pair(*wanted)

        if error.download_size is None:

            def sized(size: int | None) -> None:
                if size:
                    download.setText(_download_text(size))

            Task(_download_size, *wanted).success(sized).failure(lambda _error: None).run(box)
        box.buttonClicked.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        self.offer = box
        return box

    def _package_installed(self, package: PackageInfo) -> None:
        # The model a translation was waiting for is there: translate now.
        if self._wanted == (package.from_code, package.to_code):
            self._wanted = None
            self.translate()

    # Views

    def _set_mode(self, mode: ViewMode, remember: bool = True) -> None:
        if mode is not self.mode:
            self._carry_position(mode)
        self.mode = mode
        if remember:
            self.shell.settings.set(VIEW_MODE, mode.value)
        self.mode_actions[mode].setChecked(True)
        self._update_views()

    def _update_views(self) -> None:
        has_translation = self.translation is not None or self.running
        show_original = self.mode is not ViewMode.TRANSLATION or not has_translation
        show_translation = self.mode is not ViewMode.ORIGINAL and has_translation
        both = show_original and show_translation
        entering = both and not self.aligner.active
        # Qt hands the focus of a hidden view to the next widget (the Entities
        # filter, say): keep it in the text the reader turns to.
        reading = self._focused_view()
        self.original_view.setVisible(show_original)
        self.translation_view.setVisible(show_translation)
        self.checks.set_visible(show_translation)
        if reading is not None and not reading.isVisible():
            (self.translation_view if show_translation else self.original_view).setFocus()
        # The status bar describes the text on show: the translation's language
        # and length when it is shown alone.
        shown = self.translation_view if not show_original else self.original_view
        if shown.article is not None:
            self.shell.describe(shown.article)
        if both:
            self._fit_panes()
        else:
            # The note speaks of two panes: it goes with them (it would otherwise
            # linger for its seconds over the Original view).
            self.shell.clear_status(only=self._narrow_note())
        if entering:
            self._share_width()
        self.aligner.set_active(both)

    def pane_width_needed(self) -> int:
        """Return the width a pane needs side by side: `MIN_PANE_CHARACTERS` a line, and margins."""
        view = self.original_view
        characters = view.typography[2]
        scroll_bar = view.verticalScrollBar().sizeHint().width()
        return round(view.column_width * MIN_PANE_CHARACTERS / characters) + scroll_bar + 24

    @staticmethod
    def _narrow_note() -> str:
        return translate(
            "Translation", "Too narrow for side by side: the translation is below the original."
        )

    def _fit_panes(self) -> None:
        # Too narrow for two columns of words: the translation goes below the
        # original, each paragraph still level with its own (they scroll together).
        half = self.shell.room_width() // 2
        needed = self.pane_width_needed()
        stacked = self.shell.is_stacked()
        if not stacked and half < needed:
            self.shell.set_stacked(True)
            self._share_width()
            self.shell.status(self._narrow_note())
        elif stacked and half >= needed + UNSTACK_MARGIN:
            self.shell.set_stacked(False)
            self._share_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Stack or unstack the panes as the room the views share changes."""
        if (
            event.type() == QEvent.Type.Resize
            and hasattr(self, "mode")
            and self.original_view.isVisible()
            and self.translation_view.isVisible()
        ):
            self._fit_panes()
        return False

    def _focused_view(self) -> ReadingView | None:
        focus = QApplication.focusWidget()
        for view in (self.original_view, self.translation_view):
            if focus is not None and (focus is view or view.isAncestorOf(focus)):
                return view
        return None

    def _share_width(self) -> None:
        # Side by side, the original and its translation get half the room each.
        self.shell.share_width(self.original_view, self.translation_view)

    def _carry_position(self, mode: ViewMode) -> None:
        # Switching between the original and the translation keeps the paragraph read.
        if self.translation is None:
            return
        if self.mode is ViewMode.TRANSLATION:
            carry_place(self.translation_view, self.original_view)
        elif mode is ViewMode.TRANSLATION:
            carry_place(self.original_view, self.translation_view)

    def _has_translation_of(self, article: Article) -> bool:
        translation = self.translation
        return translation is not None and translation.source is article and translation.complete

    def _article_changed(self, article: Article) -> None:
        if self.translation is not None and self.translation.source is article:
            return
        self._stop()
        self.translation = None
        self.linker.set_translation(None)
        self.checks.show(None)
        self.translation_view.show_message(translate("Translation", "No translation yet."))
        wanted = _stored_mode(self.shell)
        direction = translation_direction(article.language)
        installed = direction is not None and _installed(*direction)
        # The remembered view is the reader's way of reading articles in the
        # language they last translated from (French articles in English): one
        # in another language (an English page after French ones) is not
        # turned into French unasked, it opens in the original.
        usual = direction is not None and direction[0] == self.shell.settings.get(
            TRANSLATION_SOURCE
        )
        if wanted is not ViewMode.ORIGINAL and installed and usual:
            self._set_mode(wanted, remember=False)
            self.translate()
        else:
            self._set_mode(ViewMode.ORIGINAL, remember=False)
            keys = self.translate_action.shortcut().toString()
            if wanted is not ViewMode.ORIGINAL and direction is not None and not installed:
                self.shell.status(
                    translate(
                        "Translation",
                        "No {direction} model is installed: Translate ({keys}) offers to get one.",
                    ).format(direction=direction_label(*direction), keys=keys)
                )
            elif wanted is not ViewMode.ORIGINAL and direction is not None:
                self.shell.status(
                    translate(
                        "Translation",
                        "This article is in {source}: Translate ({keys}) shows it in {target}.",
                    ).format(
                        source=language_in_text(direction[0]),
                        keys=keys,
                        target=language_in_text(direction[1]),
                    )
                )
            if installed and direction is not None:
                # Ctrl+T is then quick: the model loads while the reader starts reading.
                Task(_preload, *direction).in_lane("translation").failure(lambda _error: None).run(
                    self
                )
        self._update_actions()

    # Menus, toolbar, status bar

    def _build_actions(self) -> None:
        shell = self.shell
        self.menu = QMenu(translate("Translation", "T&ranslate"), shell.widget)
        shell.add_menu(self.menu, before=shell.tools_menu)
        self.translate_action = shell.add_action(
            self.menu, translate("Translation", "&Translate Article"), self.translate, "Ctrl+T"
        )
        self.selection_action = shell.add_action(
            self.menu,
            translate("Translation", "Translate &Selection"),
            self._translate_selection,
            "Ctrl+Shift+T",
        )
        self.cancel_action = shell.add_action(
            self.menu,
            translate("Translation", "&Cancel Translation"),
            self.cancel,
            QKeySequence(Qt.Key.Key_Escape),
        )
        shell.add_cancel_action(self.cancel_action)
        self.menu.addSeparator()
        # In Translate only: Tools held nothing but a second copy of it.
        self.models_action = shell.add_action(
            self.menu, translate("Translation", "Translation &Models…"), self.show_models
        )
        group = QActionGroup(self)
        self.mode_actions: dict[ViewMode, QAction] = {}
        for mode, text, shortcut in _MODE_ENTRIES:
            action = shell.add_action(
                shell.view_menu, translate("Translation", text), self._mode_slot(mode), shortcut
            )
            action.setCheckable(True)
            group.addAction(action)
            self.mode_actions[mode] = action
        self.toolbar = QToolBar(translate("Translation", "Translation"), shell.widget)
        self.toolbar.setObjectName("translation_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.mode_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.translate_action)
        shell.add_toolbar(self.toolbar)

    def _mode_slot(self, mode: ViewMode) -> Callable[[], None]:
        return lambda: self.set_mode(mode)

    def _translate_selection(self) -> None:
        self.translate_selection()

    def _build_status_bar(self) -> None:
        self.progress_box = QWidget()
        layout = QHBoxLayout(self.progress_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(translate("Translation", "Cancel"))
        self.cancel_button.setToolTip(translate("Translation", "Stop translating (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            layout.addWidget(widget)
        self.shell.add_status_widget(self.progress_box, permanent=True)
        self.progress_box.hide()

    def _update_actions(self) -> None:
        article = self.shell.article
        direction = translation_direction(article.language) if article is not None else None
        self.translate_action.setEnabled(article is not None and not self.running)
        if direction:
            self.translate_action.setText(
                translate("Translation", "&Translate {direction}").format(
                    direction=direction_label(*direction)
                )
            )
            self.translate_action.setIconText(
                translate("Translation", "Translate {source}→{target}").format(
                    source=direction[0].upper(), target=direction[1].upper()
                )
            )
        else:
            self.translate_action.setText(translate("Translation", "&Translate Article"))
            self.translate_action.setIconText(translate("Translation", "Translate"))
        # A toolbar keeps a button's size when its action's text changes.
        button = self.toolbar.widgetForAction(self.translate_action)
        if button is not None:
            button.adjustSize()
            self.toolbar.updateGeometry()
        self.selection_action.setEnabled(article is not None)
        # With no article there is nothing to translate: only Original shows something.
        for mode, action in self.mode_actions.items():
            action.setEnabled(article is not None or mode is ViewMode.ORIGINAL)
        # Esc belongs to other uses (closing a find bar…) unless a translation runs.
        self.cancel_action.setEnabled(self.running)

    def _add_context_entries(self, view: ReadingView, menu: QMenu) -> None:
        menu.addSeparator()
        action = menu.addAction(translate("Translation", "Translate Selection"))
        action.setEnabled(view.textCursor().hasSelection() and view.article is not None)
        action.triggered.connect(lambda: self.translate_selection(view))

    def _selecting_view(self) -> ReadingView | None:
        views = [self.original_view, self.translation_view]
        focused = [v for v in views if v.hasFocus()]
        for view in focused + views:
            if view.isVisible() and view.textCursor().hasSelection():
                return view
        return None

    def _selection_failed(self, dialog: SelectionDialog, error: BaseException) -> None:
        from reader.translation import ModelMissing

        if isinstance(error, ModelMissing):
            dialog.close()
            self.offer_model(error)
        else:
            dialog.show_error(error_message(error))

    def _window_closing(self) -> None:
        # Nobody will read what is under way.
        self._stop()
        if self.models_dialog is not None:
            self.models_dialog.cancel()


class SelectionDialog(QDialog):
    """A small window with a selection's translation and a Copy button."""

    def __init__(self, text: str, from_code: str, to_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            translate("Translation", "Translation — {direction}").format(
                direction=direction_label(from_code, to_code)
            )
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        #: The translation under way, stopped when the dialog closes.
        self.task: Task[str] | None = None
        self.source = QLabel(text)
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        # The source reads as secondary to its translation, yet readable (it
        # was a disabled label: a grey of 1.6:1 on Fusion's light palette).
        palette = self.source.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(palette))
        self.source.setPalette(palette)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(translate("Translation", "Translating…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("Translation", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.source, self.output, self.status, buttons):
            layout.addWidget(widget)
        self.resize(480, 300)

    def show_translation(self, text: str) -> None:
        """Show the translation, ready to copy."""
        self.output.setPlainText(text)
        self.copy_button.setEnabled(True)
        self.copy_button.setFocus()

    def show_error(self, message: str) -> None:
        """Say in one line why there is no translation."""
        self.output.setPlaceholderText("")
        self.status.setText(message)

    def copy(self) -> None:
        """Put the translation on the clipboard."""
        QGuiApplication.clipboard().setText(self.output.toPlainText())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Stop translating what nobody will read."""
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)


def _stored_mode(shell: Shell) -> ViewMode:
    try:
        return ViewMode(shell.settings.get(VIEW_MODE))
    except ValueError:
        return ViewMode.ORIGINAL


def _installed(from_code: str, to_code: str) -> bool:
    from reader.translation import find_package

    return find_package(from_code, to_code) is not None


def _selected_text(view: ReadingView) -> str:
    # Qt separates paragraphs of a selection with U+2029 and lines with U+2028.
    return view.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")


def _unsupported_message(article: Article) -> str:
    if not article.language:
        return translate(
            "Translation",
            "The language of this article is unknown; Lisible translates French and English.",
        )
    return translate(
        "Translation",
        "This article is in {language}; Lisible translates French to English and English"
        " to French.",
    ).format(language=language_in_text(article.language))


def _download_text(size: int | None) -> str:
    """Return the Download button's text, with the model's size when known."""
    if not size:
        return translate("Translation", "&Download")
    return translate("Translation", "&Download ({size})").format(size=format_size(size))
