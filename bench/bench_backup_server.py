"""Benchmarks backup and restore of a PostgreSQL store at national scale.

Run: .venv/bin/python bench/bench_backup_server.py [--people 60000] [--requests 500000]
     [--dir DIR]

The demo store (built or reused in DIR, as bench_store.py builds it) is moved to a throwaway
TLS/SCRAM cluster with the product's migrate (bench_server_queries.start_server). Then, as
the README's commands do: the head takes the store's first backup (pg_dump custom format
as the head's own login, encrypted to the store's recovery slot: the recovery key comes back
once), and the DBA restores it over the live database (checked whole, restored into a
scratch database and verified there, then swapped in; the old database kept aside). Prints
the seconds and the archive's size, and writes bench/out/backup_server.json.
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

from _common import maxrss_mb  # noqa: E402
from bench_store import HEAD, PASSPHRASE, ensure_store  # noqa: E402


def run(directory: Path) -> dict[str, Any]:
    from bench_server_queries import start_server

    from app.services import audit_queries, backups, server_backup
    from app.services.opening import open_desk

    work = Path(tempfile.mkdtemp(prefix="permit-bench-backup-server-"))
    print("migrating a copy to a throwaway server ...", file=sys.stderr, flush=True)
    on = start_server(directory)
    try:
        desk = open_desk(on.where, HEAD, PASSPHRASE)
        try:
            t0 = time.perf_counter()
            info = backups.backup(desk, work / "store.pdbackup")
            backup_s = time.perf_counter() - t0
            key = getattr(info, "new_recovery_key", "")
            assert key, "the store's first backup returns its recovery key"
        finally:
            desk.lock()
        print(f"backup: {backup_s:.1f} s, {info.size / 1e6:.1f} MB", file=sys.stderr)
        t0 = time.perf_counter()
        result = server_backup.restore(info.path, on.where, "postgres", on.server.password, key)
        restore_s = time.perf_counter() - t0
        print(f"restore: {restore_s:.1f} s", file=sys.stderr)
        desk = open_desk(on.where, HEAD, PASSPHRASE)
        try:
            t0 = time.perf_counter()
            report = audit_queries.verify(desk)
            verify_s = time.perf_counter() - t0
        finally:
            desk.lock()
        return {"migrate_s": round(on.migrate_s, 1), "backup_s": round(backup_s, 1),
                "archive_mb": round(info.size / 1e6, 1), "restore_s": round(restore_s, 1),
                "audit_entries": result.audit_entries,
                "audit_verify_after_restore_s": round(verify_s, 1),
                "audit_verify_ok": report.ok, "audit_verify_entries": report.entries,
                "replaced_database_kept_as": result.replaced_database,
                "peak_rss_mb": round(maxrss_mb(), 1), "cpus": os.cpu_count()}
    finally:
        on.stop()
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=60_000)
    ap.add_argument("--requests", type=int, default=500_000)
    ap.add_argument("--dir", type=Path, default=None,
                    help="where the demo store is built or reused (default: a temp dir)")
    args = ap.parse_args()
    directory = args.dir or Path(tempfile.mkdtemp(prefix="permit-bench-"))
    ensure_store(directory, args.people, args.requests)
    out = run(directory)
    out.update(people=args.people, requests=args.requests)
    print(json.dumps(out, indent=2))
    dest = Path(__file__).resolve().parent / "out" / "backup_server.json"
    dest.parent.mkdir(exist_ok=True)
    dest.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
