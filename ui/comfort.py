"""Reading comfort: typography, themes, zoom, full screen and reading progress.

    self.comfort = ComfortController(shell)   # in MainWindow.__init__

Every reading view of the window (the original, a translation beside it)
follows the settings at once: font, size, line width and spacing, and the
theme (light, sepia, dark, or as the desktop is).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel

from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.reading_view import ReadingView
from ui.settings import FONT_FAMILY, FONT_SIZE, LINE_SPACING, LINE_WIDTH, THEME, Settings
from ui.shell import Shell
from ui.window_theme import apply_window_theme

#: One step of zoom, in points: visible at once, and 8 steps from the smallest to the default.
ZOOM_STEP = 1.0

#: The colours of each theme: page, text, secondary text (byline, captions),
#: the background of code, and the selection. Text on its page has a contrast
#: ratio above 7:1 (WCAG AAA) in each; sepia and dark avoid pure white and black,
#: which glare on a long read.
THEMES: dict[str, dict[str, str]] = {
    "light": {
        "page": "#fdfdfb",
        "text": "#1d1d1b",
        "muted": "#5f5f5a",
        "code": "#f0f0eb",
        "highlight": "#b4d2f5",
        "highlighted_text": "#1d1d1b",
    },
    "sepia": {
        "page": "#f4ecd8",
        "text": "#3b2f22",
        "muted": "#6e5c48",
        "code": "#eadfc5",
        "highlight": "#d9c49a",
        "highlighted_text": "#3b2f22",
    },
    "dark": {
        "page": "#1e1f22",
        "text": "#dcdcd6",
        "muted": "#a2a29a",
        "code": "#2b2c30",
        "highlight": "#3d5a80",
        "highlighted_text": "#f0f0ea",
    },
}
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("Comfort", "Follow the &System"),
    "light": QT_TRANSLATE_NOOP("Comfort", "&Light"),
    "sepia": QT_TRANSLATE_NOOP("Comfort", "S&epia"),
    "dark": QT_TRANSLATE_NOOP("Comfort", "&Dark"),
}


def system_is_dark() -> bool:
    """Return whether the desktop asks for dark colours (unknown: no)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def effective_theme(name: str) -> str:
    """Return the theme to show for a setting: "system" is light or dark as the desktop is."""
    if name in THEMES:
        return name
    return "dark" if system_is_dark() else "light"


def theme_palette(name: str, base: QPalette | None = None) -> QPalette:
    """Return a palette with the colours of a theme (of `effective_theme`), over `base`."""
    colours = THEMES[effective_theme(name)]
    palette = QPalette(base) if base is not None else QPalette()
    roles = {
        QPalette.ColorRole.Base: colours["page"],
        QPalette.ColorRole.Window: colours["page"],
        QPalette.ColorRole.Text: colours["text"],
        QPalette.ColorRole.WindowText: colours["text"],
        QPalette.ColorRole.PlaceholderText: colours["muted"],
        QPalette.ColorRole.AlternateBase: colours["code"],
        QPalette.ColorRole.Highlight: colours["highlight"],
        QPalette.ColorRole.HighlightedText: colours["highlighted_text"],
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            palette.setColor(group, role, QColor(colour))
    return palette


def typography(settings: Settings) -> tuple[str, float, int, int]:
    """Return the `ReadingView.set_typography` arguments the settings ask for."""
    size = _clamp(settings.get(FONT_SIZE), FONT_SIZE)
    width = int(_clamp(settings.get(LINE_WIDTH), LINE_WIDTH))
    spacing = _clamp(settings.get(LINE_SPACING), LINE_SPACING)
    family = settings.get(FONT_FAMILY).strip() or FONT_FAMILY.default
    return family, size, width, round(spacing * 100)


def _clamp(value: float, setting: object) -> float:
    low = getattr(setting, "minimum", None)
    high = getattr(setting, "maximum", None)
    if low is not None:
        value = max(low, value)
    if high is not None:
        value = min(high, value)
    return value


class ComfortController(QObject):
    """Apply the reading settings to every view; zoom, themes, full screen, progress."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.settings = shell.settings
        self._theme = ""
        self._before_full_screen = Qt.WindowState.WindowNoState
        self._build_actions()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("reading_progress")
        self.progress_label.setAccessibleName(translate("Comfort", "Reading progress"))
        self.progress_label.setToolTip(translate("Comfort", "How far into the article the view is"))
        metrics = self.progress_label.fontMetrics()
        self.progress_label.setMinimumWidth(metrics.horizontalAdvance("100 %") + 8)
        shell.add_status_widget(self.progress_label, permanent=True)
        shell.article_shown.connect(self.update_progress)
        shell.settings_changed.connect(self._setting_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        shell.each_view(self._follow)
        self.apply()

    @property
    def views(self) -> list[ReadingView]:
        """Return the window's reading views: the original first."""
        return self.shell.views

    def _follow(self, view: ReadingView) -> None:
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.update_progress)
        bar.rangeChanged.connect(self.update_progress)
        view.relaid_out.connect(self.update_progress)
        if self._theme:
            # A view joining after the first `apply` (a translation's) looks as the others.
            view.set_theme(theme_palette(self._theme, view.palette()))
            view.set_typography(*typography(self.settings))

    @property
    def theme(self) -> str:
        """Return the theme on show: light, sepia or dark."""
        return self._theme

    def apply(self) -> None:
        """Show every view as the settings say (after the Preferences changed them)."""
        theme = effective_theme(self.settings.get(THEME))
        if theme != self._theme:
            self._theme = theme
            # The rest of the window first: the views' palettes start from it.
            apply_window_theme(theme)
            for view in self.views:
                view.set_theme(theme_palette(theme, view.palette()))
        args = typography(self.settings)
        for view in self.views:
            view.set_typography(*args)
        for action in self.theme_actions.actions():
            if action.data() == self.settings.get(THEME):
                action.setChecked(True)
        self.update_progress()

    def set_theme(self, name: str) -> None:
        """Choose a theme ("system", "light", "sepia", "dark"), remembered."""
        self.settings.set(THEME, name)
        self.apply()

    def zoom(self, steps: int) -> None:
        """Make the body text `steps` points bigger (or smaller), remembered."""
        size = _clamp(self.settings.get(FONT_SIZE) + steps * ZOOM_STEP, FONT_SIZE)
        self.settings.set(FONT_SIZE, size)
        self.apply()
        self.shell.status(
            translate("Comfort", "Text size {size} pt").format(size=QLocale().toString(size)), 2000
        )

    def reset_zoom(self) -> None:
        """Go back to the default text size."""
        self.settings.set(FONT_SIZE, FONT_SIZE.default)
        self.apply()

    def toggle_full_screen(self) -> None:
        """Fill the screen with the window, or go back to how it was."""
        shell = self.shell
        if shell.is_full_screen():
            shell.set_window_state(self._before_full_screen)
        else:
            self._before_full_screen = shell.window_state() & ~Qt.WindowState.WindowFullScreen
            shell.set_window_state(shell.window_state() | Qt.WindowState.WindowFullScreen)
        self.full_screen_action.setChecked(shell.is_full_screen())

    def progress(self) -> int | None:
        """Return how far the view read is into its article, in percent (None: no article)."""
        view = self._read_view()
        if view is None or view.article is None:
            return None
        bar = view.verticalScrollBar()
        if bar.maximum() <= bar.minimum():
            return 100
        return round(100 * (bar.value() - bar.minimum()) / (bar.maximum() - bar.minimum()))

    def update_progress(self, *_args: object) -> None:
        """Show the reading progress in the status bar."""
        percent = self.progress()
        self.progress_label.setVisible(percent is not None)
        if percent is not None:
            self.progress_label.setText(f"{percent} %")

    def _read_view(self) -> ReadingView | None:
        for view in self.views:
            if view.isVisible() and view.article is not None:
                return view
        return self.shell.reading_view

    def _build_actions(self) -> None:
        shell = self.shell
        menu = shell.view_menu
        menu.addSeparator()
        self.zoom_in_action = shell.add_action(
            menu, translate("Comfort", "Zoom &In"), lambda: self.zoom(1)
        )
        self.zoom_in_action.setShortcuts(
            _unique(
                [
                    QKeySequence("Ctrl++"),
                    QKeySequence("Ctrl+="),
                    QKeySequence(QKeySequence.StandardKey.ZoomIn),
                ]
            )
        )
        self.zoom_out_action = shell.add_action(
            menu, translate("Comfort", "Zoom &Out"), lambda: self.zoom(-1)
        )
        self.zoom_out_action.setShortcuts(
            _unique([QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        )
        self.zoom_reset_action = shell.add_action(
            menu, translate("Comfort", "&Actual Size"), self.reset_zoom, "Ctrl+0"
        )
        theme_menu = menu.addMenu(translate("Comfort", "T&heme"))
        self.theme_actions = QActionGroup(self)
        for name, text in THEME_NAMES.items():
            action = QAction(translate("Comfort", text), self.theme_actions)
            action.setCheckable(True)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, name=name: self.set_theme(name))
            theme_menu.addAction(action)
        menu.addSeparator()
        self.full_screen_action = shell.add_action(
            menu,
            translate("Comfort", "&Full Screen"),
            self.toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
        )
        self.full_screen_action.setShortcuts(
            _unique([QKeySequence("F11"), QKeySequence(QKeySequence.StandardKey.FullScreen)])
        )
        self.full_screen_action.setCheckable(True)

    def _setting_changed(self, name: str) -> None:
        if name in {s.name for s in (FONT_FAMILY, FONT_SIZE, LINE_SPACING, LINE_WIDTH, THEME)}:
            self.apply()

    def _scheme_changed(self) -> None:
        if self.settings.get(THEME) == "system":
            self.apply()


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen
