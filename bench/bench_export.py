"""Inspection export, bundle verification and backup on the 60,000-person, 500,000-request store.

Run: .venv/bin/python bench/bench_export.py [--dir DIR] [--people 60000] [--requests 500000]
     [--letters 200]
Reuses DIR/store.db when bench/bench_store.py built it there (same user and passphrase);
otherwise builds one. Measuring runs in a fresh child process, so the peak resident set
(ru_maxrss) is the export's own, not the build's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import maxrss_mb, reset_peak_rss, vm_hwm_mb  # noqa: E402

PASSPHRASE = "Benchmark passphrase 2026, not a secret"  # as bench/bench_store.py
HEAD = "vadovas"
STORE = "store.db"
P12_PASSWORD = "bench-p12"
PERIOD = (date(2015, 1, 1), date(2035, 12, 31))


def build(directory: Path, people: int, requests: int) -> None:
    from app.services import demo
    from app.services.opening import init_store
    from app.store.keyfile import TEST_KDF

    created = init_store(directory / STORE, institution="Bandomoji įstaiga", head_username=HEAD,
                         head_full_name="Vardenis Pavardenis", passphrase=PASSPHRASE,
                         kdf=TEST_KDF, bind=False, institution_code="188692688",
                         institution_address="Vilniaus g. 1, LT-01100 Vilnius")
    demo.generate(created.desk, staff=people, requests=requests)
    created.desk.lock()


def add_letters(directory: Path, n: int) -> Path:
    """A test PKI, the signer set, and `n` approval letters signed through the service."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from sqlalchemy import func, select

    from app.domain.enums import LetterKind
    from app.services import letters
    from app.services.opening import open_desk
    from app.services.register import queue_letter
    from app.store.models import Decision, Letter
    from tests.letters.pki import make_ca, make_leaf, write_p12

    root_pem = directory / "bench-root.pem"
    desk = open_desk(directory / STORE, HEAD, PASSPHRASE)
    try:
        with desk.read() as s:
            have = s.execute(select(func.count()).select_from(Letter)
                             .where(Letter.status == "signed")).scalar_one()
        if have >= n and root_pem.exists():
            return root_pem
        root = make_ca("Bench CA")
        leaf = make_leaf("Vardenis Pavardenis", root, key_kind="rsa3072")
        p12 = write_p12(directory / "bench-head.p12", leaf, [root], P12_PASSWORD)
        root_pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
        letters.set_signer(desk, pkcs12=str(p12))
        with desk.store.session() as s:
            ids = list(s.execute(select(Decision.id, Decision.request_id)
                                 .where(Decision.outcome == "approve",
                                        Decision.decided_by == desk.actor.user_id)
                                 .order_by(Decision.id.desc()).limit(n - have)).all())
            pending = [queue_letter(desk, s, LetterKind.APPROVAL, request_id=rid,
                                    decision_id=did) for did, rid in ids]
            s.flush()
            pending_ids = [p.id for p in pending]
            s.commit()
        signer = letters.open_signer(desk, P12_PASSWORD)
        try:
            letters.sign_many(desk, pending_ids, signer)
        finally:
            signer.close()
    finally:
        desk.lock()
    return root_pem


class _Clock:
    """Wall and CPU seconds of a phase (the machine is shared: CPU time says what the code
    costs, wall time what the user waits)."""

    def __enter__(self) -> _Clock:
        self.t, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = round(time.perf_counter() - self.t, 2)
        self.cpu = round(time.process_time() - self.c, 2)

    def pair(self) -> dict[str, float]:
        return {"wall_s": self.wall, "cpu_s": self.cpu}


def floor(desk: object, work: Path) -> dict[str, object]:
    """The floor the issue quotes, measured the same way as the export on the same machine
    at the same time: the joined 500,000 request rows read through the DB-API, written as
    CSV (csv module) and as JSON Lines (json.dumps), and SHA-256 of those files."""
    import csv
    import hashlib

    from app.store.engine import raw_connection

    out: dict[str, object] = {}
    sql = ("SELECT t.*, p.personal_code, p.first_name, p.last_name, p.unit FROM travel_request t "
           "JOIN person p ON p.id = t.person_id ORDER BY t.id")
    with raw_connection(desk.store.engine) as conn:  # type: ignore[attr-defined]
        cur = conn.cursor()
        with _Clock() as c:
            cur.execute(sql)
            names = [d[0] for d in cur.description]
            n = 0
            while b := cur.fetchmany(5000):
                n += len(b)
        out["read_rows"] = n
        out["read"] = c.pair()
        with _Clock() as c, open(work / "floor.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\r\n")
            cur.execute(sql)
            while b := cur.fetchmany(5000):
                w.writerows(b)
        out["read_and_csv"] = c.pair()
        with _Clock() as c, open(work / "floor.jsonl", "w", encoding="utf-8") as f:
            cur.execute(sql)
            dumps = json.dumps
            while b := cur.fetchmany(5000):
                f.write("\n".join([dumps(dict(zip(names, r, strict=True)), ensure_ascii=False)
                                   for r in b]))
                f.write("\n")
        out["read_and_jsonl"] = c.pair()
    with _Clock() as c:
        for name in ("floor.csv", "floor.jsonl"):
            h = hashlib.sha256()
            with open(work / name, "rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
    out["sha256_files"] = c.pair()
    out["files_mb"] = round(sum((work / n).stat().st_size for n in ("floor.csv", "floor.jsonl"))
                            / 2**20, 1)
    for name in ("floor.csv", "floor.jsonl"):
        (work / name).unlink()
    return out


def measure(directory: Path, xlsx: bool = True) -> dict[str, object]:
    from app.exchange.bundle_verify import verify_bundle
    from app.exchange.export import ExportSpec, write_bundle
    from app.exchange.tables import KINDS
    from app.services import backups, letters
    from app.services.opening import open_desk

    desk = open_desk(directory / STORE, HEAD, PASSPHRASE)
    out: dict[str, object] = {}
    peaks: dict[str, float | None] = {}
    out["phase_peak_rss_mb"] = peaks

    def peak(label: str) -> None:
        """The phase's own peak resident set (VmHWM, reset after each phase)."""
        peaks[label] = vm_hwm_mb()
        reset_peak_rss()

    work = Path(tempfile.mkdtemp(prefix="bench-export-", dir=directory))
    try:
        no_letters = tuple(k for k in KINDS if k != "letters")
        peak("unlock")
        reset = reset_peak_rss()
        with _Clock() as c:
            r = write_bundle(desk, ExportSpec(*PERIOD, kinds=no_letters, xlsx=False),
                             work / "csv-jsonl")
        out["csv_jsonl_all_tables_s"] = c.wall
        out["csv_jsonl_all_tables_cpu_s"] = c.cpu
        if reset:
            out["export_peak_rss_mb"] = vm_hwm_mb()  # the export's own, after unlocking
        out["rows"] = r.rows
        out["csv_jsonl_mb"] = round(r.bytes / 2**20, 1)
        out["csv_jsonl_table_s"] = {k.split(":", 1)[1]: round(v, 2) for k, v in r.timings.items()
                                    if k.startswith("table:")}
        out["rss_after_csv_jsonl_mb"] = round(maxrss_mb(), 1)
        peak("csv_jsonl")
        if xlsx:
            with _Clock() as c:
                write_bundle(desk, ExportSpec(*PERIOD, kinds=no_letters, xlsx=True),
                             work / "with-xlsx")
            out["csv_jsonl_plus_xlsx_s"] = c.wall
            out["csv_jsonl_plus_xlsx_cpu_s"] = c.cpu
            out["xlsx_extra_s"] = round(out["csv_jsonl_plus_xlsx_s"]  # type: ignore[operator]
                                        - out["csv_jsonl_all_tables_s"], 2)  # type: ignore[operator]
            xl = work / "with-xlsx" / "xlsx" / "lenteles-tables.xlsx"
            out["xlsx_mb"] = round(xl.stat().st_size / 2**20, 1)
            peak("csv_jsonl_xlsx")

        signer = letters.open_signer(desk, P12_PASSWORD)
        try:
            for as_zip, name in ((False, "bundle"), (True, "bundle.zip")):
                with _Clock() as c:
                    r = write_bundle(desk, ExportSpec(*PERIOD, xlsx=xlsx), work / name,
                                     as_zip=as_zip, signer=signer)
                key = "whole_bundle_zip" if as_zip else "whole_bundle_folder"
                out[key] = c.pair()
            out["letters"] = r.letters
            out["bundle_zip_mb"] = round((work / "bundle.zip").stat().st_size / 2**20, 1)
            peak("whole_bundles")
        finally:
            signer.close()
        trust = [(directory / "bench-root.pem").read_bytes()]
        for name in ("bundle", "bundle.zip"):
            with _Clock() as c1:
                rep = verify_bundle(work / name, trust, check_letters=False)
            assert rep.ok, rep.problems
            with _Clock() as c2:
                rep = verify_bundle(work / name, trust)
            assert rep.ok, rep.problems[:5]
            out[f"verify_{'zip' if name.endswith('zip') else 'folder'}"] = {
                "without_letters": c1.pair(), "with_letters": c2.pair(),
                "letters": rep.letters_checked}
        peak("verify")
        with _Clock() as c:
            info = backups.backup(desk, work / "b.backup.tar")
        out["backup"] = c.pair()
        out["backup_mb"] = round(info.size / 2**20, 1)
        peak("backup")
        # Last, so that the export's own peak above is not the floor's leftovers.
        out["floor"] = floor(desk, work)
        peak("floor")
        out["peak_rss_mb"] = round(maxrss_mb(), 1)
    finally:
        desk.lock()
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--people", type=int, default=60000)
    ap.add_argument("--requests", type=int, default=500000)
    ap.add_argument("--letters", type=int, default=200)
    ap.add_argument("--skip-xlsx", action="store_true",
                    help="leave XLSX out (it is the slow part; see the note)")
    ap.add_argument("--stage", choices=("build", "letters", "measure"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("PERMIT_DESK_KDF_PROFILE", "test")
    directory = (args.dir or Path(tempfile.gettempdir()) / "permit-desk-bench-export").resolve()
    directory.mkdir(parents=True, exist_ok=True)
    if args.stage == "build":
        build(directory, args.people, args.requests)
        return 0
    if args.stage == "letters":
        add_letters(directory, args.letters)
        return 0
    if args.stage == "measure":
        t0 = time.process_time()
        figures = measure(directory, xlsx=not args.skip_xlsx)
        figures["cpu_s"] = round(time.process_time() - t0, 1)
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    me = [sys.executable, __file__, "--dir", str(directory), "--people", str(args.people),
          "--requests", str(args.requests), "--letters", str(args.letters)]
    if args.skip_xlsx:
        me.append("--skip-xlsx")
    if not (directory / STORE).exists():
        t = time.perf_counter()
        subprocess.run([*me, "--stage", "build"], check=True)
        print(f"built the store in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    subprocess.run([*me, "--stage", "letters"], check=True)
    res = subprocess.run([*me, "--stage", "measure"], check=True, capture_output=True,
                         text=True)
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
