"""SQLite's memory statistics are off in this process (see app/store/malloc.py), and the
library works as before after the restart that takes."""

from __future__ import annotations

import sys

import pytest
import sqlcipher3

import app.store.engine  # noqa: F401 - importing it is what turns the statistics off
from app.store import malloc


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="only the Linux sqlcipher3 wheel exports SQLite's C entry points; "
                           "elsewhere memstatus_off() changes nothing, by design")
def test_statistics_are_off_and_sqlite_still_works() -> None:
    assert malloc.memstatus_off() == "off"
    before = malloc.memory_used()
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = 'x'")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("ą" * 100,) for _ in range(5000)])
    assert conn.execute("SELECT count(*), sum(length(x)) FROM t").fetchone() == (5000, 500000)
    # With statistics on, 5,000 rows in memory would have moved the count by ~1 MB.
    assert malloc.memory_used() == before
    conn.close()


def test_a_second_call_leaves_open_connections_alone() -> None:
    """SQLite is shut down and restarted once per process only: a later call must not touch
    the library under an open connection."""
    first = malloc.memstatus_off()
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    assert malloc.memstatus_off() == first
    assert conn.execute("SELECT x FROM t").fetchone() == (1,)
    conn.close()
