"""Benchmarks `migrate`: a demo store in a file moved to a throwaway PostgreSQL server.

Run: .venv/bin/python bench/bench_migrate.py [--people 60000] [--requests 500000] [--dir DIR]

Builds the store with bench_store.py's build (the product's init_store and demo generator, in
a child process), or reuses DIR when it holds one of the same sizes; starts a real cluster
(tests/pg_server.PgServer: TLS, SCRAM, as the institution's server would be), then times the
migration as the command runs it (app.cli.migrate_cmd.run_migration: open the file as its
admin, one transaction on the server, checks before the commit). Prints seconds, rows/s,
the time per step and peak memory, and writes bench/out/migrate.json. Target (issue 15):
the 60,000-person / 500,000-request store in at most 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import maxrss_mb, reset_peak_rss, vm_hwm_mb  # noqa: E402
from bench_store import HEAD, PASSPHRASE, STORE, ensure_store  # noqa: E402

TARGET_S = 60.0


def migrate_once(directory: Path) -> dict[str, Any]:
    from app.cli.migrate_cmd import run_migration
    from app.services import audit_queries
    from app.services.opening import open_desk
    from app.store.locator import ServerLocator
    from tests.pg_server import PgServer

    server = PgServer().start()
    try:
        db = server.create_database("permit_desk_migrated")
        target = ServerLocator("localhost", server.port, db, server.ca_pem)
        desk = open_desk(directory / STORE, HEAD, PASSPHRASE)
        steps: dict[str, float] = {}
        marks: list[list[Any]] = [["open", time.perf_counter()]]

        def progress(done: int, total: int, what: str) -> None:
            if marks[-1][0] == what:
                marks[-1][1] = time.perf_counter()
            else:
                marks.append([what, time.perf_counter()])

        reset = reset_peak_rss()
        t0 = time.perf_counter()
        try:
            done = run_migration(desk, PASSPHRASE, target, setup_user="postgres",
                                 setup_password=server.password, progress=progress)
        finally:
            desk.lock()
        wall = time.perf_counter() - t0
        marks.append(["checks and commit", time.perf_counter()])
        for (_, a), (name, b) in zip(marks, marks[1:], strict=False):
            steps[name] = steps.get(name, 0.0) + b - a
        hwm = vm_hwm_mb() if reset else None
        # As the admin on their new login: the trail verifies end to end.
        t1 = time.perf_counter()
        check = open_desk(target, HEAD, PASSPHRASE)
        try:
            report = audit_queries.verify(check)
        finally:
            check.lock()
        verify_s = time.perf_counter() - t1
    finally:
        server.stop()
    return {
        "seconds": round(wall, 2), "rows": done.rows,
        "rows_per_s": round(done.rows / wall), "counts": done.counts,
        "steps_s": {k: round(v, 2) for k, v in steps.items()},
        "head": done.head[0], "chain_ok": done.chain.ok and report.ok,
        "verify_as_admin_s": round(verify_s, 2),
        "peak_rss_mb": round(hwm, 1) if hwm is not None else round(maxrss_mb(), 1),
        "target_s": TARGET_S,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", "--staff", type=int, default=60_000)
    ap.add_argument("--requests", type=int, default=500_000)
    ap.add_argument("--dir", type=Path, help="build the store here, or reuse the one there")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "migrate.json")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    directory = args.dir or Path(tempfile.mkdtemp(prefix="permit-bench-migrate-"))
    info = ensure_store(directory, args.people, args.requests)
    try:
        result = migrate_once(directory)
    finally:
        if args.dir is None:
            shutil.rmtree(directory)
    result = {"people": info["people"], "requests": info["requests"],
              "store_mb": info.get("store_mb"), "cpus": os.cpu_count(),
              # A shared machine's other work shows in the wall time: say how busy it was.
              "load_avg": [round(x, 2) for x in os.getloadavg()], **result}
    print(f"migrate {info['people']:,} people / {info['requests']:,} requests "
          f"({info.get('store_mb')} MB file): {result['seconds']:.1f} s, "
          f"{result['rows']:,} rows, {result['rows_per_s']:,} rows/s "
          f"(target ≤ {TARGET_S:.0f} s: {'ok' if result['seconds'] <= TARGET_S else 'OVER'})")
    print("steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in result["steps_s"].items()
                                if v >= 0.05))
    print(f"chain verified: {result['chain_ok']} (head {result['head']}); audit verify as the "
          f"admin on the server {result['verify_as_admin_s']:.1f} s; peak RSS "
          f"{result['peak_rss_mb']} MB; {result['cpus']} CPUs, load average "
          f"{result['load_avg'][0]}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
