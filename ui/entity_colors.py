"""Highlight colours of the entity groups, derived from the palette so text stays readable."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ui.settings import ENTITY_COLOURS, Settings

#: Hue of each group's highlight, in degrees: blue, orange, green, violet and
#: yellow are told apart by most readers, colour-blind ones included, by lightness too.
GROUP_HUES = {"People": 210, "Organisations": 28, "Places": 130, "Other": 285, "Figures": 52}
#: The hues a reader can give a group in the Preferences, by name.
HUES = {
    "blue": 210,
    "orange": 28,
    "green": 130,
    "violet": 285,
    "yellow": 52,
    "red": 0,
    "teal": 180,
    "pink": 330,
}

#: HSL saturation and starting lightness of highlights behind text: a pale tint on
#: a light page, a deep one on a dark page. "focus" marks the selected item's mentions.
#: "current" marks the mention the reader is at: deep, under text in the page's
#: colour, so it stands out from every tint and from the selection.
_LIGHT_PAGE = {"mention": (0.75, 0.86), "focus": (0.85, 0.72), "current": (0.70, 0.30)}
_DARK_PAGE = {"mention": (0.45, 0.24), "focus": (0.60, 0.33), "current": (0.65, 0.78)}
#: Text on a highlight keeps at least this contrast (WCAG AA asks 4.5:1 for body
#: text); a little margin survives antialiasing and slightly off palettes.
MIN_CONTRAST = 5.0
#: A highlight stands out from the page by at least this contrast, besides its hue.
MIN_SEPARATION = 1.15
#: Lightness step when a highlight must move away from the text's colour.
_LIGHTNESS_STEP = 0.02


@dataclass(frozen=True)
class GroupColors:
    """The highlight colours of one group: every mention, and those of the selected item.

    `current` is the background of the selected item's mention the reader is at,
    under text in `current_text` (the page's colour: the mark is inverted).
    """

    mention: QColor
    focus: QColor
    current: QColor
    current_text: QColor


def is_dark(palette: QPalette) -> bool:
    """Return whether text is shown on a dark background in this palette."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def group_colors(palette: QPalette, hues: dict[str, int] | None = None) -> dict[str, GroupColors]:
    """Return each group's highlight colours, readable on the palette's background.

    Highlights start at a lightness suited to a light or a dark page, then move
    away from the text's colour until the text on them is readable. `hues`
    overrides `GROUP_HUES` (the reader's choice in the Preferences).
    """
    dark = is_dark(palette)
    levels = _DARK_PAGE if dark else _LIGHT_PAGE
    text = palette.color(QPalette.ColorRole.Text)
    step = -_LIGHTNESS_STEP if dark else _LIGHTNESS_STEP

    base = palette.color(QPalette.ColorRole.Base)

    def color(hue: int, kind: str) -> QColor:
        saturation, lightness = levels[kind]
        candidate = QColor.fromHslF(hue / 360, saturation, lightness)
        # Towards the text while the page swallows the tint (pale yellow on cream)…
        while contrast(candidate, base) < MIN_SEPARATION and 0 < lightness - step < 1:
            lightness -= step
            candidate = QColor.fromHslF(hue / 360, saturation, lightness)
        # …and away from it while the text on the tint is hard to read.
        while contrast(candidate, text) < MIN_CONTRAST and 0 < lightness + step < 1:
            lightness += step
            candidate = QColor.fromHslF(hue / 360, saturation, lightness)
        return candidate

    def current(hue: int) -> QColor:
        saturation, lightness = levels["current"]
        candidate = QColor.fromHslF(hue / 360, saturation, lightness)
        # Away from the page, whose colour the text on it takes.
        while contrast(candidate, base) < MIN_CONTRAST and 0 < lightness - step < 1:
            lightness -= step
            candidate = QColor.fromHslF(hue / 360, saturation, lightness)
        return candidate

    chosen = {**GROUP_HUES, **(hues or {})}
    return {
        group: GroupColors(color(hue, "mention"), color(hue, "focus"), current(hue), QColor(base))
        for group, hue in chosen.items()
        if group in GROUP_HUES
    }


def chosen_hues(settings: Settings) -> dict[str, int]:
    """Return the hue of each group the reader chose in the Preferences."""
    return {
        group: HUES.get(settings.get(setting), GROUP_HUES[group])
        for group, setting in ENTITY_COLOURS.items()
    }


def contrast(a: QColor, b: QColor) -> float:
    """Return the WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(color: QColor) -> float:
    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = linear(color.redF()), linear(color.greenF()), linear(color.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
