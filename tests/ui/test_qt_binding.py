"""The Qt binding itself: a release that leaks references would abort the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument


def test_calls_returning_nothing_keep_none_alive() -> None:
    # PySide6 6.12.0 decrements None's reference count on every void call; after
    # some thousands of them (one long article's layout) Python aborts with
    # "deallocating None".
    document = QTextDocument()
    cursor = QTextCursor(document)
    block_format = QTextBlockFormat()
    named = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        cursor.insertText("x")
        cursor.insertBlock(block_format)
        named.setObjectName("x")
    assert sys.getrefcount(None) >= before
