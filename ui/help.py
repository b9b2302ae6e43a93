"""The Help menu: a short guide, the keyboard shortcuts, and About with licences and credits.

The shortcut list is read from the window's menus when it opens, and About
from what is installed (ui/credits.py), so neither can fall out of date.
"""

from __future__ import annotations

import html
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.paths import resource
from ui.i18n import current_language, translate

if TYPE_CHECKING:
    from ui.credits import Credit

APP_NAME = "Lisible"
#: Room for the guide's lines at a comfortable length, and for About's credits.
DIALOG_SIZE = (620, 560)
#: Lisible's own licence, as pyproject.toml declares it.
LICENCE = "MIT"


@dataclass(frozen=True)
class Shortcut:
    """A menu command and the keys that run it."""

    menu: str
    command: str
    keys: str


def plain(text: str) -> str:
    """Return a menu text without its mnemonic ampersands (`&&` is a literal one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Return every command of the window's menus that has keys, in menu order."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, [*path, plain(action.text())])
            elif not action.isSeparator() and id(action) not in seen:
                seen.add(id(action))
                keys = _keys(action)
                if keys:
                    found.append(Shortcut(" ▸ ".join(path), plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, [plain(top.text())])
    return found


def menu_paths(window: QMainWindow) -> set[str]:
    """Return every "Menu ▸ Entry" path of the window's menus, submenus included."""
    paths: set[str] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            here = [*path, plain(action.text())]
            paths.add(" ▸ ".join(here))
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, here)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, [plain(top.text())])
    return paths


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(keys.toString(native) for keys in action.shortcuts() if not keys.isEmpty())


def guide_html() -> str:
    """Return the guide in the interface's language (English when it has none)."""
    translated = resource("help", f"guide.{current_language()}.html")
    chosen = translated if translated.is_file() else resource("help", "guide.html")
    return chosen.read_text("utf-8")


def about_html() -> str:
    """Return About's text: version, licence, and what Lisible uses, with their licences."""
    # Imported when asked: reading the entity models' metadata needs the entities core.
    from ui import credits

    e = html.escape
    parts = [
        f"<h2>{APP_NAME} {e(__version__)}</h2>",
        "<p>"
        + e(
            translate(
                "Help",
                "A calm reader for articles: web pages, text and Markdown files, shown clean in a"
                " comfortable column, translated between French and English on this computer.",
            )
        )
        + "</p>",
        "<p>"
        + e(
            translate(
                "Help",
                "{app} is free software under the {licence} licence. It runs on"
                " Qt {qt} and Python {python}.",
            ).format(
                app=APP_NAME,
                licence=LICENCE,
                qt=qVersion(),
                python=platform.python_version(),
            )
        )
        + "</p>",
        _heading(translate("Help", "Built with")),
        _credit_table(credits.libraries()),
        _heading(translate("Help", "Entity models")),
    ]
    models = credits.entity_models()
    none = translate("Help", "None installed: entities are unavailable.")
    parts.append(_credit_table(models) if models else f"<p>{e(none)}</p>")
    parts.append(_heading(translate("Help", "Translation models")))
    packages = credits.translation_models()
    none = translate("Help", "None installed: Translate ▸ Translation Models… installs them.")
    parts.append(_credit_table(packages) if packages else f"<p>{e(none)}</p>")
    return "\n".join(parts)


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _credit_table(items: list[Credit]) -> str:
    e = html.escape
    rows = []
    for item in items:
        details = "".join(f"<br><small>{e(line)}</small>" for line in item.details)
        rows.append(
            f"<tr><td><b>{e(item.name)}</b> {e(item.version)}<br>{e(item.role)}{details}</td>"
            # Real licence names are not in the catalogue; "not stated" is.
            f"<td>{e(translate('Credits', item.licence))}</td></tr>"
        )
    return '<table cellpadding="3">' + "".join(rows) + "</table>"


class HelpController:
    """Puts Guide, Keyboard Shortcuts and About in the Help menu."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        self.window = window
        self.guide_action = _add(
            menu,
            translate("Help", "&Guide"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        self.shortcuts_action = _add(
            menu, translate("Help", "&Keyboard Shortcuts"), self.show_shortcuts
        )
        menu.addSeparator()
        self.about_action = _add(
            menu, translate("Help", "&About {app}").format(app=APP_NAME), self.show_about
        )
        self.about_qt_action = _add(
            menu,
            translate("Help", "About &Qt"),
            lambda: QMessageBox.aboutQt(self.window, translate("Help", "About Qt")),
        )
        self._texts: dict[str, TextDialog] = {}
        self._shortcuts: ShortcutsDialog | None = None

    def show_guide(self) -> None:
        """Show the short guide (one window, raised if open already)."""
        self._show("guide", translate("Help", "Guide"), guide_html())

    def show_about(self) -> None:
        """Show the version, licence and credits, read afresh (models come and go)."""
        self._show("about", translate("Help", "About {app}").format(app=APP_NAME), about_html())

    def show_shortcuts(self) -> None:
        """Show the keys of every menu command, as the menus have them now."""
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self.window)
        self._shortcuts.fill(shortcuts(self.window))
        _present(self._shortcuts)

    def _show(self, key: str, title: str, text: str) -> None:
        dialog = self._texts.get(key)
        if dialog is None:
            dialog = TextDialog(title, self.window)
            self._texts[key] = dialog
        dialog.set_html(text)
        _present(dialog)


class TextDialog(QDialog):
    """A non-modal window of rich text with a Close button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        # Links name real pages; opening them is the reader's choice, in their browser.
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(*DIALOG_SIZE)

    def set_html(self, text: str) -> None:
        """Show `text`."""
        self.browser.setHtml(text)


class ShortcutsDialog(QDialog):
    """A table of the menu commands that have keys: menu, command, keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [translate("Help", "Menu"), translate("Help", "Command"), translate("Help", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(*DIALOG_SIZE)

    def fill(self, rows: list[Shortcut]) -> None:
        """Show `rows`, one command a line."""
        self.table.setRowCount(len(rows))
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((shortcut.menu, shortcut.command, shortcut.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, str, str]]:
        """Return the table's text, row by row (what the reader sees)."""
        rows = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, column) for column in range(3)]
            texts = [item.text() if item is not None else "" for item in items]
            rows.append((texts[0], texts[1], texts[2]))
        return rows


def _add(
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, menu.parentWidget() or menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _present(dialog: QDialog) -> None:
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
    dialog.activateWindow()
