"""Text fields in the window that leave the window's shortcuts to the window.

On X11 Qt gives a line edit Emacs-style keys (Ctrl+E end of line, Ctrl+K…):
with the focus in a panel's filter, Ctrl+E then moved the cursor instead of
closing the panel. End, Home and the clipboard keys still edit the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

#: Keys a text field keeps even when a menu command has them too.
EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)


class _WindowKeysFirst(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Decline a shortcut override for keys an enabled window command has."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QLineEdit) or any(event.matches(k) for k in EDITING_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in watched.window().findChildren(QAction):
            if action.isEnabled() and pressed in action.shortcuts():
                # Not taken by the field: Qt runs the command's shortcut.
                event.ignore()
                return True
        return False


def leave_window_shortcuts(field: QLineEdit) -> None:
    """Let the window's menu shortcuts work while `field` has the focus."""
    keys_first = _WindowKeysFirst(field)
    field.installEventFilter(keys_first)
