"""Live worklists on a real server: a clerk's submit on one desk reaches the head's listener on
another within a second, carrying ids and nothing personal; stopping leaves no thread and no
connection; a listener whose connection the server drops connects again and reports the gap."""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable

import psycopg
import pytest

from app.services import requests as rq
from app.services.desk import Changes, Desk
from app.store.notify import APPLICATION_NAME, EVERY_KIND, parse_payload
from app.store.pg_server import NOTIFY_CHANNEL
from tests.conftest import FULL_NAMES, StoreFixture
from tests.pg_fixtures import PgDatabase
from tests.services.workflow_helpers import add_cleared_person, draft

ON_SERVER = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _draft_request(store: StoreFixture, serial: int) -> tuple[Desk, int, str]:
    code = add_cleared_person(store.as_user("saugumas"), serial, last=f"Vardenis{serial}")
    clerk = store.as_user("rastine")
    return clerk, rq.new_request(clerk, draft(code)).id, code


def _wait_for(q: queue.Queue[Changes], pred: Callable[[Changes], bool],
              timeout: float) -> Changes:
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            changes = q.get(timeout=left)
        except queue.Empty:
            break
        if pred(changes):
            return changes
    raise AssertionError(f"nothing matching arrived within {timeout} s")


def _listener_backends(pg: PgDatabase) -> list[int]:
    with psycopg.connect(pg.server.superuser_dsn(), autocommit=True) as conn:
        return [int(r[0]) for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s AND datname = %s",
            (APPLICATION_NAME, pg.name))]


def _listener_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "permit-desk-notify"]


@ON_SERVER
def test_the_heads_desk_hears_the_clerks_submit_within_a_second(store: StoreFixture) -> None:
    clerk, rid, _ = _draft_request(store, 1)
    head = store.as_user("vadovas")
    heard: queue.Queue[Changes] = queue.Queue()
    stop = head.watch(heard.put)
    try:
        rq.submit(clerk, rid)
        committed = time.monotonic()
        changes = _wait_for(heard, lambda c: ("request", rid) in c.ids, timeout=1.0)
        assert time.monotonic() - committed < 1.0
        assert "request" in changes.kinds
    finally:
        stop()


@ON_SERVER
def test_a_rolled_back_change_is_never_announced(store: StoreFixture) -> None:
    clerk, undone, _ = _draft_request(store, 2)
    _, kept, _ = _draft_request(store, 5)
    head = store.as_user("vadovas")
    heard: queue.Queue[Changes] = queue.Queue()
    seen: list[Changes] = []
    stop = head.watch(lambda c: (seen.append(c), heard.put(c)))
    try:
        with pytest.raises(RuntimeError), clerk.unit() as s:
            s.connection().exec_driver_sql(
                "UPDATE travel_request SET purpose = 'x' WHERE id = %s", (undone,))
            raise RuntimeError("the use case fails after its write")
        rq.submit(clerk, kept)  # committed after it: once this is heard, the first would be
        _wait_for(heard, lambda c: ("request", kept) in c.ids, timeout=1.0)
        time.sleep(0.3)
        assert [c for c in seen if ("request", kept) in c.ids]
        assert not [c for c in seen if ("request", undone) in c.ids]
    finally:
        stop()


@ON_SERVER
def test_stopping_leaves_no_thread_and_no_connection(store: StoreFixture,
                                                     pg_database: PgDatabase) -> None:
    head = store.as_user("vadovas")
    stops = [head.watch(lambda _c: None) for _ in range(2)]
    assert len(_listener_threads()) == 2
    assert len(_listener_backends(pg_database)) == 2
    started = time.monotonic()
    stops[0]()
    assert time.monotonic() - started < 1.0  # promptly: within one wait
    assert len(_listener_threads()) == 1
    head.lock()  # locking the desk stops what is still listening
    assert _listener_threads() == []
    deadline = time.monotonic() + 5
    while _listener_backends(pg_database) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _listener_backends(pg_database) == []
    stops[1]()  # stopping twice is harmless


@ON_SERVER
def test_a_dropped_connection_comes_back_and_reports_the_gap(store: StoreFixture,
                                                             pg_database: PgDatabase) -> None:
    clerk, rid, _ = _draft_request(store, 3)
    head = store.as_user("vadovas")
    heard: queue.Queue[Changes] = queue.Queue()
    stop = head.watch(heard.put)
    try:
        (pid,) = _listener_backends(pg_database)
        with psycopg.connect(pg_database.server.superuser_dsn(), autocommit=True) as dba:
            assert dba.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
        gap = _wait_for(heard, lambda c: not c.ids, timeout=5.0)
        assert gap.kinds == EVERY_KIND  # anything may have changed: every screen refreshes
        (new_pid,) = _listener_backends(pg_database)
        assert new_pid != pid
        rq.submit(clerk, rid)
        _wait_for(heard, lambda c: ("request", rid) in c.ids, timeout=1.0)
    finally:
        stop()
    assert _listener_threads() == []


@ON_SERVER
def test_messages_carry_kinds_and_ids_and_nothing_personal(store: StoreFixture,
                                                           pg_database: PgDatabase) -> None:
    """Every login may LISTEN, so a message must not say who travels where: an eavesdropping
    login (here the superuser, who hears everything) sees kinds and ids only."""
    from app.services import decisions

    with psycopg.connect(pg_database.server.superuser_dsn(pg_database.name),
                         autocommit=True) as spy:
        spy.execute(f"LISTEN {NOTIFY_CHANNEL}")
        clerk, rid, code = _draft_request(store, 4)
        rq.submit(clerk, rid)
        decisions.decide(store.head, rid, outcome="return", reason="Trūksta kelionės tikslo")
        payloads = [n.payload for n in spy.notifies(timeout=1.0)]
    assert payloads
    kinds = set()
    for payload in payloads:
        data = json.loads(payload)
        assert set(data) == {"kind", "ids"}
        assert data["ids"] is None or all(isinstance(i, int) for i in data["ids"])
        kinds.add(data["kind"])
        for personal in (code, "Vardenis4", "Jonas", "Gardin", "Trūksta", *FULL_NAMES.values(),
                         *FULL_NAMES):
            assert personal not in payload
        assert parse_payload(payload) is not None
    assert {"person", "clearance", "request", "decision"} <= kinds


def test_a_file_store_has_nothing_to_watch(file_store: StoreFixture) -> None:
    stop = file_store.head.watch(lambda _c: None)
    assert _listener_threads() == []
    stop()


@ON_SERVER
def test_settings_users_and_the_policy_are_heard_by_kind(store: StoreFixture) -> None:
    """What the Settings screen shows on another workstation: a new policy, a user or a
    setting is announced by its kind (no ids: settings are keyed by name)."""
    from app.services import policy, settings, users

    head = store.as_user("vadovas")
    other = store.as_user("admin")
    heard: queue.Queue[Changes] = queue.Queue()
    stop = other.watch(heard.put)
    try:
        for kind, change in (
                ("policy", lambda: policy.change(head, min_lead_days=12)),
                ("user", lambda: users.add_user(head, "naujokas", full_name="Naujas Naujokas",
                                                roles=["clerk"],
                                                passphrase="naujoko-slaptafraze-1")),
                ("setting", lambda: settings.set_setting(head, "institution.address",
                                                         "Gedimino pr. 1, Vilnius"))):
            change()
            got = _wait_for(heard, lambda c, k=kind: k in c.kinds, timeout=1.0)  # type: ignore[misc]
            assert got.ids == ()
    finally:
        stop()
