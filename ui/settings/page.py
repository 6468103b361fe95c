"""What every settings page shares: the desk, who may write, a message line, worker calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.enums import Role
from ui import workers
from ui.errors import describe

if TYPE_CHECKING:
    from app.services.desk import Desk

T = TypeVar("T")


class SettingsPage(QWidget):
    writers: tuple[Role, ...] = (Role.ADMIN,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.write_widgets: list[QWidget] = []

    def title(self) -> str:
        raise NotImplementedError

    @property
    def can_write(self) -> bool:
        return self.desk is not None and self.desk.actor.has(*self.writers)

    def set_desk(self, desk: Desk | None) -> None:
        self.desk = desk
        for w in self.write_widgets:
            w.setVisible(self.can_write)
        if desk is not None:
            self.load()

    def load(self) -> None:
        pass

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet("color: #1b6e2e;" if ok else "color: #a1262b;")
        self.message.setText(text)

    def failed(self, exc: BaseException) -> None:
        self.say(describe(exc), ok=False)

    def call(self, op: Callable[[Desk], T], done: Callable[[T], None], *,
             read: bool = False) -> None:
        desk = self.desk
        if desk is None:  # locked meanwhile: nothing to work on (as before, nothing to say)
            return
        workers.run_op(self, lambda _p: op(desk), done, self.failed,
                       kind="read" if read else "write")
