"""Benchmarks the encrypted store at national scale against the foundation's targets.

Run: .venv/bin/python bench/bench_store.py [--people 60000] [--requests 500000] [--dir DIR]
     [--keep] [--runs 50]

Builds a store with the product's own code (init_store with the product KDF, then the demo
generator) in a child process, so the loader's time and peak memory are its own; reuses
DIR when it holds a store this script built with the same sizes. Then times unlock (KDF
separately), open-to-first-query with a raw key, and every query the UI runs, through the
service layer, each beside the same function on a plain (unencrypted) SQLite copy of the
same database. Prints a table and writes bench/out/store.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import maxrss_mb, measure, once, reset_peak_rss, vm_hwm_mb  # noqa: E402

PASSPHRASE = "Benchmark passphrase 2026, not a secret"
OFFICER = "saugumas"
HEAD = "vadovas"
STORE = "store.db"
MARK = "bench_store.json"
PLAIN = "plain.db"


# ---- building (child process) ------------------------------------------------------------


def build(directory: Path, people: int, requests: int) -> dict[str, Any]:
    from app.services import users
    from app.services.demo import generate
    from app.services.opening import init_store
    from app.store.keyfile import DEFAULT_KDF, TEST_KDF

    db = directory / STORE
    t0 = time.perf_counter()
    created = init_store(db, institution="Bandomoji įstaiga", head_username=HEAD,
                         head_full_name="Vardenis Pavardenis", passphrase=PASSPHRASE,
                         kdf=DEFAULT_KDF, bind=False)
    init_s = time.perf_counter() - t0
    rss_after_init = maxrss_mb()
    desk = created.desk
    phases: dict[str, float] = {}
    # Each phase runs from the previous phase's last report to its own last report.
    marks: list[list[Any]] = [["start", time.perf_counter()]]

    def progress(done: int, total: int, msg: str) -> None:
        if marks[-1][0] == msg:
            marks[-1][1] = time.perf_counter()
        else:
            marks.append([msg, time.perf_counter()])

    reset = reset_peak_rss()
    wall, cpu = once(lambda: generate(desk, staff=people, requests=requests, progress=progress))
    marks.append(["commit", time.perf_counter()])
    for (_, t0_), (name, t1) in zip(marks, marks[1:], strict=False):
        phases[name] = phases.get(name, 0.0) + t1 - t0_
    gen_hwm = vm_hwm_mb() if reset else None
    # The security officer, for that worklist (a cheap KDF: this slot is not what is timed).
    users.add_user(desk, OFFICER, full_name="Saugumo Pareigūnas",
                   roles=["security_officer"], passphrase=PASSPHRASE, kdf=TEST_KDF)
    desk.lock()
    files = [db, *[db.with_name(db.name + s) for s in ("-wal", "-shm")]]
    info = {
        "people": people, "requests": requests, "init_store_s": round(init_s, 3),
        "load_wall_s": round(wall, 2), "load_cpu_s": round(cpu, 2),
        "load_phases_s": {k: round(v, 2) for k, v in phases.items()},
        "loader_peak_rss_mb": round(gen_hwm, 1) if gen_hwm is not None else None,
        "process_peak_rss_mb": round(maxrss_mb(), 1),
        "rss_after_init_mb": round(rss_after_init, 1),
        "store_mb": round(sum(f.stat().st_size for f in files if f.exists()) / 2**20, 1),
    }
    (directory / MARK).write_text(json.dumps(info, indent=2))
    return info


def ensure_store(directory: Path, people: int, requests: int) -> dict[str, Any]:
    """The build's figures for a store of these sizes in `directory`: the one already there
    when this script built it with the same sizes, else a new one built in a child process
    (so the loader's time and peak memory are its own)."""
    directory.mkdir(parents=True, exist_ok=True)
    mark = directory / MARK
    info = json.loads(mark.read_text()) if mark.exists() else None
    if info is not None and (info["people"], info["requests"]) == (people, requests):
        print(f"reusing the store in {directory} (built {info['load_wall_s']} s)", file=sys.stderr)
        return dict(info)
    for p in directory.glob(STORE + "*"):
        p.unlink()
    print(f"building {people:,} people / {requests:,} requests in {directory} ...",
          file=sys.stderr, flush=True)
    proc = subprocess.run([sys.executable, __file__, "--build-only", "--dir", str(directory),
                           "--people", str(people), "--requests", str(requests)],
                          check=True, stdout=subprocess.PIPE, text=True)
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


# ---- measuring ---------------------------------------------------------------------------


@dataclass
class Side:
    """One database (encrypted or plain) seen through the app: a Desk per user."""

    head: Any
    officer: Any


def open_sides(directory: Path) -> tuple[Side, Side, dict[str, Any], Callable[[], None]]:
    import sqlcipher3
    from sqlalchemy import create_engine, event

    from app.services.desk import Desk, load_actor
    from app.store import engine as eng
    from app.store import store as store_mod
    from app.store.keyfile import KeyFile

    db = directory / STORE
    st = store_mod.unlock(db, HEAD, PASSPHRASE)
    kf = KeyFile.load(st.paths.keys)
    mk = st.require_master_key()
    key = kf.unwrap_db_key(mk, kf.db_key)
    plain = directory / PLAIN
    if plain.exists():
        plain.unlink()
    t = time.perf_counter()
    raw = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        raw.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
    finally:
        raw.close()
    export_s = time.perf_counter() - t
    # The same SQLite build as the store (sqlcipher3 with no key is plain SQLite), so the
    # ratio measures encryption only, not the gap between SQLite versions.
    plain_engine = create_engine(f"sqlite:///{plain}", module=sqlcipher3,
                                 connect_args={"check_same_thread": False})

    @event.listens_for(plain_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        eng._connect_pragmas(dbapi_conn, False)

    eng._control_transactions(plain_engine)
    plain_store = store_mod.OpenStore(store_mod.StorePaths(plain), plain_engine, kf, mk, HEAD)

    def desks(s: Any) -> Side:
        with s.session() as ses:
            head, officer = load_actor(ses, HEAD), load_actor(ses, OFFICER)
        return Side(Desk(s, head), Desk(s, officer))

    enc, pl = desks(st), desks(plain_store)

    def close() -> None:
        st.close()
        plain_engine.dispose()

    with pl.head.read() as s:
        sqlite_version = s.connection().exec_driver_sql("select sqlite_version()").scalar()
    return enc, pl, {"export_plain_copy_s": round(export_s, 2), "sqlite": sqlite_version,
                     "plain_mb": round(plain.stat().st_size / 2**20, 1)}, close


def measure_unlock(directory: Path, runs: int) -> dict[str, Any]:
    from app.services import queries
    from app.store import store as store_mod
    from app.store.keyfile import KeyFile, derive_kek

    db = directory / STORE
    paths = store_mod.StorePaths(db)
    kf = KeyFile.load(paths.keys)
    slot = kf.slot_for(HEAD)
    kdf = measure(lambda: derive_kek(PASSPHRASE, slot.salt, slot.kdf, None), 5, warmup=1)

    def unlock() -> None:
        st = store_mod.unlock(db, HEAD, PASSPHRASE)
        with st.read_session() as s:
            queries.count_by_state(s)
        st.close()

    full = measure(unlock, 5, warmup=1)
    st = store_mod.unlock(db, HEAD, PASSPHRASE)
    mk = st.require_master_key()
    st.close()

    def raw_open() -> None:
        k = KeyFile.load(paths.keys)
        o = store_mod._open_with_master_key(paths, k, mk, HEAD, None, True)
        with o.read_session() as s:
            queries.count_by_state(s)
        o.close()

    raw = measure(raw_open, runs)
    return {"kdf": {"params": slot.kdf.to_json(), **kdf.as_dict()},
            "unlock_with_kdf": full.as_dict(), "open_raw_key_first_query": raw.as_dict()}


def query_suite(side: Side, today: date, rng_seed: int
                ) -> list[tuple[str, float, Callable[[], object]]]:
    """(name, p95 target ms, call) for every query the UI runs; the same calls on each side."""
    from app.domain.enums import RequestState
    from app.services import clearances, queries, staff, worklist
    from app.services.queries import RequestFilter

    desk = side.head
    rng = random.Random(rng_seed)
    with desk.read() as s:
        from sqlalchemy import func, select

        from app.store.models import Person, TravelRequest

        max_id = s.execute(select(func.max(TravelRequest.id))).scalar() or 1
        max_person = s.execute(select(func.max(Person.id))).scalar() or 1
        total = len(queries.request_ids(s, RequestFilter(), "id"))

    def read(fn: Callable[[Any], object]) -> Callable[[], object]:
        def run() -> object:
            with desk.read() as s:
                return fn(s)
        return run

    filt = RequestFilter(states=(RequestState.APPROVED, RequestState.CLOSED), country="BY",
                         depart_from=today - timedelta(days=365),
                         depart_to=today + timedelta(days=90))
    with desk.read() as s:
        first = queries.list_requests(s, filt, sort="depart", limit=200)
    after = (first[-1].depart, first[-1].id) if first else None
    big_sorts = ["depart", "traveller", "state"]

    def window(s: Any) -> object:
        k = rng.randrange(0, max(1, total - 60))
        ids = queries.request_ids(s, RequestFilter(), "depart")[k:k + 60]
        return queries.rows_by_ids(s, ids)

    # The UI keeps the id list and asks rows_by_ids for windows as the user scrolls.
    cached_ids: dict[str, list[int]] = {}

    def window_cached(s: Any) -> object:
        ids = cached_ids.get("depart")
        if ids is None:
            ids = cached_ids["depart"] = queries.request_ids(s, RequestFilter(), "depart")
        k = rng.randrange(0, max(1, len(ids) - 60))
        return queries.rows_by_ids(s, ids[k:k + 60])

    del window
    suite: list[tuple[str, float, Callable[[], object]]] = [
        ("filter state+country+dates, page 1 (offset)", 30,
         read(lambda s: queries.list_requests(s, filt, sort="depart", limit=200))),
        ("filter state+country+dates, page 10 (offset 1800)", 30,
         read(lambda s: queries.list_requests(s, filt, sort="depart", limit=200, offset=1800))),
        ("filter state+country+dates, next page (keyset)", 30,
         read(lambda s: queries.page_after(s, filt, after=after, sort="depart", limit=200))),
        ("pending decisions, oldest first", 10, read(lambda s: queries.pending_decisions(s))),
        ("requests: name prefix 'zuk'", 30,
         read(lambda s: queries.list_requests(s, RequestFilter(text="zuk")))),
        ("people: name prefix 'zuk' (list_people)", 30,
         lambda: staff.list_people(desk, prefix="zuk")),
        ("count by state", 10, read(lambda s: queries.count_by_state(s))),
        ("count requests (filter: submitted)", 10,
         read(lambda s: queries.count_requests(
             s, RequestFilter(states=(RequestState.SUBMITTED,))))),
        ("abroad today, rows", 30, read(lambda s: queries.abroad_on(s, today))),
        ("abroad today, count", 10, read(lambda s: queries.count_abroad_on(s, today))),
        ("one person's history", 30,
         read(lambda s: queries.person_history(s, rng.randrange(1, max_person + 1)))),
        ("returned requests", 30, read(lambda s: queries.returned_requests(s))),
        ("approved, starting within 7 days", 30,
         read(lambda s: queries.starting_soon(s, today))),
        ("overdue debriefs, rows", 10, read(lambda s: queries.overdue_debrief_rows(s, today))),
        ("overdue debriefs, count", 10,
         read(lambda s: queries.count_overdue_debriefs(s, today))),
        ("clearances expiring", 30, lambda: clearances.expiring(desk)),
        ("worklist: head", 30, lambda: worklist.for_user(side.head)),
        ("worklist: security officer", 30, lambda: worklist.for_user(side.officer)),
        ("review context", 30,
         lambda: queries.review_context(desk, rng.randrange(1, max_id + 1))),
        ("big table: rows_by_ids, 60 random ids", 30, read(window_cached)),
    ]
    for sort in big_sorts:
        suite.append((f"big table: request_ids all ({sort})", float("inf"),
                      read(lambda s, sort=sort: queries.request_ids(s, RequestFilter(), sort))))
    return suite


def run_queries(enc: Side, plain: Side, today: date, runs: int) -> list[dict[str, Any]]:
    enc_suite = query_suite(enc, today, 1)
    plain_suite = query_suite(plain, today, 1)
    out: list[dict[str, Any]] = []
    for (name, target, fe), (_n, _t, fp) in zip(enc_suite, plain_suite, strict=True):
        # The whole-table id lists take ~1 s each: fewer runs (the count is reported).
        n = runs if target != float("inf") else min(runs, 10)
        e = measure(fe, n)
        p = measure(fp, n)
        out.append({"query": name, "target_p95_ms": None if target == float("inf") else target,
                    "sqlcipher": e.as_dict(), "plain": p.as_dict(),
                    "ratio_p50": round(e.p50 / p.p50, 2) if p.p50 else None,
                    "cpu_ratio_p50": round(e.cpu50 / p.cpu50, 2) if p.cpu50 else None})
        print(f"  {name}: {e.p50:.2f}/{e.p95:.2f} ms (plain {p.p50:.2f}/{p.p95:.2f})",
              file=sys.stderr, flush=True)
    return out


# ---- report ------------------------------------------------------------------------------


def table(result: dict[str, Any]) -> str:
    b = result["build"]
    u = result["unlock"]
    lines = [
        f"Permit Desk store benchmark: {b['people']:,} people, {b['requests']:,} requests "
        f"({result['host']['cpus']} CPUs; store {b['store_mb']} MB; "
        f"SQLite {result['plain']['sqlite']})",
        "",
        f"{'figure':<52}{'value':>12}{'cpu':>10}{'target':>10}  ",
        f"{'bulk load (generate), s':<52}{b['load_wall_s']:>12.2f}{b['load_cpu_s']:>10.2f}"
        f"{'20':>10}  {_ok(b['load_wall_s'], 20)}",
        f"{'  phases, s':<52}" + ", ".join(f"{k} {v}" for k, v in b["load_phases_s"].items()),
        f"{'loader peak RSS (generate phase), MB':<52}{_f(b['loader_peak_rss_mb']):>12}{'':>10}"
        f"{'500':>10}  {_ok(b['loader_peak_rss_mb'], 500)}",
        f"{'  whole build process peak RSS (incl. Argon2), MB':<52}{b['process_peak_rss_mb']:>12}",
        f"{'KDF alone (Argon2id), ms p50':<52}{u['kdf']['p50_ms']:>12.1f}"
        f"{u['kdf']['cpu_p50_ms']:>10.1f}",
        f"{'unlock with KDF + first query, ms p50':<52}{u['unlock_with_kdf']['p50_ms']:>12.1f}"
        f"{u['unlock_with_kdf']['cpu_p50_ms']:>10.1f}{'1000':>10}  "
        f"{_ok(u['unlock_with_kdf']['p50_ms'], 1000)}",
        f"{'open to first query, raw key, ms p50':<52}"
        f"{u['open_raw_key_first_query']['p50_ms']:>12.2f}"
        f"{u['open_raw_key_first_query']['cpu_p50_ms']:>10.2f}",
        "",
        f"{'query (ms; ' + str(result['runs']) + ' runs, id lists 10)':<50}"
        f"{'p50':>8}{'p95':>8}{'cpu50':>8}"
        f"{'plain50':>9}{'plain95':>9}{'ratio':>7}{'cpu r.':>7}{'target':>8}  ",
    ]
    for q in result["queries"]:
        e, p, t = q["sqlcipher"], q["plain"], q["target_p95_ms"]
        verdict = "-" if t is None else _ok(e["p95_ms"], t)
        if t is not None and q["ratio_p50"] and q["ratio_p50"] > 1.2:
            verdict += " ratio>1.2"
        lines.append(f"{q['query'][:50]:<50}{e['p50_ms']:>8.2f}{e['p95_ms']:>8.2f}"
                     f"{e['cpu_p50_ms']:>8.2f}{p['p50_ms']:>9.2f}{p['p95_ms']:>9.2f}"
                     f"{_f(q['ratio_p50']):>7}{_f(q['cpu_ratio_p50']):>7}"
                     f"{'-' if t is None else int(t):>8}  {verdict}")
    lines.append("")
    lines.append(f"The plain copy ({result['plain']['plain_mb']} MB, synthetic demo data) was "
                 f"{'kept' if result['plain'].get('kept') else 'deleted'} after the run.")
    return "\n".join(lines)


def _f(v: Any) -> str:
    return "-" if v is None else f"{v}"


def _ok(v: float | None, target: float) -> str:
    return "?" if v is None else ("ok" if v <= target else "OVER")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=60_000)
    ap.add_argument("--requests", type=int, default=500_000)
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir's store")
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "store.json")
    ap.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if args.build_only:
        print(json.dumps(build(args.dir, args.people, args.requests)))
        return

    directory = args.dir or Path(tempfile.mkdtemp(prefix="permit-bench-"))
    info = ensure_store(directory, args.people, args.requests)

    from zoneinfo import ZoneInfo

    from app.services.desk import utc_now

    today = utc_now().astimezone(ZoneInfo("Europe/Vilnius")).date()
    print("unlock ...", file=sys.stderr, flush=True)
    unlock = measure_unlock(directory, args.runs)
    print("plain copy ...", file=sys.stderr, flush=True)
    enc, plain, plain_info, close = open_sides(directory)
    try:
        queries = run_queries(enc, plain, today, args.runs)
    finally:
        close()
        (directory / PLAIN).unlink(missing_ok=True)
    result = {"host": {"cpus": os.cpu_count(), "load_avg": os.getloadavg()}, "runs": args.runs,
              "build": info, "unlock": unlock, "plain": {**plain_info, "kept": False},
              "queries": queries}
    print(table(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str))
    if args.dir is None and not args.keep:
        shutil.rmtree(directory)
    elif args.dir is None:
        print(f"store kept in {directory}", file=sys.stderr)


if __name__ == "__main__":
    main()
