"""run_op: results and errors come back on the GUI thread; the synchronous mode is test-only."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from ui import workers


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    parent = QObject()
    got: dict[str, object] = {}
    main = threading.get_ident()

    def op(progress):
        got["worker"] = threading.get_ident()
        progress(1, 2, "half")
        return 42

    adapter = workers.ProgressAdapter()
    seen: list[tuple[int, int, str]] = []
    adapter.progressed.connect(lambda d, t, m: seen.append((d, t, m)))
    workers.run_op(parent, op, lambda r: got.update(result=r, on=threading.get_ident()),
                   lambda e: got.update(error=e), adapter)
    qtbot.waitUntil(lambda: "result" in got)
    assert got["result"] == 42
    assert got["on"] == main
    assert got["worker"] != main
    qtbot.waitUntil(lambda: seen == [(1, 2, "half")])


def test_error_arrives_as_the_exception(qtbot) -> None:
    from app.services.errors import InvalidInput

    got: list[BaseException] = []

    def op(progress):
        raise InvalidInput("Say what the trip is for (purpose).")

    workers.run_op(None, op, lambda r: None, got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert isinstance(got[0], InvalidInput)


def test_cancel_through_the_progress_adapter(qtbot) -> None:
    adapter = workers.ProgressAdapter()
    adapter.cancel()
    got: list[BaseException] = []
    workers.run_op(None, lambda p: p(0, 1, "x"), lambda r: None, got.append, adapter)
    qtbot.waitUntil(lambda: bool(got))
    assert isinstance(got[0], workers.Cancelled)


def test_writes_are_serialized_on_one_thread(qtbot) -> None:
    threads: set[int] = set()
    done: list[int] = []
    for i in range(5):
        workers.run_op(None, lambda p, i=i: (threads.add(threading.get_ident()), i)[1],
                       done.append, lambda e: None)
    qtbot.waitUntil(lambda: len(done) == 5)
    assert done == [0, 1, 2, 3, 4]
    assert len(threads) == 1


def test_synchronous_mode_refuses_outside_pytest(monkeypatch) -> None:
    import sys

    monkeypatch.delitem(sys.modules, "pytest")
    with pytest.raises(RuntimeError):
        workers.set_synchronous(True)
