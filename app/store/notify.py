"""Hearing other workstations' changes on a server: LISTEN on one dedicated connection.

The server's triggers (app.store.pg_server, `NOTIFIED`) send a small JSON message on
`permit_desk_changes` when a change to a request, letter, decision, clearance... commits: the
kind (the word Desk.announce uses) and the rows' ids. A `ChangeListener` keeps one
connection of its own (never one of the pool's: a LISTEN belongs to its session), waits for
messages on a daemon thread and hands each to a callback *on that thread*: a screen crosses
into its GUI thread itself. When the connection drops, it connects again with a growing
pause and then reports a gap (`RemoteChange.gap`: anything may have changed meanwhile).

A store in a file has one workstation and nothing to hear; app.services.desk.Desk.watch makes
that a no-op.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

from app.store.pg_server import NOTIFIED, NOTIFIED_WHOLE, NOTIFY_CHANNEL

log = logging.getLogger(__name__)

# Every kind a screen may care about: what a gap reports, since anything may have changed.
EVERY_KIND = frozenset(NOTIFIED.values()) | frozenset(NOTIFIED_WHOLE.values())
# How long one wait lasts: stop() is heard within it.
POLL_S = 0.2
BACKOFF_S = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0)
APPLICATION_NAME = "Permit Desk listener"


@dataclass(frozen=True)
class RemoteChange:
    """What a committed change on the server was about; `ids` empty means "many or unknown"."""

    kinds: frozenset[str]
    ids: tuple[tuple[str, int], ...] = ()
    gap: bool = False


GAP = RemoteChange(EVERY_KIND, (), gap=True)


def parse_payload(payload: str) -> RemoteChange | None:
    """A trigger's message as a RemoteChange; None for anything else on the channel."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    kind, ids = data.get("kind"), data.get("ids")
    if not isinstance(kind, str) or kind not in EVERY_KIND:
        return None
    if not isinstance(ids, list):
        return RemoteChange(frozenset({kind}))
    return RemoteChange(frozenset({kind}),
                        tuple((kind, i) for i in ids if isinstance(i, int)))


Connect = Callable[[], "psycopg.Connection[Any]"]


class ChangeListener:
    """One LISTEN connection and the thread that waits on it; `stop()` ends both."""

    def __init__(self, connect: Connect, callback: Callable[[RemoteChange], None], *,
                 poll_s: float = POLL_S, backoff_s: Sequence[float] = BACKOFF_S) -> None:
        self._connect = connect
        self._callback = callback
        self._poll_s = poll_s
        self._backoff_s = tuple(backoff_s)
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self.reconnects = 0

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def wait_listening(self, timeout: float) -> bool:
        return self._listening.wait(timeout)

    def start(self) -> ChangeListener:
        """Connect and LISTEN before returning, so every change committed after start() is
        heard; if the server cannot be reached now, the thread keeps trying and reports a gap
        once it is back."""
        if self._thread is not None:
            raise RuntimeError("A ChangeListener starts once.")
        conn = self._open_or_none()
        self._thread = threading.Thread(target=self._run, args=(conn,),
                                        name="permit-desk-notify", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop waiting and close the connection (within one poll, a fraction of a second)."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    # ---- the thread -----------------------------------------------------------------------
    def _open_or_none(self) -> psycopg.Connection[Any] | None:
        try:
            conn = self._connect()
        except psycopg.Error as exc:
            log.info("The change listener cannot connect: %s", type(exc).__name__)
            return None
        try:
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except psycopg.Error as exc:
            conn.close()
            log.info("The change listener cannot LISTEN: %s", type(exc).__name__)
            return None
        except BaseException:
            conn.close()
            raise
        self._listening.set()
        return conn

    def _run(self, conn: psycopg.Connection[Any] | None) -> None:
        failures = 0 if conn is not None else 1
        try:
            while not self._stopping.is_set():
                if conn is None:
                    delay = self._backoff_s[min(failures, len(self._backoff_s)) - 1]
                    if self._stopping.wait(delay * random.uniform(0.8, 1.2)):
                        return
                    conn = self._open_or_none()
                    if conn is None:
                        failures += 1
                        continue
                    if self._stopping.is_set():
                        return
                    self.reconnects += 1
                    failures = 0
                    self._deliver(GAP)
                try:
                    self._wait(conn)
                except psycopg.Error as exc:
                    log.info("The change listener lost its connection: %s", type(exc).__name__)
                    self._listening.clear()
                    conn.close()
                    conn, failures = None, 1
        finally:
            self._listening.clear()
            if conn is not None:
                conn.close()

    def _wait(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stopping.is_set():
            for note in conn.notifies(timeout=self._poll_s):
                if note.channel != NOTIFY_CHANNEL:
                    continue
                change = parse_payload(note.payload)
                if change is not None:
                    self._deliver(change)
                if self._stopping.is_set():
                    return
            if conn.broken or conn.closed:
                raise psycopg.OperationalError("the connection is closed")

    def _deliver(self, change: RemoteChange) -> None:
        if self._stopping.is_set():
            return
        try:
            self._callback(change)
        except Exception:  # a screen's bug must not stop the listening
            log.exception("A change callback failed")
