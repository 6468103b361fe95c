"""Copying personal data: the clipboard is cleared after 30 s if it still holds what we put."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def copy_personal(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    board = QGuiApplication.clipboard()
    board.setText(text)

    def clear() -> None:
        if board.text() == text:
            board.clear()

    QTimer.singleShot(clear_after_ms, clear)
