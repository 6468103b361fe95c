"""Questions the screens ask (confirm, a line of text, a file): one seam that tests answer.

Like KeePassXC's MessageBox::setNextAnswer: a test queues answers and the next questions take
them instead of opening a dialog. Queuing answers outside tests is refused.
"""

from __future__ import annotations

import sys
from collections import deque

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

Answer = bool | str | None  # True/False for confirm, str or None for text and file questions
_answers: deque[Answer] = deque()
asked: list[str] = []  # the titles of the questions answered from the queue (for tests)


def set_next_answers(*answers: Answer) -> None:
    """Queue answers: True/False for confirm, str or None for text and file questions."""
    if "pytest" not in sys.modules:
        raise RuntimeError("Queued answers are for tests only.")
    _answers.extend(answers)


def clear_answers() -> None:
    _answers.clear()
    asked.clear()


def _queued(title: str) -> tuple[bool, Answer]:
    if _answers:
        asked.append(title)
        return True, _answers.popleft()
    return False, None


def _text(answer: Answer) -> str | None:
    return answer if answer is None else str(answer)


def confirm(parent: QWidget | None, title: str, text: str, *, danger: str = "") -> bool:
    """Yes/No; `danger` names the Yes button of an irreversible action."""
    got, answer = _queued(title)
    if got:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
                      title, text, parent=parent)
    yes = box.addButton(danger or QCoreApplication.translate("Prompts", "Yes"),
                        QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str, *, secret: bool = False
             ) -> str | None:
    """A line of text, or None when cancelled."""
    got, answer = _queued(title)
    if got:
        return _text(answer)
    mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    got, answer = _queued(title)
    if got:
        return _text(answer)
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str | None:
    got, answer = _queued(title)
    if got:
        return _text(answer)
    path, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    got, answer = _queued(title)
    if got:
        return _text(answer)
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    got, _ = _queued(title)
    if got:
        return
    QMessageBox.information(parent, title, text)


# What show_secret showed, for tests only (a test checks the key it was told is the one that
# opens the backup). Never filled outside pytest.
shown_secrets: list[str] = []


def show_secret(parent: QWidget | None, title: str, text: str, secret: str) -> None:
    """A secret shown once (a new recovery key): selectable, in a fixed-width font, with the
    explanation above it; only OK closes it."""
    got, _ = _queued(title)
    if got:
        if "pytest" in sys.modules:
            shown_secrets.append(secret)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setInformativeText(f"<pre style='font-size: 14pt'>{secret}</pre>")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
