"""Edit ▸ Preferences…: made from the settings schema, applied at once, Cancel, defaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from reader.paths import sample_article
from reader.pipeline import article_from_path
from ui.comfort import THEMES
from ui.preferences import PreferencesDialog
from ui.settings import (
    FONT_FAMILY,
    FONT_SIZE,
    LIBRARY_KEEP,
    LINE_SPACING,
    LINE_WIDTH,
    RECENT_FILES,
    THEME,
    Settings,
    schema,
)
from ui.window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_article(article_from_path(str(sample_article())))
    return window


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_every_labelled_setting_has_its_kind_of_widget(dialog: PreferencesDialog) -> None:
    labelled = [s for s in schema() if s.label]
    assert [s.name for s in dialog.shown] == [s.name for s in labelled]
    assert RECENT_FILES.name not in dialog.editors
    assert isinstance(dialog.editor(THEME), QComboBox)
    assert isinstance(dialog.editor(LIBRARY_KEEP), QCheckBox)
    assert isinstance(dialog.editor(FONT_SIZE), QDoubleSpinBox)
    assert isinstance(dialog.editor(LINE_WIDTH), QSpinBox)
    assert dialog.editor(LINE_WIDTH).minimum() == LINE_WIDTH.minimum
    font = dialog.editor(FONT_FAMILY)
    assert isinstance(font, QComboBox)
    families = [font.itemData(i) for i in range(font.count())]
    assert families[:2] == ["serif", "sans"]
    assert "DejaVu Sans" in families
    for setting in labelled:
        assert dialog.editor(setting).accessibleName() == setting.label


def test_a_change_applies_at_once(window: MainWindow, dialog: PreferencesDialog) -> None:
    theme = dialog.editor(THEME)
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    view = window.reading_view
    assert view.palette().color(QPalette.ColorRole.Base) == QColor(THEMES["dark"]["page"])
    size = dialog.editor(FONT_SIZE)
    assert isinstance(size, QDoubleSpinBox)
    size.setValue(18)
    assert view.document().defaultFont().pointSizeF() == 18
    assert window.settings.get(FONT_SIZE) == 18


def test_ok_keeps_the_changes(qtbot: QtBot, window: MainWindow, dialog: PreferencesDialog) -> None:
    dialog.set_value(LINE_WIDTH, 90)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert window.settings.get(LINE_WIDTH) == 90
    assert window.reading_view.typography[2] == 90


def test_cancel_puts_everything_back(window: MainWindow, dialog: PreferencesDialog) -> None:
    dialog.set_value(THEME, "sepia")
    dialog.set_value(LINE_SPACING, 2.0)
    dialog.set_value(LIBRARY_KEEP, False)
    assert window.reading_view.typography[3] == 200
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert window.settings.get(THEME) == "system"
    assert window.settings.get(LINE_SPACING) == 1.5
    assert window.settings.get(LIBRARY_KEEP) is True
    assert window.reading_view.typography[3] == 150
    assert window.comfort.theme == "light"


def test_escape_cancels(qtbot: QtBot, window: MainWindow, dialog: PreferencesDialog) -> None:
    dialog.set_value(FONT_SIZE, 20)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.settings.get(FONT_SIZE) == FONT_SIZE.default


def test_restore_defaults(window: MainWindow, dialog: PreferencesDialog) -> None:
    window.comfort.set_theme("sepia")
    dialog.set_value(FONT_FAMILY, "sans")
    dialog.set_value(LINE_WIDTH, 100)
    dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults).click()
    assert dialog.isVisible()
    for setting in dialog.shown:
        assert window.settings.get(setting) == setting.default
    theme = dialog.editor(THEME)
    assert isinstance(theme, QComboBox)
    assert theme.currentData() == "system"
    assert window.reading_view.typography == ("serif", 13.0, 70, 150)


def test_one_dialog_at_a_time(window: MainWindow, dialog: PreferencesDialog) -> None:
    assert window.preferences.show_dialog() is dialog


def test_closing_the_window_closes_the_dialog_and_keeps_changes(
    window: MainWindow, dialog: PreferencesDialog
) -> None:
    dialog.set_value(LINE_WIDTH, 60)
    window.close()
    assert not dialog.isVisible()
    assert window.settings.get(LINE_WIDTH) == 60


def test_translation_settings_reach_the_next_translation(
    window: MainWindow, dialog: PreferencesDialog
) -> None:
    from ui.settings import TRANSLATION_CHECK, TRANSLATION_QUALITY, TRANSLATION_REPAIR

    assert window.translation.settings() == ("fast", True, True)
    assert isinstance(dialog.editor(TRANSLATION_QUALITY), QComboBox)
    dialog.set_value(TRANSLATION_QUALITY, "best")
    dialog.set_value(TRANSLATION_REPAIR, False)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.translation.settings() == ("best", True, False)
    assert Settings().get(TRANSLATION_CHECK) is True


def test_sizes_show_without_a_trailing_zero(dialog: PreferencesDialog, qtbot: QtBot) -> None:
    size = dialog.editor(FONT_SIZE)
    assert isinstance(size, QDoubleSpinBox)
    dialog.set_value(FONT_SIZE, 13.0)
    assert size.text() == "13 pt"
    dialog.set_value(FONT_SIZE, 13.5)
    assert size.text() == "13.5 pt"
    spacing = dialog.editor(LINE_SPACING)
    dialog.set_value(LINE_SPACING, 1.5)
    assert spacing.text() == "1.5"
    # Typed back, the short form still reads as the number.
    size.lineEdit().selectAll()
    qtbot.keyClicks(size.lineEdit(), "15")
    assert size.value() == 15.0
