"""The connection pool on a real server: a pooled connection the server ended while it idled
(a restart, pg_terminate_backend, an idle timeout) is replaced when it is handed out, so the
next change or read works, though the pool no longer asks the server at every checkout."""

from __future__ import annotations

import time

import psycopg
import pytest

from app.services import requests as rq
from app.services import worklist
from tests.conftest import StoreFixture
from tests.pg_fixtures import PgDatabase
from tests.services.workflow_helpers import add_cleared_person, draft

ON_SERVER = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _pooled_backends(pg: PgDatabase) -> list[int]:
    with psycopg.connect(pg.server.superuser_dsn(), autocommit=True) as conn:
        return [int(r[0]) for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'Permit Desk' "
            "AND datname = %s AND state = 'idle'", (pg.name,))]


def _end_every_session(pg: PgDatabase) -> None:
    pids = _pooled_backends(pg)
    assert pids, "no pooled connection idles: the test would prove nothing"
    with psycopg.connect(pg.server.superuser_dsn(), autocommit=True) as conn:
        for pid in pids:
            assert conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
    deadline = time.monotonic() + 5
    while set(pids) & set(_pooled_backends(pg)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(pids) & set(_pooled_backends(pg))


@ON_SERVER
def test_a_connection_the_server_ended_is_replaced_at_checkout(store: StoreFixture,
                                                               pg_database: PgDatabase) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 1)
    clerk = store.as_user("rastine")
    rid = rq.new_request(clerk, draft(code)).id
    head = store.as_user("vadovas")
    assert [i for i in worklist.for_user(head) if i.kind == "decide"] == []
    _end_every_session(pg_database)  # the clerk's and the head's pooled connections

    rq.submit(clerk, rid)  # a change, then a read, each on a connection the server ended
    assert [i.request_id for i in worklist.for_user(head) if i.kind == "decide"] == [rid]
    assert len(_pooled_backends(pg_database)) >= 2  # fresh connections, back in the pools
