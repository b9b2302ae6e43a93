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
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, current_language, interface_language, translate
from ui.reading_view import SANS, SERIF
from ui.settings import FONT_FAMILY, FONT_SIZE, INTERFACE_LANGUAGE, Setting, Settings, schema
from ui.shell import Shell

#: Generic families first, then every installed one.
GENERIC_FONTS = (
    (SERIF, QT_TRANSLATE_NOOP("Preferences", "Serif (default)")),
    (SANS, QT_TRANSLATE_NOOP("Preferences", "Sans serif")),
)


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
            combo.addItem(translate("Settings", text), value)

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
            double.setSuffix(translate("Preferences", " pt", "points, after the font size"))
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
        combo.addItem(translate("Preferences", text), value)
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


#: Section titles by the first part of settings' names, in the dialog's order.
SECTIONS = {
    "reading": QT_TRANSLATE_NOOP("Preferences", "Reading"),
    "library": QT_TRANSLATE_NOOP("Preferences", "Library"),
    "entities": QT_TRANSLATE_NOOP("Preferences", "Entities"),
    "translation": QT_TRANSLATE_NOOP("Preferences", "Translation"),
    "interface": QT_TRANSLATE_NOOP("Preferences", "Interface"),
}


def _section(setting: Setting[Any]) -> str:
    prefix = setting.name.split("/", 1)[0]
    if prefix in SECTIONS:
        return translate("Preferences", SECTIONS[prefix])
    return prefix.replace("_", " ").capitalize()


def _section_order(setting: Setting[Any]) -> int:
    # Stable sort: settings keep their schema order within a section.
    prefixes = list(SECTIONS)
    prefix = setting.name.split("/", 1)[0]
    return prefixes.index(prefix) if prefix in prefixes else len(prefixes)


class _Mnemonics:
    """Give each label an Alt+letter of its own, for keyboard users."""

    def __init__(self, taken: list[str]) -> None:
        # The buttons' own (OK, Cancel, Restore Defaults, in the interface's language).
        self.used = {_mnemonic(text) for text in taken} - {""}

    def mark(self, label: str) -> str:
        text = label.replace("&", "&&")
        for index, char in enumerate(text):
            if char.isalpha() and char.lower() not in self.used:
                self.used.add(char.lower())
                return text[:index] + "&" + text[index:]
        return text


def _mnemonic(text: str) -> str:
    """Return the letter after a single `&` of a button's text, lower case, or ""."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else ""


class PreferencesDialog(QDialog):
    """The settings of the schema that have a label, one row each."""

    #: A setting changed (its name); it is stored already.
    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.setObjectName("preferences")
        self.settings = settings
        self.editors: dict[str, _Editor] = {}
        self.shown = [setting for setting in schema() if setting.label]
        self._initial = {s.name: settings.get(s) for s in self.shown}
        self._updating = False

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)

        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        mnemonics = _Mnemonics([button.text() for button in self.buttons.buttons()])
        for setting in sorted(self.shown, key=_section_order):
            section = _section(setting)
            if section not in forms:
                box = QGroupBox(section)
                forms[section] = QFormLayout(box)
                layout.addWidget(box)
            editor = _editor(setting)
            editor.widget.setObjectName(setting.name)
            label = translate("Settings", setting.label)
            description = translate("Settings", setting.description)
            editor.widget.setAccessibleName(label)
            editor.widget.setAccessibleDescription(description)
            editor.widget.setToolTip(description)
            editor.show(settings.get(setting))
            editor.changed.connect(lambda *_args, s=setting: self._edited(s))
            # French puts a no-break space before a colon.
            colon = translate("Preferences", "%1:", "a label before its field")
            forms[section].addRow(colon.replace("%1", mnemonics.mark(label)), editor.widget)
            self.editors[setting.name] = editor

        # The widgets took their text when they were made: a new language needs a new start.
        self.restart_note = QLabel(
            translate("Preferences", "The new interface language applies when Lisible restarts.")
        )
        self.restart_note.setObjectName("restart_note")
        self.restart_note.setWordWrap(True)
        if INTERFACE_LANGUAGE.name in self.editors:
            layout.addWidget(self.restart_note)
        self._show_restart_note()
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
        self._show_restart_note()

    def _edited(self, setting: Setting[Any]) -> None:
        if self._updating:
            return
        value = self.editors[setting.name].read()
        if value is None:
            return
        self.settings.set(setting, setting.type(value))
        self.changed.emit(setting.name)
        self._show_restart_note()

    def _show_restart_note(self) -> None:
        chosen = interface_language(self.settings.get(INTERFACE_LANGUAGE))
        self.restart_note.setVisible(chosen != current_language())

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
        self.action = shell.add_action(
            shell.edit_menu, translate("Preferences", "Pr&eferences…"), self.show_dialog, "Ctrl+,"
        )
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
