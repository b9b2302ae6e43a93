"""Edit ▸ Preferences… (Ctrl+,): a dialog made from the settings schema.

    self.preferences = PreferencesController(shell)   # in MainWindow.__init__

Every setting with a label is shown: choices in a combo box, a yes/no in a
check box, a number with bounds in a spin box, text in a line edit (the font
in a combo box of the installed families). A change applies at once
(`MainWindow.settings_changed`); Cancel puts back what was there when the
dialog opened; Restore Defaults sets every shown setting to its default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.reading_view import SANS, SERIF
from ui.settings import FONT_FAMILY, FONT_SIZE, Setting, Settings, schema
from ui.shell import Shell

#: Generic families first, then every installed one.
GENERIC_FONTS = ((SERIF, "Serif (default)"), (SANS, "Sans serif"))


class _Editor:
    """One setting's widget, and how to read and show its value."""

    def __init__(
        self,
        widget: QWidget,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        changed: Any,
    ) -> None:
        self.widget = widget
        self.read = read
        self.show = show
        self.changed = changed


def _editor(setting: Setting[Any]) -> _Editor:
    if setting is FONT_FAMILY:
        return _font_editor()
    if setting.choices:
        combo = QComboBox()
        for value, text in setting.choices:
            combo.addItem(text, value)

        def show_choice(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(0, index))

        return _Editor(combo, combo.currentData, show_choice, combo.currentIndexChanged)
    if setting.type is bool:
        box = QCheckBox()
        return _Editor(box, box.isChecked, lambda v: box.setChecked(bool(v)), box.toggled)
    if setting.type is int:
        spin = QSpinBox()
        spin.setRange(int(setting.minimum or 0), int(setting.maximum or 1_000_000))
        return _Editor(spin, spin.value, lambda v: spin.setValue(int(v)), spin.valueChanged)
    if setting.type is float:
        double = _TrimmedSpinBox()
        if setting is FONT_SIZE:
            double.setSuffix(" pt")
        double.setRange(setting.minimum or 0.0, setting.maximum or 1_000_000.0)
        span = (setting.maximum or 10.0) - (setting.minimum or 0.0)
        # Fine steps for small ranges (line spacing), whole ones for sizes.
        double.setSingleStep(0.1 if span <= 5 else 0.5)
        double.setDecimals(1 if span > 5 else 2)
        return _Editor(
            double, double.value, lambda v: double.setValue(float(v)), double.valueChanged
        )
    line = QLineEdit()
    return _Editor(line, line.text, lambda v: line.setText(str(v)), line.textChanged)


class _TrimmedSpinBox(QDoubleSpinBox):
    """A number box that shows 13 as "13" and 1.50 as "1.5": "13.0" reads as a measurement."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        """Return `value` in the locale's digits, without trailing zeros."""
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals())
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


def _font_editor() -> _Editor:
    combo = QComboBox()
    combo.setEditable(False)
    for value, text in GENERIC_FONTS:
        combo.addItem(text, value)
    combo.insertSeparator(combo.count())
    for family in QFontDatabase.families():
        if not QFontDatabase.isPrivateFamily(family):
            combo.addItem(family, family)

    def show(value: Any) -> None:
        index = combo.findData(value)
        if index < 0:
            # A font since uninstalled still shows as chosen.
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    return _Editor(combo, combo.currentData, show, combo.currentIndexChanged)


#: Section titles by the first part of settings' names; reading comes first.
SECTIONS = {"reading": "Reading", "library": "Library", "entities": "Entities"}


def _section(setting: Setting[Any]) -> str:
    prefix = setting.name.split("/", 1)[0]
    return SECTIONS.get(prefix, prefix.replace("_", " ").capitalize())


def _section_order(setting: Setting[Any]) -> int:
    # Stable sort: settings keep their schema order within a section.
    titles = list(SECTIONS.values())
    section = _section(setting)
    return titles.index(section) if section in titles else len(titles)


class _Mnemonics:
    """Give each label an Alt+letter of its own, for keyboard users."""

    def __init__(self) -> None:
        # Taken by the buttons: OK, Cancel, Restore Defaults.
        self.used = {"o", "c", "r"}

    def mark(self, label: str) -> str:
        text = label.replace("&", "&&")
        for index, char in enumerate(text):
            if char.isalpha() and char.lower() not in self.used:
                self.used.add(char.lower())
                return text[:index] + "&" + text[index:]
        return text


class PreferencesDialog(QDialog):
    """The settings of the schema that have a label, one row each."""

    #: A setting changed (its name); it is stored already.
    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferences")
        self.settings = settings
        self.editors: dict[str, _Editor] = {}
        self.shown = [setting for setting in schema() if setting.label]
        self._initial = {s.name: settings.get(s) for s in self.shown}
        self._updating = False

        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        mnemonics = _Mnemonics()
        for setting in sorted(self.shown, key=_section_order):
            section = _section(setting)
            if section not in forms:
                box = QGroupBox(section)
                forms[section] = QFormLayout(box)
                layout.addWidget(box)
            editor = _editor(setting)
            editor.widget.setObjectName(setting.name)
            editor.widget.setAccessibleName(setting.label)
            editor.widget.setAccessibleDescription(setting.description)
            editor.widget.setToolTip(setting.description)
            editor.show(settings.get(setting))
            editor.changed.connect(lambda *_args, s=setting: self._edited(s))
            forms[section].addRow(mnemonics.mark(setting.label) + ":", editor.widget)
            self.editors[setting.name] = editor

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)

    def editor(self, setting: Setting[Any]) -> QWidget:
        """Return the widget of a setting."""
        return self.editors[setting.name].widget

    def set_value(self, setting: Setting[Any], value: Any) -> None:
        """Show a value in a setting's widget, as if the reader chose it (applied at once)."""
        self.editors[setting.name].show(value)

    def restore_defaults(self) -> None:
        """Set every shown setting to its default."""
        for setting in self.shown:
            self._put(setting, setting.default)

    def reject(self) -> None:
        """Put back the values the dialog opened with."""
        for setting in self.shown:
            self._put(setting, self._initial[setting.name])
        super().reject()

    def _put(self, setting: Setting[Any], value: Any) -> None:
        self._updating = True
        try:
            self.editors[setting.name].show(value)
        finally:
            self._updating = False
        if self.settings.get(setting) != value:
            self.settings.set(setting, value)
            self.changed.emit(setting.name)

    def _edited(self, setting: Setting[Any]) -> None:
        if self._updating:
            return
        value = self.editors[setting.name].read()
        if value is None:
            return
        self.settings.set(setting, setting.type(value))
        self.changed.emit(setting.name)

    def _clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ResetRole:
            self.restore_defaults()


class PreferencesController(QObject):
    """Edit ▸ Preferences… of a window."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.dialog: PreferencesDialog | None = None
        shell.edit_menu.addSeparator()
        self.action = shell.add_action(shell.edit_menu, "Pr&eferences…", self.show_dialog, "Ctrl+,")
        self.action.setMenuRole(self.action.MenuRole.PreferencesRole)
        shell.closing.connect(self._window_closing)

    def show_dialog(self) -> PreferencesDialog:
        """Open the dialog (one at a time, raised if already open)."""
        if self.dialog is not None and self.dialog.isVisible():
            # Activating raises it on desktops (raise_ alone warns on some platforms).
            self.dialog.activateWindow()
            return self.dialog
        dialog = PreferencesDialog(self.shell.settings, self.shell.widget)
        dialog.changed.connect(self.shell.settings_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _window_closing(self) -> None:
        # Closed with the window, keeping what was changed.
        if self.dialog:
            self.dialog.accept()

    def _closed(self) -> None:
        self.dialog = None
