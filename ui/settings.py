"""Every setting of the app, in one schema, stored through `QSettings` in an INI file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from reader.paths import config_dir
from ui.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

SETTINGS_FILE = "lisible.ini"

#: Ten recent files fill a menu without needing a scroll, as in most editors.
MAX_RECENT_FILES = 10


#: Every setting, in the order defined; `Setting` registers itself here.
_REGISTRY: list[Setting[Any]] = []


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the file, its type, its default and what it is for.

    Defining a setting registers it in the schema. `label` and `choices` describe
    it to the Preferences dialog; a setting without a label is not shown there
    (window geometry, recent files…).
    """

    name: str
    type: type
    default: T
    description: str
    label: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def __post_init__(self) -> None:
        if any(s.name == self.name for s in _REGISTRY):
            raise ValueError(f"setting {self.name} is defined twice")
        _REGISTRY.append(self)


def schema() -> tuple[Setting[Any], ...]:
    """Return every setting defined so far, in the order defined."""
    return tuple(_REGISTRY)


WINDOW_GEOMETRY: Setting[bytes] = Setting(
    "window/geometry", bytes, b"", "Position and size of the main window."
)
WINDOW_STATE: Setting[bytes] = Setting(
    "window/state", bytes, b"", "Toolbars and docks of the main window."
)
SPLITTER_STATE: Setting[bytes] = Setting(
    "window/splitter", bytes, b"", "Sizes of the panes around the reading view."
)
RECENT_FILES: Setting[tuple[str, ...]] = Setting(
    "files/recent", tuple, (), "Articles opened lately, most recent first."
)
LAST_FOLDER: Setting[str] = Setting("files/last_folder", str, "", "Folder the Open dialog shows.")
LIBRARY_KEEP: Setting[bool] = Setting(
    "library/keep",
    bool,
    True,
    QT_TRANSLATE_NOOP(
        "Settings", "Keep every article opened in the library, to find and reread it later."
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Keep opened articles in the library"),
)
LIBRARY_GEOMETRY: Setting[bytes] = Setting(
    "library/geometry", bytes, b"", "Position and size of the Library dialog."
)
LIBRARY_COLUMNS: Setting[bytes] = Setting(
    "library/columns", bytes, b"", "Widths and sort order of the Library dialog's columns."
)
FONT_SIZE: Setting[float] = Setting(
    # 13 pt reads comfortably at the usual 96 dpi, a little above UI text.
    "reading/font_size",
    float,
    13.0,
    QT_TRANSLATE_NOOP("Settings", "Size in points of the article's body text."),
    label=QT_TRANSLATE_NOOP("Settings", "Font size"),
    # Below 8 pt nobody reads a whole article; above 32 a column holds a few words.
    minimum=8.0,
    maximum=32.0,
)
FONT_FAMILY: Setting[str] = Setting(
    "reading/font_family",
    str,
    "serif",
    QT_TRANSLATE_NOOP(
        "Settings",
        "Font of the article: serif, sans (sans serif), or the name of an installed font.",
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Font"),
)
LINE_WIDTH: Setting[int] = Setting(
    # 70 gives lines of about 66 characters, the classic ideal (see reading_view).
    "reading/line_width",
    int,
    70,
    QT_TRANSLATE_NOOP("Settings", "Width of the reading column, in characters of the body font."),
    label=QT_TRANSLATE_NOOP("Settings", "Line width (characters)"),
    minimum=40,
    maximum=120,
)
LINE_SPACING: Setting[float] = Setting(
    "reading/line_spacing",
    float,
    1.5,
    QT_TRANSLATE_NOOP("Settings", "Height of a line of body text, in multiples of the font's."),
    label=QT_TRANSLATE_NOOP("Settings", "Line spacing"),
    minimum=1.0,
    maximum=2.5,
)
THEME: Setting[str] = Setting(
    "reading/theme",
    str,
    "system",
    QT_TRANSLATE_NOOP(
        "Settings", "Colours of the page: light, sepia, dark, or light or dark as the desktop is."
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Theme"),
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        ("light", QT_TRANSLATE_NOOP("Settings", "Light")),
        ("sepia", QT_TRANSLATE_NOOP("Settings", "Sepia")),
        ("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
    ),
)
VIEW_MODE: Setting[str] = Setting(
    "translation/view_mode",
    str,
    "original",
    "What the window shows: the original, its translation, or both side by side.",
    choices=(
        ("original", "Original"),
        ("translation", "Translation"),
        ("side_by_side", "Side by side"),
    ),
)
TRANSLATION_SOURCE: Setting[str] = Setting(
    "translation/last_source",
    str,
    "",
    "Language of the last article the reader had translated: a new article in it opens "
    "in the remembered view, translated; one in another language opens in the original.",
)
TRANSLATION_QUALITY: Setting[str] = Setting(
    "translation/quality",
    str,
    "fast",
    QT_TRANSLATE_NOOP(
        "Settings",
        "Decoding of translations: fast (greedy) or best (beam search, about 3 times slower).",
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Translation quality"),
    choices=(
        ("fast", QT_TRANSLATE_NOOP("Settings", "Fast")),
        ("best", QT_TRANSLATE_NOOP("Settings", "Best (slower)")),
    ),
)
TRANSLATION_CHECK: Setting[bool] = Setting(
    "translation/check",
    bool,
    True,
    QT_TRANSLATE_NOOP(
        "Settings",
        "Check each translated sentence's figures and names against the original, and mark "
        "those that differ.",
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Check figures and names in translations"),
)
TRANSLATION_REPAIR: Setting[bool] = Setting(
    "translation/repair",
    bool,
    True,
    QT_TRANSLATE_NOOP(
        "Settings",
        "Translate a sentence whose figures or names came out wrong again, holding them in place.",
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Repair sentences whose figures or names came out wrong"),
)
INTERFACE_LANGUAGE: Setting[str] = Setting(
    "interface/language",
    str,
    "system",
    QT_TRANSLATE_NOOP(
        "Settings",
        "Language of the menus and dialogs: the desktop's, English or French."
        " It applies when Lisible next starts.",
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Interface language"),
    # Each language by its own name, as a reader looks for it.
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "As the system")),
        ("en", "English"),
        ("fr", "Français"),
    ),
)
ENTITIES_PANEL_SHOWN: Setting[bool] = Setting(
    "entities/panel_shown", bool, False, "Whether the Entities panel is open (Ctrl+E)."
)
ENTITIES_SORT: Setting[str] = Setting(
    "entities/sort",
    str,
    "count",
    QT_TRANSLATE_NOOP(
        "Settings", "Order of the Entities panel's items: most mentioned first, or as they appear."
    ),
    label=QT_TRANSLATE_NOOP("Settings", "Sort entities"),
    choices=(
        ("count", QT_TRANSLATE_NOOP("Settings", "Most mentioned first")),
        ("first", QT_TRANSLATE_NOOP("Settings", "In order of appearance")),
    ),
)
ENTITIES_HIDDEN_GROUPS: Setting[tuple[str, ...]] = Setting(
    "entities/hidden_groups", tuple, (), "Entity groups whose mentions are not highlighted."
)

#: The highlight colour of each entity group, by hue name (`ui.entity_colors.HUES`).
_COLOUR_CHOICES = (
    ("blue", QT_TRANSLATE_NOOP("Settings", "Blue")),
    ("orange", QT_TRANSLATE_NOOP("Settings", "Orange")),
    ("green", QT_TRANSLATE_NOOP("Settings", "Green")),
    ("violet", QT_TRANSLATE_NOOP("Settings", "Violet")),
    ("yellow", QT_TRANSLATE_NOOP("Settings", "Yellow")),
    ("red", QT_TRANSLATE_NOOP("Settings", "Red")),
    ("teal", QT_TRANSLATE_NOOP("Settings", "Teal")),
    ("pink", QT_TRANSLATE_NOOP("Settings", "Pink")),
)
#: Each group's label and description in full, for the catalogue (ui/i18n.py).
ENTITY_COLOURS: dict[str, Setting[str]] = {
    group: Setting(
        f"entities/colour_{group.lower()}",
        str,
        default,
        description,
        label=label,
        choices=_COLOUR_CHOICES,
    )
    for group, default, label, description in (
        (
            "People",
            "blue",
            QT_TRANSLATE_NOOP("Settings", "People colour"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "Highlight colour of people in the text and the Entities panel; its shade"
                " follows the theme so the text on it stays readable.",
            ),
        ),
        (
            "Organisations",
            "orange",
            QT_TRANSLATE_NOOP("Settings", "Organisations colour"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "Highlight colour of organisations in the text and the Entities panel; its"
                " shade follows the theme so the text on it stays readable.",
            ),
        ),
        (
            "Places",
            "green",
            QT_TRANSLATE_NOOP("Settings", "Places colour"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "Highlight colour of places in the text and the Entities panel; its shade"
                " follows the theme so the text on it stays readable.",
            ),
        ),
        (
            "Other",
            "violet",
            QT_TRANSLATE_NOOP("Settings", "Other colour"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "Highlight colour of other names in the text and the Entities panel; its"
                " shade follows the theme so the text on it stays readable.",
            ),
        ),
        (
            "Figures",
            "yellow",
            QT_TRANSLATE_NOOP("Settings", "Figures colour"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "Highlight colour of figures in the text and the Entities panel; its shade"
                " follows the theme so the text on it stays readable.",
            ),
        ),
    )
}


class Settings:
    """Read and write the settings of the schema; a bad or missing value reads as its default."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else config_dir() / SETTINGS_FILE
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        """Return the stored value of a setting, or its default."""
        raw = self._store.value(setting.name)
        if raw is None:
            return setting.default
        try:
            return cast(T, _from_stored(setting.type, raw))
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a setting's value."""
        if setting.type is bytes:
            self._store.setValue(setting.name, QByteArray(cast(bytes, value)))
        elif setting.type is tuple:
            self._store.setValue(setting.name, list(cast(tuple[str, ...], value)))
        else:
            self._store.setValue(setting.name, value)

    def sync(self) -> None:
        """Write pending changes to the file now."""
        self._store.sync()

    def add_recent_file(self, path: str) -> tuple[str, ...]:
        """Put a file (or a URL) first in the recent files, once, and return the new list."""
        kept = [p for p in self.get(RECENT_FILES) if not _same_file(p, path)]
        recent = (path, *kept)[:MAX_RECENT_FILES]
        self.set(RECENT_FILES, recent)
        return recent

    def remove_recent_file(self, path: str) -> tuple[str, ...]:
        """Drop a file from the recent files and return the new list."""
        recent = tuple(p for p in self.get(RECENT_FILES) if not _same_file(p, path))
        self.set(RECENT_FILES, recent)
        return recent


def _from_stored(kind: type, raw: object) -> object:
    # An INI file keeps no types: numbers come back as text, and a list of one
    # item as a bare string.
    if kind is bytes:
        if not isinstance(raw, QByteArray):
            raise TypeError(raw)
        return raw.data()
    if kind is tuple:
        items = raw if isinstance(raw, list) else [raw]
        return tuple(str(item) for item in items if item)
    if kind is bool and isinstance(raw, str):
        # bool("false") is True: read the words QSettings writes.
        if raw.lower() not in {"true", "false"}:
            raise ValueError(raw)
        return raw.lower() == "true"
    return kind(raw)


def _same_file(a: str, b: str) -> bool:
    if "://" in a or "://" in b:  # URLs in the recent list are compared as written
        return a == b
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
