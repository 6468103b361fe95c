"""Benchmarks the inspection export on a PostgreSQL server: the demo store moved to a throwaway
server (as `permit-desk migrate` moves it), then the whole period's bundle written from there.

Run: .venv/bin/python bench/bench_export_server.py [--people 60000] [--requests 500000]
     [--dir DIR] [--file-too] [--workers N]
Builds the store with bench_store.py's build, or reuses DIR when it holds one of the same sizes
(bench_migrate.py's --dir stores are the same); the migration is bench_migrate's path
(tests/pg_server.PgServer: TLS, SCRAM). Prints the export's seconds (tables with CSV, JSON
Lines and XLSX, the audit excerpt, the summary), its steps and peak memory, and with
--file-too the same export from the file for comparison; writes bench/out/export_server.json.
--workers: the server's connections reading chunks side by side (default: the export's own,
export.SERVER_WORKERS); the file's export keeps its default.
Target (issue 15): the 500,000-request store's bundle on PostgreSQL in at most 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import maxrss_mb, reset_peak_rss, vm_hwm_mb  # noqa: E402
from bench_store import HEAD, PASSPHRASE, STORE, ensure_store  # noqa: E402

TARGET_S = 60.0
PERIOD = (date(2015, 1, 1), date(2035, 12, 31))  # every request of the demo store


def _export(desk: Any, out: Path, workers: int | None = None) -> tuple[float, Any]:
    from app.exchange.export import ExportSpec, write_bundle

    t0 = time.perf_counter()
    result = write_bundle(desk, ExportSpec(*PERIOD), out, workers=workers)
    return time.perf_counter() - t0, result


def run(directory: Path, file_too: bool, workers: int | None = None) -> dict[str, Any]:
    from app.cli.migrate_cmd import run_migration
    from app.services.opening import open_desk
    from app.store.locator import ServerLocator
    from tests.pg_server import PgServer

    out: dict[str, Any] = {}
    work = Path(tempfile.mkdtemp(prefix="permit-bench-export-server-"))
    server = PgServer().start()
    try:
        if file_too:
            desk = open_desk(directory / STORE, HEAD, PASSPHRASE)
            try:
                seconds, r = _export(desk, work / "from-file")
            finally:
                desk.lock()
            out["file_seconds"] = round(seconds, 2)
            shutil.rmtree(work / "from-file")
        db = server.create_database("permit_desk_export")
        target = ServerLocator("localhost", server.port, db, server.ca_pem)
        desk = open_desk(directory / STORE, HEAD, PASSPHRASE)
        t0 = time.perf_counter()
        try:
            run_migration(desk, PASSPHRASE, target, setup_user="postgres",
                          setup_password=server.password)
        finally:
            desk.lock()
        out["migrate_seconds"] = round(time.perf_counter() - t0, 2)
        desk = open_desk(target, HEAD, PASSPHRASE)
        reset = reset_peak_rss()
        try:
            seconds, r = _export(desk, work / "from-server", workers)
        finally:
            desk.lock()
        hwm = vm_hwm_mb() if reset else None
        out.update({
            "seconds": round(seconds, 2), "rows": r.rows, "bytes": r.bytes,
            "audit_entries": r.audit_entries,
            "steps_s": {k: round(v, 2) for k, v in r.timings.items()},
            "peak_rss_mb": round(hwm, 1) if hwm is not None else round(maxrss_mb(), 1),
        })
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", "--staff", type=int, default=60_000)
    ap.add_argument("--requests", type=int, default=500_000)
    ap.add_argument("--dir", type=Path, help="build the store here, or reuse the one there")
    ap.add_argument("--file-too", action="store_true",
                    help="also time the same export from the file store")
    ap.add_argument("--workers", type=int, help="the server's connections (default: the "
                    "export's)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "export_server.json")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    directory = args.dir or Path(tempfile.mkdtemp(prefix="permit-bench-export-server-store-"))
    info = ensure_store(directory, args.people, args.requests)
    load_before = os.getloadavg()[0]  # another benchmark on the machine shows here
    try:
        result = run(directory, args.file_too, args.workers)
    finally:
        if args.dir is None:
            shutil.rmtree(directory)
    from app.exchange.export import SERVER_WORKERS

    result = {"people": info["people"], "requests": info["requests"], "cpus": os.cpu_count(),
              "workers": args.workers or SERVER_WORKERS,
              "load_avg_before": round(load_before, 2),
              "load_avg": [round(x, 2) for x in os.getloadavg()], **result,
              "target_s": TARGET_S}
    rows = sum(result["rows"].values())
    print(f"export on PostgreSQL, {info['people']:,} people / {info['requests']:,} requests: "
          f"{result['seconds']:.1f} s, {rows:,} table rows, {result['bytes'] / 1e6:.0f} MB "
          f"(target ≤ {TARGET_S:.0f} s: {'ok' if result['seconds'] <= TARGET_S else 'OVER'})")
    if "file_seconds" in result:
        print(f"the same export from the file store: {result['file_seconds']:.1f} s")
    print("steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in result["steps_s"].items()
                                if v >= 0.05))
    print(f"peak RSS {result['peak_rss_mb']} MB; {result['workers']} connections; "
          f"{result['cpus']} CPUs, load average {load_before:.2f} before, "
          f"{result['load_avg'][0]} after")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
