"""Entities in the window: the dock, finding them off the UI thread, highlights and navigation.

    self.entities = EntitiesController(shell)   # in MainWindow.__init__

Every view that shows an article (the original, a translation) gets its own
entities; the panel lists those of the view the reader is looking at. Names
need a spaCy pipeline, which takes a second or more to load the first time:
figures (found by our own recogniser, instantly) show first, and the article
stays readable throughout. Both are found in the entities process
(reader/entities/service.py), so nothing of it holds this process's
interpreter; the model of a shown article starts loading there ahead of need.
Names are found one text at a time, in one lane, because a pipeline is loaded
once and shared.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QDockWidget, QFileDialog, QToolTip

from reader.article import Article
from ui.entity_colors import GroupColors, chosen_hues, group_colors
from ui.entity_names import kind_name
from ui.formatting import language_in_text, plural
from ui.i18n import os_reason_text, translate
from ui.reading_view import ReadingView
from ui.settings import (
    ENTITIES_HIDDEN_GROUPS,
    ENTITIES_PANEL_SHOWN,
    ENTITIES_SORT,
    ENTITY_COLOURS,
    LAST_FOLDER,
)
from ui.shell import Shell
from ui.tasks import Task, error_message

if TYPE_CHECKING:
    from reader.entities import Entity, EntityResult
    from ui.entities_panel import EntitiesPanel

log = logging.getLogger(__name__)

#: Highlight layers in the reading views: every mention, and the selected item's.
MENTIONS_LAYER = "entities"
FOCUS_LAYER = "entity-focus"

EXPORT_FILTERS = {"CSV (*.csv)": "csv", "JSON (*.json)": "json"}

#: How long after an article is shown its names model starts loading, panel closed,
#: in milliseconds: after the article's first paint, and soon enough to be ready
#: when the panel opens a few seconds later.
PRELOAD_DELAY = 300


def _find_figures(text: str, language: str) -> tuple[Entity, ...]:
    # Found in the entities process (reader/entities/service.py), as names are:
    # a regular expression over a long read holds the interpreter while it scans.
    from reader.entities.service import entities_process

    return entities_process().figures(text, language)


def _find_all(
    text: str,
    language: str,
    blocks: list[tuple[int, int]],
    figures: tuple[Entity, ...],
    *,
    cancelled: Callable[[], bool],
    progress: Callable[[int, int], object] | None = None,
) -> EntityResult:
    # spaCy loads and runs in the entities process: on a thread of this one it
    # would hold the window's interpreter (150 ms and more at a stretch).
    from reader.entities.service import entities_process

    return entities_process().extract(
        text, language, blocks, figures=figures, cancelled=cancelled, progress=progress
    )


def _names_available(language: str) -> bool:
    from reader.entities import LANGUAGES

    return language in LANGUAGES


def _model_loaded(language: str) -> bool:
    # Not imported yet (a worker's job, maybe under way): no process, nothing loaded.
    ask = getattr(sys.modules.get("reader.entities.service"), "entities_process", None)
    return ask is not None and bool(ask().is_loaded(language))


def _start_loading(language: str, background: bool) -> None:
    from reader.entities.service import entities_process

    entities_process().start_loading(language, background=background)


@dataclass(eq=False)
class _Target:
    """One view's article and what has been found in it so far."""

    view: ReadingView
    article: Article
    #: Figures alone, while names are still being looked for.
    figures: tuple[Entity, ...] = ()
    #: Everything found, once the search is over (figures alone when names cannot be had).
    result: EntityResult | None = None
    started: bool = False
    #: Why names are missing, when they are.
    note: str = ""
    #: The search for names, once it has its turn in the lane.
    search: Task[EntityResult] | None = None
    #: Called with the result once it is there (an export waiting for it).
    then: list[Callable[[], object]] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.article.language or ""

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.result.entities if self.result else self.figures

    def stop(self) -> None:
        """Give up the search for names: it ends early, or never starts."""
        if self.search is not None:
            self.search.cancel()


class EntitiesController(QObject):
    """The Entities dock of a window and everything it drives in the reading views."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.settings = shell.settings
        self._targets: dict[ReadingView, _Target] = {}
        #: Translations announced before their view has laid them out.
        self._laying_out: dict[ReadingView, Article] = {}
        self._current: _Target | None = None
        self._selected: Entity | None = None
        self._mention = 0
        self._hidden: tuple[str, ...] = self.settings.get(ENTITIES_HIDDEN_GROUPS)
        self._panel: EntitiesPanel | None = None

        self.dock = QDockWidget(translate("Entities", "Entities"), shell.widget)
        # Named so that the window's saved state restores its place and size.
        self.dock.setObjectName("entities-dock")
        shell.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setVisible(self.settings.get(ENTITIES_PANEL_SHOWN))

        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setText(translate("Entities", "&Entities"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+E"))
        self.toggle_action.setStatusTip(
            translate("Entities", "Show or hide who and what the article mentions")
        )
        shell.view_menu.addAction(self.toggle_action)
        self.export_action = shell.add_action(
            shell.file_menu,
            translate("Entities", "Export &Entities…"),
            self.export,
            before=shell.file_menu_end,
        )
        self.export_action.setEnabled(False)
        self.next_action, self.previous_action = self._navigation_actions()

        if self.wanted:
            self._build_panel()
        self.dock.visibilityChanged.connect(self._visibility_changed)
        shell.article_shown.connect(partial(self._show, shell.reading_view))
        shell.translation_shown.connect(self._translation_shown)
        shell.settings_changed.connect(self._setting_changed)

    @property
    def panel(self) -> EntitiesPanel:
        """Return the dock's panel, made the first time it is needed."""
        return self._panel or self._build_panel()

    def _build_panel(self) -> EntitiesPanel:
        # Made once the dock opens, not at start-up: it needs the entities core.
        from ui.entities_panel import EntitiesPanel

        panel = EntitiesPanel()
        panel.set_sort_order(self.settings.get(ENTITIES_SORT))
        panel.set_hidden_groups(self._hidden)
        panel.set_colors(self._colors(self.shell.reading_view))
        panel.entity_selected.connect(self._entity_selected)
        panel.hidden_groups_changed.connect(self._hidden_groups_changed)
        panel.sort_changed.connect(partial(self.settings.set, ENTITIES_SORT))
        self.dock.setWidget(panel)
        self._panel = panel
        self._show_in_panel()
        return panel

    def _colors(self, view: ReadingView) -> dict[str, GroupColors]:
        return group_colors(view.palette(), chosen_hues(self.settings))

    def _setting_changed(self, name: str) -> None:
        if name in {setting.name for setting in ENTITY_COLOURS.values()}:
            for target in list(self._targets.values()):
                self._paint(target)
            if self._panel is not None:
                self._panel.set_colors(self._colors(self.shell.reading_view))
        # Preferences changed the order: the open list follows at once.
        if name == ENTITIES_SORT.name and self._panel is not None:
            self._panel.set_sort_order(self.settings.get(ENTITIES_SORT))

    @property
    def wanted(self) -> bool:
        """Return whether the reader asked for entities (the dock is not closed)."""
        return not self.dock.isHidden()

    @property
    def shown_article(self) -> Article | None:
        """Return the article whose entities the panel lists (the original or a translation)."""
        return self._current.article if self._current else None

    @property
    def result(self) -> EntityResult | None:
        """Return everything found in the text the panel lists, once the search is over."""
        return self._current.result if self._current else None

    def next_mention(self) -> bool:
        """Go to the next mention of the selected item, after the last the first."""
        return self._step(1)

    def previous_mention(self) -> bool:
        """Go to the previous mention of the selected item, before the first the last."""
        return self._step(-1)

    def export(self) -> None:
        """Save the listed entities as CSV or JSON, in a file the reader picks."""
        target = self._current
        if target is None or not self._alive(target):
            return
        if target.result is None:
            # Wanted now, even with the dock closed: export once it is found.
            target.then.append(partial(self._export, target))
            self._start(target)
            self.shell.status(translate("Entities", "Finding names to export…"), 0)
            return
        self._export(target)

    # Showing an article -------------------------------------------------------

    def _translation_shown(self, article: Article, view: QObject) -> None:
        if not isinstance(view, ReadingView):
            return
        if view.article is article:
            self._show(view, article, take_over=False)
            return
        # A long translation is still being laid out: its spans map once it is.
        if view not in self._laying_out:
            view.article_laid_out.connect(partial(self._translation_laid_out, view))
        self._laying_out[view] = article

    def _translation_laid_out(self, view: ReadingView, article: Article) -> None:
        if self._laying_out.get(view) is article:
            del self._laying_out[view]
            self._show(view, article, take_over=False)

    def _show(self, view: ReadingView, article: Article, take_over: bool = True) -> None:
        """Find entities in an article a view now shows; list them if `take_over`.

        A translation finished beside the original (`take_over` false) leaves the
        panel with the original until the reader turns to it (see `eventFilter`).
        """
        old = self._targets.get(view)
        if old is not None:
            old.stop()
        else:
            view.installEventFilter(self)
            # Tooltips arrive at the viewport.
            view.viewport().installEventFilter(self)
            view.destroyed.connect(partial(self._forget, view))
        target = _Target(view, article)
        self._targets[view] = target
        if view is self.shell.reading_view and self._panel is not None:
            # The view's colours may have changed before it was followed (the
            # theme is applied after the panel, open from the last run, is built).
            self._panel.set_colors(self._colors(view))
        current = self._current
        if (
            take_over
            or current is None
            or current is old
            or not self._alive(current)
            or not current.view.isVisible()
        ):
            self._make_current(target)
        if self.wanted:
            self._start(target)
        elif take_over:
            QTimer.singleShot(PRELOAD_DELAY, self, partial(self._preload, target, True))

    def _preload(self, target: _Target, background: bool) -> None:
        """Start loading the names model of a shown article; `background`: nobody waits yet."""
        if self._alive(target) and _names_available(target.language):
            Task(_start_loading, target.language, background).failure(
                partial(self._preload_failed, target.language)
            ).run(self)

    def _preload_failed(self, language: str, error: BaseException) -> None:
        # Nobody asked yet: a search that needs the model reports why it is missing.
        log.info("could not start loading the %s names model: %s", language, error)

    def _forget(self, view: ReadingView) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.shell):
            # The window is going, with this controller.
            return
        self._laying_out.pop(view, None)
        target = self._targets.pop(view, None)
        if target is None:
            return
        target.stop()
        if self._current is target:
            others = list(self._targets.values())
            self._make_current(others[0] if others else None)

    def _alive(self, target: _Target) -> bool:
        """Return whether a target still is what its view shows."""
        view = target.view
        return (
            self._targets.get(view) is target
            and shiboken6.isValid(view)
            and view.article is target.article
        )

    def _make_current(self, target: _Target | None) -> None:
        old = self._current
        if target is old:
            return
        if old is not None and self._alive(old):
            old.view.set_highlights(FOCUS_LAYER, [])
        self._current = target
        if self._panel is not None:
            self._panel.select_entity(None)
        self._select(None)
        self._show_in_panel()

    def _show_in_panel(self) -> None:
        target = self._current
        alive = target is not None and self._alive(target)
        self.export_action.setEnabled(alive)
        panel = self._panel
        if panel is None:
            return
        if target is None or not alive:
            panel.set_entities(())
            panel.set_status(
                translate("Entities", "Open an article to see who and what it mentions.")
            )
            return
        panel.set_entities(target.entities)
        language = language_in_text(target.language) if target.language else ""
        if target.result is not None:
            names = sum(1 for e in target.entities if e.group != "Figures")
            figures = len(target.entities) - names
            summary = (
                translate("Entities", "{names} and {figures}.").format(
                    names=plural(
                        names, translate("Entities", "{n} name"), translate("Entities", "{n} names")
                    ),
                    figures=plural(
                        figures,
                        translate("Entities", "{n} figure"),
                        translate("Entities", "{n} figures"),
                    ),
                )
                if target.entities
                else translate("Entities", "No names or figures found.")
            )
            panel.set_status(f"{target.note} {summary}".strip())
        elif not target.started:
            panel.set_status("")
        elif not _model_loaded(target.language):
            panel.set_status(
                translate("Entities", "Loading the {language} names model…").format(
                    language=language
                ),
                busy=True,
            )
        else:
            panel.set_status(translate("Entities", "Finding names…"), busy=True)

    # Finding entities --------------------------------------------------------

    def _start(self, target: _Target) -> None:
        if target.started or not self._alive(target):
            return
        target.started = True
        article = target.article
        if not article.text.strip():
            self._settle(target, ())
            return
        Task(_find_figures, article.text, target.language).success(
            partial(self._figures_found, target)
        ).failure(partial(self._figures_failed, target)).run(self)
        # The model loads in its own process meanwhile.
        self._preload(target, background=False)
        self._refresh(target)

    def _figures_found(self, target: _Target, figures: tuple[Entity, ...]) -> None:
        if not self._alive(target):
            return
        target.figures = figures
        language = target.language
        if _names_available(language):
            self._find_names(target)
            self._refresh(target)
        else:
            if language:
                target.note = translate(
                    "Entities", "Names are found in French and English only, not {language}."
                ).format(language=language_in_text(language))
            else:
                target.note = translate(
                    "Entities", "The article's language is unknown: figures only."
                )
            self._settle(target, figures)

    def _figures_failed(self, target: _Target, error: BaseException) -> None:
        if self._alive(target):
            target.note = translate("Entities", "Nothing could be found: {error}").format(
                error=error_message(error)
            )
            self._settle(target, ())

    def _find_names(self, target: _Target) -> None:
        """Look for names in the "names" lane: one text at a time, one names process shared."""
        article = target.article
        blocks = [(block.start, block.end) for block in article.blocks]
        target.search = (
            Task(_find_all, article.text, target.language, blocks, target.figures)
            .in_lane("names")
            .cancellable()
            .success(partial(self._names_found, target))
            .failure(partial(self._names_failed, target))
            .with_progress(partial(self._names_progressed, target))
            .run(self)
        )

    def _names_progressed(self, target: _Target, done: int, total: int) -> None:
        panel = self._panel
        if panel and target is self._current and self._alive(target) and target.result is None:
            panel.set_status(
                translate("Entities", "Finding names… paragraph {done} of {total}").format(
                    done=done, total=total
                ),
                busy=True,
            )
            panel.set_progress(done, total)

    def _names_found(self, target: _Target, result: EntityResult) -> None:
        if self._alive(target):
            self._settle(target, result.entities, result.language)

    def _names_failed(self, target: _Target, error: BaseException) -> None:
        if not self._alive(target):
            return
        # Figures alone are still worth listing.
        target.note = translate("Entities", "No names: {error}").format(error=error_message(error))
        self._settle(target, target.figures)

    def _settle(
        self, target: _Target, entities: tuple[Entity, ...], language: str | None = None
    ) -> None:
        from reader.entities import EntityResult

        target.result = EntityResult(language or target.language, tuple(entities))
        self._refresh(target)
        waiting, target.then = target.then, []
        for callback in waiting:
            callback()

    def _refresh(self, target: _Target) -> None:
        self._paint(target)
        if target is self._current:
            self._show_in_panel()

    # Highlights --------------------------------------------------------------

    def _paint(self, target: _Target) -> None:
        if not self._alive(target):
            return
        view = target.view
        if not self.wanted:
            view.set_highlights(MENTIONS_LAYER, [])
            view.set_highlights(FOCUS_LAYER, [])
            return
        colors = self._colors(view)
        hidden = set(self._hidden)
        formats: dict[str, QTextCharFormat] = {}
        spans: list[tuple[int, int, QTextCharFormat]] = []
        for entity in target.entities:
            group = entity.group
            if group in hidden:
                continue
            if group not in formats:
                formats[group] = QTextCharFormat()
                formats[group].setBackground(colors[group].mention)
            spans.extend((start, end, formats[group]) for start, end in entity.mentions)
        view.set_span_highlights(MENTIONS_LAYER, spans)
        self._paint_focus()

    def _paint_focus(self) -> None:
        target = self._current
        entity = self._selected
        if target is None or not self._alive(target):
            return
        view = target.view
        if entity is None or not self.wanted:
            view.set_highlights(FOCUS_LAYER, [])
            return
        colors: GroupColors = self._colors(view)[entity.group]
        others = QTextCharFormat()
        others.setBackground(colors.focus)
        # The mention the reader is at is inverted: the strongest mark there is, and
        # not the selection's colour (which is the People tint's hue).
        here = QTextCharFormat()
        here.setBackground(colors.current)
        here.setForeground(colors.current_text)
        view.set_span_highlights(
            FOCUS_LAYER,
            [
                (start, end, here if number == self._mention else others)
                for number, (start, end) in enumerate(entity.mentions)
            ],
        )

    def _hidden_groups_changed(self, groups: tuple[str, ...]) -> None:
        self._hidden = groups
        self.settings.set(ENTITIES_HIDDEN_GROUPS, groups)
        for target in list(self._targets.values()):
            self._paint(target)

    def _visibility_changed(self) -> None:
        window = self.shell.widget
        if not shiboken6.isValid(window) or not window.isVisible():
            # The window hiding or going away (its settings with it) is no
            # reader closing the panel; it shows again with the window.
            return
        self.settings.set(ENTITIES_PANEL_SHOWN, self.wanted)
        if self.wanted and self._panel is None:
            self._build_panel()
        if not self.wanted:
            self._stop_unwanted()
        for target in list(self._targets.values()):
            if self.wanted and not target.started:
                self._start(target)
            else:
                self._paint(target)
        if self._current is not None:
            self._show_in_panel()

    def _stop_unwanted(self) -> None:
        """Stop looking for names nobody waits for now that the panel is closed."""
        for view, target in list(self._targets.items()):
            if target.started and target.result is None and not target.then:
                target.stop()
                # Afresh, to start again when the panel opens.
                fresh = _Target(view, target.article)
                self._targets[view] = fresh
                if self._current is target:
                    self._current = fresh

    def entity_at(self, view: ReadingView, point: QPoint) -> Entity | None:
        """Return the highlighted entity under a point of a view's viewport, if any."""
        target = self._targets.get(view)
        if target is None or not self.wanted or not self._alive(target):
            return None
        scrolled = point + QPoint(
            view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        )
        layout = view.document().documentLayout()
        position = layout.hitTest(QPointF(scrolled), Qt.HitTestAccuracy.ExactHit)
        offset = view.offset_at(position) if position >= 0 else None
        if offset is None:
            return None
        for entity in target.entities:
            if entity.group in self._hidden:
                continue
            if any(start <= offset < end for start, end in entity.mentions):
                return entity
        return None

    def _tooltip(self, view: ReadingView, event: QHelpEvent) -> bool:
        entity = self.entity_at(view, event.pos())
        if entity is None:
            return False
        kind = kind_name(entity.label, entity.group)
        tip = plural(
            entity.count,
            translate("Entities", "{name}: {kind}, mentioned once"),
            translate("Entities", "{name}: {kind}, mentioned {n} times"),
        )
        QToolTip.showText(
            event.globalPos(), tip.format(name=entity.text, kind=kind), view.viewport()
        )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the view the reader looks at, and repaint when its colours change."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if getattr(self, "_targets", None) is None:
            return False
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            view = watched.parent()
            if isinstance(view, ReadingView) and view in self._targets:
                return self._tooltip(view, event)
            return False
        target = self._targets.get(watched) if isinstance(watched, ReadingView) else None
        if target is not None:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self._make_current(target)
            elif kind == QEvent.Type.Show:
                current = self._current
                if current is None or not current.view.isVisible():
                    self._make_current(target)
            elif kind == QEvent.Type.Hide and target is self._current:
                shown = [t for t in self._targets.values() if t.view.isVisible()]
                if shown:
                    self._make_current(shown[0])
            elif kind == QEvent.Type.PaletteChange:
                self._paint(target)
                if target.view is self.shell.reading_view and self._panel is not None:
                    self._panel.set_colors(self._colors(target.view))
        return False

    # Picking an item and walking through its mentions -------------------------

    def _entity_selected(self, entity: Entity | None) -> None:
        self._select(entity)
        if entity is not None:
            self._go_to_mention()

    def _select(self, entity: Entity | None) -> None:
        self._selected = entity
        self._mention = 0
        self.next_action.setEnabled(entity is not None)
        self.previous_action.setEnabled(entity is not None)
        self._paint_focus()

    def _step(self, direction: int) -> bool:
        entity = self._selected
        target = self._current
        if entity is None or target is None or not self._alive(target):
            self.shell.status(
                translate("Entities", "Pick a name or figure in the Entities panel first.")
            )
            return False
        self._mention = (self._mention + direction) % entity.count
        self._paint_focus()
        self._go_to_mention()
        return True

    def _go_to_mention(self) -> None:
        entity = self._selected
        target = self._current
        if entity is None or target is None or not self._alive(target):
            return
        start, end = entity.mentions[self._mention]
        view = target.view
        cursor = view.text_cursor(start, end)
        viewport = view.viewport().height()
        rect = view.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > viewport:
            # A third of the way down, where the eye looks first, not at the edge.
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport // 3)
        self.shell.status(
            translate("Entities", "{name}: mention {number} of {count}").format(
                name=entity.text, number=self._mention + 1, count=entity.count
            )
        )

    def _navigation_actions(self) -> tuple[QAction, QAction]:
        """Add Next/Previous Mention to the View menu, on F3 and Shift+F3 when Find lets them."""
        shell = self.shell
        next_action = shell.add_action(
            shell.view_menu, translate("Entities", "&Next Mention"), self.next_mention
        )
        previous_action = shell.add_action(
            shell.view_menu, translate("Entities", "&Previous Mention"), self.previous_mention
        )
        # Find (Ctrl+F) wants the keys too, for its next and previous match, and
        # goes first while it has a query.
        shell.share_key("F3", next_action, lambda: bool(self.next_mention()))
        shell.share_key("Shift+F3", previous_action, lambda: bool(self.previous_mention()))
        for action in (next_action, previous_action):
            action.setEnabled(False)
        return next_action, previous_action

    # Export ------------------------------------------------------------------

    def _export(self, target: _Target) -> None:
        result = target.result
        if result is None or not self._alive(target):
            return
        shell = self.shell
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        name = translate("Entities", "{title} - entities.csv").format(
            title=_file_stem(target.article.title)
        )
        path, chosen = QFileDialog.getSaveFileName(
            shell.widget,
            translate("Entities", "Export Entities"),
            os.path.join(folder, name),
            ";;".join(EXPORT_FILTERS),
        )
        if not path:
            shell.clear_status()
            return
        from reader.entities import to_csv, to_json

        kind = Path(path).suffix.lower().lstrip(".")
        if kind not in EXPORT_FILTERS.values():
            kind = EXPORT_FILTERS.get(chosen, "csv")
            path += "." + kind
        content = to_json(result) if kind == "json" else to_csv(result)
        try:
            with open(path, "w", encoding="utf-8", newline="") as file:
                file.write(content)
        except OSError as error:
            shell.show_error(
                translate("Entities", "Could not save {name}: {reason}.").format(
                    name=os.path.basename(path), reason=os_reason_text(error)
                )
            )
            return
        saved = plural(
            len(result.entities),
            translate("Entities", "Saved {n} entity to {name}"),
            translate("Entities", "Saved {n} entities to {name}"),
        )
        shell.status(saved.replace("{name}", os.path.basename(path)))


def _file_stem(title: str) -> str:
    # Characters no file system takes, and none that would make a hidden file.
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return stem[:80] or translate("Entities", "Article")
