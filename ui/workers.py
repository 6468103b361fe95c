"""One entry point for background work: `run_op` runs an op off the GUI thread and reports back.

`op(progress)` runs in a QThreadPool worker, opens its own sessions through the services and
never sees a widget. Results and errors come back to the GUI thread through queued signals.
Writes go through one single-thread pool so that they are serialized (Anki's collection
executor); reads and PDF work may use the other pool.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int, str], None]
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside an op (through its progress callable) when the user pressed Cancel."""


class ProgressAdapter(QObject):
    """Turns the core's `progress(done, total, message)` callable into a Signal, with cancel."""

    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def __call__(self, done: int, total: int, message: str = "") -> None:
        # Called from the worker: emitting is thread-safe; the slot runs in the GUI thread.
        if self._cancelled:
            raise Cancelled("Cancelled.")
        self.progressed.emit(done, total, message)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, op: Callable[[Progress], object], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self.op, self.relay, self.progress = op, relay, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.op(self.progress)
        except BaseException as exc:  # every failure goes back to the GUI thread
            if not _expected(exc):
                traceback.print_exc(file=sys.stderr)
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def _expected(exc: BaseException) -> bool:
    from ui.errors import is_expected

    return is_expected(exc)


_pools: dict[str, QThreadPool] = {}
_alive: set[_Relay] = set()  # relays live until their answer is delivered
_synchronous = False


def pool(kind: str = "write") -> QThreadPool:
    if kind not in _pools:
        p = QThreadPool()
        p.setMaxThreadCount(1 if kind == "write" else 2)
        p.setExpiryTimeout(-1 if kind == "write" else 30_000)
        _pools[kind] = p
    return _pools[kind]


def set_synchronous(on: bool) -> None:
    """Run ops inline on the calling thread (tests only, like Picard's FakeThreadPool)."""
    global _synchronous
    if on and "pytest" not in sys.modules:
        raise RuntimeError("The synchronous worker mode is for tests only.")
    _synchronous = on


def wait_all(msecs: int = 30_000) -> bool:
    return all(p.waitForDone(msecs) for p in _pools.values())


def _alive_parent(parent: QObject | None) -> bool:
    return parent is None or shiboken6.isValid(parent)


def _no_progress(done: int, total: int, message: str = "") -> None:
    pass


def run_op(
    parent: QObject | None,
    op: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_error: Callable[[BaseException], None],
    progress: ProgressAdapter | None = None,
    *,
    kind: str = "write",
) -> None:
    """Run `op` in the background; exactly one of the callbacks runs later in the GUI thread.

    The callbacks are skipped if `parent` (the screen that asked) was deleted meanwhile.
    """
    reporter: Progress = progress if progress is not None else _no_progress
    if _synchronous:
        try:
            result = op(reporter)
        except BaseException as exc:
            if not _expected(exc):
                traceback.print_exc(file=sys.stderr)
            if _alive_parent(parent):
                on_error(exc)
            return
        if _alive_parent(parent):
            on_success(result)
        return
    relay = _Relay()
    _alive.add(relay)

    def done(result: T) -> None:  # what `op` returned, carried through the relay's signal
        _alive.discard(relay)
        if _alive_parent(parent):
            on_success(result)

    def failed(exc: BaseException) -> None:  # _Task.run emits only what it caught
        _alive.discard(relay)
        if _alive_parent(parent):
            on_error(exc)

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    pool(kind).start(_Task(op, relay, reporter))
