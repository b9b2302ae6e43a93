"""The whole window in the reading theme: menus, toolbars, panels, dialogs and scroll bars.

    apply_window_theme("dark")   # by ComfortController, whenever the theme changes

The page's colours (`ui.comfort.THEMES`) are set on each reading view; this
module gives the rest of the application matching ones, on Qt's Fusion style
(the one style that paints with the palette alone on every platform), and
draws scroll bars whose handle stands out from its groove.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

#: The colours around the page, per theme: the window's background (menus,
#: toolbars, panels, dialogs), buttons, text, text of disabled entries, fields
#: (lists, line edits), the selection, links, tooltips and the scroll bar's
#: handle. Text on the window and in fields is above 7:1 (WCAG AAA); disabled
#: text above 3:1, so it reads as unavailable yet stays legible; the scroll bar
#: handle is above 3:1 against its groove (WCAG's contrast for controls).
CHROME: dict[str, dict[str, str]] = {
    "light": {
        "window": "#efefec",
        "button": "#e4e4df",
        "text": "#1d1d1b",
        "disabled": "#7a7a74",
        "field": "#fdfdfb",
        "alternate": "#f3f3ef",
        "highlight": "#b4d2f5",
        "highlighted_text": "#1d1d1b",
        "link": "#1f5fae",
        "tooltip": "#fdfdfb",
        "handle": "#70706a",
    },
    "sepia": {
        "window": "#ebe1c8",
        "button": "#e2d5b6",
        "text": "#3b2f22",
        "disabled": "#84725c",
        "field": "#f4ecd8",
        "alternate": "#eee4cc",
        "highlight": "#d9c49a",
        "highlighted_text": "#3b2f22",
        "link": "#7a4a14",
        "tooltip": "#f4ecd8",
        "handle": "#7f6a4c",
    },
    "dark": {
        "window": "#2a2b2f",
        "button": "#35373c",
        "text": "#dcdcd6",
        "disabled": "#8b8b85",
        "field": "#1e1f22",
        "alternate": "#25262a",
        "highlight": "#3d5a80",
        "highlighted_text": "#f0f0ea",
        "link": "#8ab4f8",
        "tooltip": "#35373c",
        "handle": "#8e9097",
    },
}


def window_palette(theme: str) -> QPalette:
    """Return the application palette of a theme ("light", "sepia" or "dark")."""
    colours = {key: QColor(value) for key, value in CHROME[theme].items()}
    button = colours["button"]
    dark = button.lightnessF() < 0.5
    roles = {
        QPalette.ColorRole.Window: colours["window"],
        QPalette.ColorRole.WindowText: colours["text"],
        QPalette.ColorRole.Base: colours["field"],
        QPalette.ColorRole.AlternateBase: colours["alternate"],
        QPalette.ColorRole.ToolTipBase: colours["tooltip"],
        QPalette.ColorRole.ToolTipText: colours["text"],
        QPalette.ColorRole.PlaceholderText: colours["disabled"],
        QPalette.ColorRole.Text: colours["text"],
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: colours["text"],
        QPalette.ColorRole.BrightText: QColor("#ff5050" if dark else "#c00000"),
        # Fusion draws bevels and frames from these, relative to the buttons.
        QPalette.ColorRole.Light: button.lighter(135 if dark else 115),
        QPalette.ColorRole.Midlight: button.lighter(115 if dark else 105),
        QPalette.ColorRole.Mid: button.darker(130),
        QPalette.ColorRole.Dark: button.darker(160),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: colours["highlight"],
        QPalette.ColorRole.HighlightedText: colours["highlighted_text"],
        QPalette.ColorRole.Link: colours["link"],
        QPalette.ColorRole.LinkVisited: colours["link"].darker(120)
        if not dark
        else colours["link"].lighter(120),
        QPalette.ColorRole.Accent: colours["highlight"],
    }
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(disabled, role, colours["disabled"])
    palette.setColor(disabled, QPalette.ColorRole.Highlight, colours["button"])
    return palette


#: The style the application paints with, kept: Python must not collect it under Qt.
def secondary_text(palette: QPalette) -> QColor:
    """Return the colour of secondary text (a quoted source) on a palette's window.

    Four parts text to one part background: it reads as secondary, yet
    keeps above 4.5:1 (WCAG AA) in every theme, where Qt's disabled grey fell
    under 3:1.
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(
        text.redF() * 0.8 + window.redF() * 0.2,
        text.greenF() * 0.8 + window.greenF() * 0.2,
        text.blueF() * 0.8 + window.blueF() * 0.2,
    )


_styles: list[ReaderStyle] = []


class ReaderStyle(QProxyStyle):
    """Fusion, with a scroll bar handle drawn solid in the theme's handle colour.

    Fusion shades the handle from the button colour, a step away from its
    groove's: on a light page it almost disappeared.
    """

    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base)
        #: The handle's colour, the theme's (`apply_window_theme` sets it).
        self.handle = QColor(CHROME["light"]["handle"])

    def drawComplexControl(  # noqa: N802 - Qt's name
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw scroll bars' groove and arrows as Fusion does, then the handle on top."""
        if (
            control != QStyle.ComplexControl.CC_ScrollBar
            or not isinstance(option, QStyleOptionSlider)
            or widget is None
        ):
            super().drawComplexControl(control, option, painter, widget)
            return
        rest = QStyleOptionSlider(option)
        rest.subControls = option.subControls & ~QStyle.SubControl.SC_ScrollBarSlider
        super().drawComplexControl(control, rest, painter, widget)
        if not option.subControls & QStyle.SubControl.SC_ScrollBarSlider:
            return
        slider = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
        if slider.isEmpty():
            return
        colour = QColor(self.handle)
        if option.activeSubControls & QStyle.SubControl.SC_ScrollBarSlider:
            # Hovered or dragged: a step towards the text.
            text = option.palette.color(QPalette.ColorRole.WindowText)
            colour = QColor.fromRgbF(
                (colour.redF() * 2 + text.redF()) / 3,
                (colour.greenF() * 2 + text.greenF()) / 3,
                (colour.blueF() * 2 + text.blueF()) / 3,
            )
        area = QRectF(slider).adjusted(2, 2, -2, -2)
        radius = min(area.width(), area.height()) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(area, radius, radius)
        painter.restore()


def apply_window_theme(theme: str) -> None:
    """Give the application the palette of a theme ("light", "sepia" or "dark"), on Fusion."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not isinstance(app.style(), ReaderStyle):
        _styles.append(ReaderStyle(QStyleFactory.create("Fusion")))
        app.setStyle(_styles[-1])
    style = app.style()
    if isinstance(style, ReaderStyle):
        style.handle = QColor(CHROME[theme]["handle"])
    palette = window_palette(theme)
    if app.palette() != palette:
        app.setPalette(palette)
