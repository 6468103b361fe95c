"""Live worklists in the window: on a server, the clerk's submit on another workstation appears
in the head's worklist within a second without the head doing anything; a burst of messages
from the listener's thread becomes one refresh in the GUI thread."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from app.services import requests as rq
from app.services.desk import Changes
from tests.conftest import StoreFixture
from tests.services.workflow_helpers import add_cleared_person, draft
from ui.desk_bridge import COALESCE_MS, DeskBridge, merge
from ui.main_window import MainWindow


@pytest.mark.parametrize("backend", ["server"], indirect=True)
def test_the_clerks_submit_appears_on_the_heads_worklist_within_a_second(
        qtbot, store: StoreFixture) -> None:  # type: ignore[no-untyped-def]
    code = add_cleared_person(store.as_user("saugumas"), 41, last="Vardenis41")
    clerk = store.as_user("rastine")
    rid = rq.new_request(clerk, draft(code, depart=date(2026, 12, 20),
                                      return_=date(2026, 12, 28))).id
    w = MainWindow(store.as_user("vadovas"), store.path, clock=lambda: 1_800_000_000.0)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.worklist.summary.text() not in ("", "Loading…"), timeout=5000)
    assert w.current_screen() is w.worklist
    assert rid not in [r.request_id for r in w.worklist.model.rows]

    try:
        rq.submit(clerk, rid)  # another workstation: the head's window is not told directly
        committed = time.monotonic()
        qtbot.waitUntil(lambda: rid in [r.request_id for r in w.worklist.model.rows],
                        timeout=1000)
        assert time.monotonic() - committed < 1.0
        (item,) = [r for r in w.worklist.model.rows if r.request_id == rid]
        assert item.kind == "decide"
    finally:
        w.close()  # stops the listener even when the test fails
    assert not [t for t in threading.enumerate() if t.name == "permit-desk-notify"]


def test_a_burst_from_the_listener_thread_is_one_refresh_in_the_gui_thread(
        qtbot, file_store: StoreFixture) -> None:  # type: ignore[no-untyped-def]
    bridge = DeskBridge()
    bridge.attach(file_store.head)
    got: list[tuple[Changes, threading.Thread]] = []
    bridge.changed.connect(lambda c: got.append((c, threading.current_thread())))

    def burst() -> None:  # as the listener's thread sends them
        for i in range(20):
            bridge._heard.emit(Changes(frozenset({"request"}), (("request", i),)))
        bridge._heard.emit(Changes(frozenset({"letter"})))  # "many letters"

    sender = threading.Thread(target=burst)
    sender.start()
    sender.join()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    qtbot.wait(2 * COALESCE_MS)
    assert len(got) == 1
    changes, thread = got[0]
    assert thread is threading.main_thread()
    assert changes.kinds == {"request", "letter"}
    assert changes.ids == tuple(("request", i) for i in range(20))
    bridge.detach()
    bridge._heard.emit(Changes(frozenset({"request"})))  # after the lock: dropped
    qtbot.wait(2 * COALESCE_MS)
    assert len(got) == 1


def test_merging_keeps_ids_unless_a_message_meant_the_whole_kind() -> None:
    a = Changes(frozenset({"request"}), (("request", 1),))
    b = Changes(frozenset({"request"}), (("request", 2), ("request", 1)))
    assert merge([a, b]) == Changes(frozenset({"request"}), (("request", 1), ("request", 2)))
    many = Changes(frozenset({"request"}))
    assert merge([a, many, b]) == Changes(frozenset({"request"}))


def test_only_the_newest_of_overlapping_refreshes_is_shown(
        qtbot, file_store: StoreFixture) -> None:  # type: ignore[no-untyped-def]
    """A remote change and the head's own can start two loads at once; an older answer that
    arrives last must not replace the newer one."""
    from ui import workers
    from ui.screens.worklist import WorklistScreen

    screen = WorklistScreen()
    qtbot.addWidget(screen)
    screen.desk = file_store.head
    shown: list[int] = []
    screen.loaded.connect(lambda: shown.append(screen._generation))
    screen.refresh()
    screen.refresh()
    screen.refresh()
    workers.wait_all()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(100)
    assert shown == [3]
