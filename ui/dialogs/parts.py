"""Pieces every form dialog has: the line that says what went wrong, and Save / Cancel."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialogButtonBox, QLabel

ERROR_COLOR = "#a1262b"


def message_label() -> QLabel:
    """Where a dialog says what is wrong (found by tests as the child named "message")."""
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    return label


class SavingDialog(Protocol):
    """A form dialog: QDialog's reject() and its own save()."""

    def save(self) -> None: ...

    def reject(self) -> None: ...


def save_cancel(dialog: SavingDialog) -> QDialogButtonBox:
    """Save (calls dialog.save(), which closes the dialog when it succeeds) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons
