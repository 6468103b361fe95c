"""Live worklists: how long after a clerk's submit commits on one workstation the head's
listener hears it, and the head's worklist (re-queried after the window's 100 ms gathering)
shows it.

Run: .venv/bin/python bench/bench_notify.py [--submits 150] [--pause-ms 20-120] [--json FILE]
Starts a throwaway PostgreSQL server (tests/pg_server.PgServer: TLS verify-full, SCRAM), sets
up a store with a clerk and N draft requests, then a separate process opens the clerk's desk
and submits them one by one at random pauses while this process listens as the head
(Desk.watch) and re-runs the head's worklist query as the window does. Times are
CLOCK_MONOTONIC, the same clock in both processes on Linux.

  commit→callback  from the moment the submit's COMMIT returned in the clerk's process
                   (SQLAlchemy's after_commit; the submit itself returns some ms later) to the
                   head's callback
  call→callback    from the submit's call: an upper bound, the submit's own transaction in it
  commit→screen    to the moment the worklist query, run 100 ms after the first message of a
                   burst (ui/desk_bridge.py COALESCE_MS), returns a list holding the request
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import percentile  # noqa: E402

HEAD, CLERK, SECURITY = "vadovas", "rastine", "saugumas"
PASSWORDS = {HEAD: "bench-head-passphrase", CLERK: "bench-clerk-passphrase",
             SECURITY: "bench-security-passphrase"}
COALESCE_S = 0.100  # ui/desk_bridge.py COALESCE_MS


def set_up(where: Any, n: int) -> list[int]:
    """The store, its users, n cleared people and a draft request for each."""
    from app.services import requests as rq
    from app.services import users
    from app.services.opening import init_server_store, open_desk
    from tests.services.workflow_helpers import add_cleared_person, draft

    server = where[1]
    new = init_server_store(where[0], setup_user="postgres", setup_password=server.password,
                            institution="Bandomoji įstaiga", head_username=HEAD,
                            head_full_name="Jonas Vadovas", passphrase=PASSWORDS[HEAD])
    users.add_user(new.desk, CLERK, full_name="Rūta Raštinė", roles=["clerk"],
                   passphrase=PASSWORDS[CLERK])
    users.add_user(new.desk, SECURITY, full_name="Gintarė Saugumietė",
                   roles=["security_officer"], passphrase=PASSWORDS[SECURITY])
    new.desk.lock()
    security = open_desk(where[0], SECURITY, PASSWORDS[SECURITY])
    clerk = open_desk(where[0], CLERK, PASSWORDS[CLERK])
    depart = date.today() + timedelta(days=40)
    ids = []
    try:
        for i in range(n):
            code = add_cleared_person(security, i + 1, last=f"Vardenis{i}")
            ids.append(rq.new_request(clerk, draft(code, depart=depart,
                                                   return_=depart + timedelta(days=7))).id)
    finally:
        security.lock()
        clerk.lock()
    return ids


def submitter(locator: str, ids: list[int], pause_ms: tuple[int, int], start_at: float,
              out: Any) -> None:
    """The clerk's workstation: submit each draft, report (id, called, committed, returned);
    committed is when the submit's COMMIT came back (SQLAlchemy's after_commit)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from app.services import requests as rq
    from app.services.opening import open_desk

    commits: list[float] = []
    event.listen(Session, "after_commit", lambda _s: commits.append(time.monotonic()))
    clerk = open_desk(locator, CLERK, PASSWORDS[CLERK])
    try:
        while time.monotonic() < start_at:
            time.sleep(0.01)
        for rid in ids:
            commits.clear()
            called = time.monotonic()
            rq.submit(clerk, rid)
            returned = time.monotonic()
            out.put((rid, called, commits[-1] if commits else returned, returned))
            time.sleep(random.uniform(*pause_ms) / 1000)
    finally:
        clerk.lock()
        out.put(None)


class HeadScreen:
    """The head's window without Qt: gather messages for COALESCE_S, then re-run the worklist
    query once, and note when each awaited request first shows."""

    def __init__(self, desk: Any, limit: int) -> None:
        self.desk, self.limit = desk, limit
        self.heard: dict[int, float] = {}
        self.shown: dict[int, float] = {}
        self.queries: list[float] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def on_change(self, changes: Any) -> None:  # the listener's thread
        now = time.monotonic()
        with self._lock:
            for kind, rid in changes.ids:
                if kind == "request":
                    self.heard.setdefault(rid, now)
            if self._timer is None:
                self._timer = threading.Timer(COALESCE_S, self.refresh)
                self._timer.start()

    def refresh(self) -> None:
        from app.services.worklist import for_user

        with self._lock:
            self._timer = None
        started = time.monotonic()
        items = for_user(self.desk, limit=self.limit)
        done = time.monotonic()
        self.queries.append((done - started) * 1000)
        for item in items:
            if item.kind == "decide" and item.request_id is not None:
                self.shown.setdefault(item.request_id, done)

    def close(self) -> None:
        with self._lock:
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.join()


def figures(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": round(percentile(values, 50), 1),
            "p95_ms": round(percentile(values, 95), 1), "max_ms": round(max(values), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submits", type=int, default=150)
    parser.add_argument("--pause-ms", default="20-120", help="random pause between submits")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    low, _, high = args.pause_ms.partition("-")
    pause = (int(low), int(high or low))

    from app.services.opening import open_desk
    from app.store.locator import ServerLocator
    from tests.pg_server import PgServer

    server = PgServer().start()
    try:
        db = server.create_database("permit_desk_bench_notify")
        where = ServerLocator("localhost", server.port, db, server.ca_pem)
        t = time.perf_counter()
        ids = set_up((where, server), args.submits)
        print(f"set up {len(ids)} drafts in {time.perf_counter() - t:.1f} s", flush=True)

        head = open_desk(where, HEAD, PASSWORDS[HEAD])
        screen = HeadScreen(head, limit=max(200, len(ids) + 10))
        stop = head.watch(screen.on_change)
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        proc = ctx.Process(target=submitter, args=(str(where), ids, pause,
                                                   time.monotonic() + 3.0, out))
        proc.start()
        submits: dict[int, tuple[float, float, float]] = {}
        while (got := out.get(timeout=300)) is not None:
            rid, called, committed, returned = got
            submits[rid] = (called, committed, returned)
        proc.join(60)
        deadline = time.monotonic() + 5
        while len(screen.shown.keys() & submits.keys()) < len(submits) \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        stop()
        screen.close()
        head.lock()
    finally:
        server.stop()

    missing = sorted(submits.keys() - screen.heard.keys())
    result = {
        "submits": len(submits), "pause_ms": list(pause), "not_heard": len(missing),
        "commit_to_callback": figures([(screen.heard[r] - s[1]) * 1000
                                       for r, s in submits.items() if r in screen.heard]),
        "call_to_callback": figures([(screen.heard[r] - s[0]) * 1000
                                     for r, s in submits.items() if r in screen.heard]),
        "commit_to_screen": figures([(screen.shown[r] - s[1]) * 1000
                                     for r, s in submits.items() if r in screen.shown]),
        "submit_ms": figures([(s[2] - s[0]) * 1000 for s in submits.values()]),
        "worklist_query_ms": figures(screen.queries),
        "worklist_refreshes": len(screen.queries),
    }
    p95 = result["commit_to_screen"]["p95_ms"]  # type: ignore[index]
    result["meets_issue_15"] = not missing and p95 <= 1000
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
