"""Benchmarks every query the UI runs on the same store in a file and on a PostgreSQL server.

Run: .venv/bin/python bench/bench_server_queries.py [--people 60000] [--requests 500000]
     [--dir DIR] [--runs 30]

Builds (or reuses, in DIR) the demo store with bench_store.py's build, moves a copy to a
throwaway TLS/SCRAM cluster (tests/pg_server.PgServer) with the product's migrate, then times
each UI query through the service layer on both: the SQLCipher file (the head's and the
security officer's desks, unlocked as a user would) and the server (the same users on their
own logins). Prints one table with both backends and writes bench/out/server_queries.json.
Targets (issue 15): every UI query p95 <= 30 ms, the worklist <= 10 ms, on the server as on
the file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import measure  # noqa: E402
from bench_store import HEAD, OFFICER, PASSPHRASE, STORE, Side, ensure_store, query_suite  # noqa: E402

CLERK, DEPUTY = "rastine", "pavaduotojas"
WORKLIST_TARGET_MS = 10.0
QUERY_TARGET_MS = 30.0


@dataclass
class OnServer:
    """A throwaway cluster holding the migrated store; stop() removes it."""

    server: Any
    where: Any  # ServerLocator
    migrate_s: float

    def stop(self) -> None:
        self.server.stop()


def ensure_users(where: Any) -> None:
    """A clerk and a deputy beside the demo's head and security officer (worklists per role);
    on a server, the officer's login gets the bench passphrase (migrate makes logins with
    passwords only their users know)."""
    from app.services import users
    from app.services.opening import open_desk
    from app.store.keyfile import TEST_KDF

    head = open_desk(where, HEAD, PASSPHRASE)
    try:
        have = {u.username for u in users.list_users(head)}
        on_server = head.store.kind == "server"
        kdf = None if on_server else TEST_KDF
        for name, roles in ((OFFICER, ["security_officer"]), (CLERK, ["clerk"]),
                            (DEPUTY, ["deputy"])):
            if name not in have:
                users.add_user(head, name, full_name=f"Bench {name}", roles=roles,
                               passphrase=PASSPHRASE, kdf=kdf)
            elif on_server:
                users.change_passphrase(head, name, PASSPHRASE)
    finally:
        head.lock()


def start_server(directory: Path) -> OnServer:
    """The file store in `directory` moved to a new cluster, as `permit-desk migrate` does."""
    from app.cli.migrate_cmd import run_migration
    from app.services.opening import open_desk
    from app.store.locator import ServerLocator
    from tests.pg_server import PgServer

    ensure_users(directory / STORE)
    server = PgServer().start()
    try:
        db = server.create_database("permit_desk_bench")
        where = ServerLocator("localhost", server.port, db, server.ca_pem)
        desk = open_desk(directory / STORE, HEAD, PASSPHRASE)
        t = time.perf_counter()
        try:
            run_migration(desk, PASSPHRASE, where, setup_user="postgres",
                          setup_password=server.password)
        finally:
            desk.lock()
        migrate_s = time.perf_counter() - t
        ensure_users(where)
        # The planner's statistics, as autovacuum would have them on a server in use.
        import psycopg

        with psycopg.connect(server.superuser_dsn(db), autocommit=True) as conn:
            conn.execute("ANALYZE")
    except BaseException:
        server.stop()
        raise
    return OnServer(server, where, migrate_s)


def ui_suite(side: Side, clerk: Any, deputy: Any, today: date, seed: int
             ) -> list[tuple[str, float, Callable[[], object]]]:
    """bench_store's list (request lists, filters, worklists, counts...) plus the screens'
    other queries: every role's worklist, request pages by keyset (first, deep, last), staff
    pages and counts, the audit list, the letters list and the dashboard."""
    from app.services import (
        audit_queries,
        dashboard,
        letters,
        queries,
        staff,
        staff_queries,
        worklist,
    )
    from app.services.audit_queries import AuditFilter
    from app.services.queries import RequestFilter

    suite = [(n, t, f) for n, t, f in query_suite(side, today, seed)
             if t != float("inf")]  # the whole-table id lists are not a screen's query
    rng = random.Random(seed)
    desk = side.head
    with desk.read() as s:
        bookmarks = queries.page_bookmarks(s, RequestFilter(), sort="depart")
    deep = bookmarks[len(bookmarks) // 2] if bookmarks else None
    last = bookmarks[-1] if bookmarks else None
    with desk.read() as s:
        _, keys = queries.request_page(s, RequestFilter(), sort="id", descending=True)
    people = staff.list_people(desk, limit=200)
    people_deep = staff.list_people(desk, limit=200, after_id=people[-1].id) if people else []
    top = audit_queries.audit_page(desk, limit=1)
    mid_seq = top[0].seq // 2 if top else None
    units = staff_queries.units(desk)
    unit = units[len(units) // 2] if units else None

    def read(fn: Callable[[Any], object]) -> Callable[[], object]:
        def run() -> object:
            with desk.read() as s:
                return fn(s)
        return run

    suite += [
        ("worklist: clerk", WORKLIST_TARGET_MS, lambda: worklist.for_user(clerk)),
        ("worklist: deputy", WORKLIST_TARGET_MS, lambda: worklist.for_user(deputy)),
        ("requests page 1, newest first (keyset)", QUERY_TARGET_MS,
         read(lambda s: queries.request_page(s, RequestFilter(), sort="id", descending=True))),
        ("requests next page, newest first (keyset)", QUERY_TARGET_MS,
         read(lambda s: queries.request_page(s, RequestFilter(), sort="id", descending=True,
                                             after=keys[-1] if keys else None))),
        ("requests by departure, middle page (bookmark)", QUERY_TARGET_MS,
         read(lambda s: queries.request_page(s, RequestFilter(), sort="depart", after=deep))),
        ("requests by departure, last page (bookmark)", QUERY_TARGET_MS,
         read(lambda s: queries.request_page(s, RequestFilter(), sort="depart", after=last))),
        ("requests, country=RU by departure, page 1", QUERY_TARGET_MS,
         read(lambda s: queries.request_page(s, RequestFilter(country="RU"), sort="depart"))),
        ("count requests (country=RU)", QUERY_TARGET_MS,
         read(lambda s: queries.count_requests(s, RequestFilter(country="RU")))),
        ("letters waiting / to print", QUERY_TARGET_MS,
         read(lambda s: (queries.letters_waiting(s), queries.letters_to_print(s)))),
        ("staff list, page 1", QUERY_TARGET_MS, lambda: staff.list_people(desk, limit=200)),
        ("staff list, next page", QUERY_TARGET_MS,
         lambda: staff.list_people(desk, limit=200,
                                   after_id=people_deep[-1].id if people_deep else None)),
        ("staff list, one unit", QUERY_TARGET_MS,
         lambda: staff.list_people(desk, unit=unit, limit=200)),
        ("staff: count with prefix 'kaz'", QUERY_TARGET_MS,
         lambda: staff_queries.count_people(desk, prefix="kaz")),
        ("staff: units", QUERY_TARGET_MS, lambda: staff_queries.units(desk)),
        ("person search: prefix 'pet'", QUERY_TARGET_MS,
         lambda: staff.list_people(desk, prefix="pet", limit=50)),
        ("audit list, newest page", QUERY_TARGET_MS,
         lambda: audit_queries.audit_page(desk, limit=200)),
        ("audit list, middle page", QUERY_TARGET_MS,
         lambda: audit_queries.audit_page(desk, before_seq=mid_seq, limit=200)),
        ("audit list, filtered by action", QUERY_TARGET_MS,
         lambda: audit_queries.audit_page(desk, AuditFilter(action="decision"), limit=200)),
        ("audit count", QUERY_TARGET_MS, lambda: audit_queries.audit_count(desk)),
        ("letters list (signed)", QUERY_TARGET_MS,
         lambda: letters.list_letters(desk, "signed", limit=200)),
        ("dashboard numbers", QUERY_TARGET_MS, lambda: dashboard.numbers(desk)),
    ]
    # The suite's worklists get the issue's own target.
    suite = [(n, WORKLIST_TARGET_MS if n.startswith("worklist") else t, f) for n, t, f in suite]
    del rng
    return suite


def sides(where: Any) -> tuple[Side, Any, Any, Callable[[], None]]:
    from app.services.opening import open_desk

    desks = {u: open_desk(where, u, PASSPHRASE) for u in (HEAD, OFFICER, CLERK, DEPUTY)}

    def close() -> None:
        for d in desks.values():
            d.lock()

    return Side(desks[HEAD], desks[OFFICER]), desks[CLERK], desks[DEPUTY], close


def run(directory: Path, runs: int) -> dict[str, Any]:
    from zoneinfo import ZoneInfo

    from app.services.desk import utc_now

    today = utc_now().astimezone(ZoneInfo("Europe/Vilnius")).date()
    print("migrating a copy to a throwaway server ...", file=sys.stderr, flush=True)
    on = start_server(directory)
    try:
        file_side, fclerk, fdeputy, close_file = sides(directory / STORE)
        server_side, sclerk, sdeputy, close_server = sides(on.where)
        try:
            f_suite = ui_suite(file_side, fclerk, fdeputy, today, 1)
            s_suite = ui_suite(server_side, sclerk, sdeputy, today, 1)
            rows = []
            for (name, target, ff), (_n, _t, fs) in zip(f_suite, s_suite, strict=True):
                f, s = measure(ff, runs), measure(fs, runs)
                rows.append({"query": name, "target_p95_ms": target, "file": f.as_dict(),
                             "server": s.as_dict()})
                print(f"  {name}: file {f.p50:.2f}/{f.p95:.2f}  server {s.p50:.2f}/{s.p95:.2f}",
                      file=sys.stderr, flush=True)
        finally:
            close_file()
            close_server()
    finally:
        on.stop()
    return {"migrate_s": round(on.migrate_s, 1), "queries": rows}


def table(result: dict[str, Any]) -> str:
    b = result["build"]
    lines = [f"UI queries, file (SQLCipher) and server (PostgreSQL, TLS, on this host): "
             f"{b['people']:,} people, {b['requests']:,} requests; {result['runs']} runs each; "
             f"{result['cpus']} CPUs, load average {result['load_avg'][0]} before / "
             f"{result['load_after'][0]} after",
             "",
             f"{'query (ms)':<48}{'file p50':>9}{'file p95':>9}{'srv p50':>9}{'srv p95':>9}"
             f"{'target':>8}  verdict"]
    for q in result["queries"]:
        f, s, t = q["file"], q["server"], q["target_p95_ms"]
        verdict = ("ok" if s["p95_ms"] <= t else "SERVER OVER") + (
            "" if f["p95_ms"] <= t else ", file over")
        lines.append(f"{q['query'][:48]:<48}{f['p50_ms']:>9.2f}{f['p95_ms']:>9.2f}"
                     f"{s['p50_ms']:>9.2f}{s['p95_ms']:>9.2f}{t:>8.0f}  {verdict}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=60_000)
    ap.add_argument("--requests", type=int, default=500_000)
    ap.add_argument("--dir", type=Path, help="build the store here, or reuse the one there")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "server_queries.json")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.quiet import quiet_third_parties

    quiet_third_parties()
    directory = args.dir or Path(tempfile.mkdtemp(prefix="permit-bench-srvq-"))
    info = ensure_store(directory, args.people, args.requests)
    load = os.getloadavg()
    try:
        result = run(directory, args.runs)
    finally:
        if args.dir is None:
            shutil.rmtree(directory)
    result = {"build": info, "runs": args.runs, "cpus": os.cpu_count(),
              "load_avg": [round(x, 2) for x in load],
              "load_after": [round(x, 2) for x in os.getloadavg()], **result}
    print(table(result))
    print(f"(migrate of the copy: {result['migrate_s']} s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
