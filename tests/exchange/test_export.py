"""Inspection export: a real store with signed letters, exported, read back and verified."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from app.exchange.bundle_verify import verify_bundle
from app.exchange.export import ExportSpec, write_bundle
from app.services import audit_queries, decisions, inspection, letters, requests
from app.services.desk import Desk
from app.services.errors import PermissionDenied
from app.store.models import AuditEntry
from tests.conftest import StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person, draft

PASSWORD = "p12-slaptažodis"
PERIOD = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    d = tmp_path_factory.mktemp("bundle-pki")
    root = make_ca("Testinis šakninis CA")
    head = make_leaf("Jonas Žukauskas", root, key_kind="rsa3072")
    stranger_root = make_ca("Svetimas CA")
    stranger = make_leaf("Svetimas Asmuo", stranger_root)
    root_pem = d / "root.pem"
    root_pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
    stranger_pem = d / "stranger-root.pem"
    stranger_pem.write_bytes(stranger_root.cert.public_bytes(Encoding.PEM))
    return {
        "root_pem": root_pem, "stranger_root_pem": stranger_pem,
        "head": write_p12(d / "head.p12", head, [root], PASSWORD),
        "stranger": write_p12(d / "stranger.p12", stranger, [stranger_root], PASSWORD),
    }


@dataclass
class Office:
    store: StoreFixture
    head: Desk
    inspector: Desk
    codes: list[str]
    later_letter_pdf: bytes  # validly signed, but in 2027: outside the export's period


def _decide_and_sign(head: Desk, clerk: Desk, code: str, outcome: str, **kw: object) -> int:
    v = requests.new_request(clerk, draft(code, countries=("BY", "RU")))
    requests.submit(clerk, v.id)
    v = decisions.decide(head, v.id, outcome, **kw)  # type: ignore[arg-type]
    assert v.last_decision is not None
    pending = letters.letter_for_decision(head, v.last_decision.id)
    assert pending is not None
    signer = letters.open_signer(head, PASSWORD)
    try:
        return letters.sign_letter(head, pending.id, signer).id
    finally:
        signer.close()


@pytest.fixture
def office(store: StoreFixture, pki: dict[str, object]) -> Office:
    head = store.head
    letters.set_signer(head, pkcs12=str(pki["head"]))
    letters.add_trust_anchor(head, Path(pki["root_pem"]).read_bytes())  # type: ignore[arg-type]
    clerk, sec = store.as_user("rastine"), store.as_user("saugumas")
    codes = [add_cleared_person(sec, 1, last="Ąžuolaitis", first="Kęstutis"),
             add_cleared_person(sec, 2, last="Šimkutė", first="Rūta", unit="Ryšių skyrius"),
             add_cleared_person(sec, 3, last="Čepulis", first="Žygimantas")]
    _decide_and_sign(head, clerk, codes[0], "approve", conditions=["Išklausyti instruktažą"])
    _decide_and_sign(head, clerk, codes[1], "deny", reason="Rizika per didelė")
    # A letter of a later month (same register year), to swap into a bundle of this one.
    store.clock.advance(days=25)
    later = _decide_and_sign(head, clerk, codes[2], "approve")
    later_pdf = letters.letter_pdf(head, later)
    clerk.lock()
    sec.lock()
    inspector = store.as_user("inspektorius")
    return Office(store, head, inspector, codes, later_pdf)


def export(office: Office, out: Path, **kw: object) -> inspection.ExportResult:
    spec = ExportSpec(*PERIOD, **kw)  # type: ignore[arg-type]
    signer = letters.open_signer(office.inspector, PASSWORD)
    try:
        return inspection.export(office.inspector, spec, out, signer=signer,
                                 as_zip=out.suffix == ".zip")
    finally:
        signer.close()


def trust(pki: dict[str, object], key: str = "root_pem") -> list[bytes]:
    return [Path(pki[key]).read_bytes()]  # type: ignore[arg-type]


def test_a_bundle_verifies_and_reads_back(office: Office, pki: dict[str, object],
                                         tmp_path: Path) -> None:
    out = tmp_path / "bundle"
    result = export(office, out)
    assert result.rows["requests"] == 2 and result.letters == 2
    assert result.signed_by == "Jonas Žukauskas"
    report = verify_bundle(out, trust(pki))
    assert report.ok, report.problems
    assert report.letters_checked == 2 and report.audit_entries > 10
    # CSV: BOM, semicolons, dates, Lithuanian letters as they are
    raw = (out / "csv" / "requests.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert table[0][:3] == ["ID (id)", "Asmens ID (person_id)", "Asmens kodas (personal_code)"]
    header = [h.split("(")[-1].rstrip(")") for h in table[0]]
    first = dict(zip(header, table[1], strict=True))
    assert first["traveller"] == "Kęstutis Ąžuolaitis" and first["depart"] == "2026-12-20"
    assert first["personal_code"] == office.codes[0]
    # JSON Lines: one object per line, the same rows
    lines = (out / "jsonl" / "decisions.jsonl").read_text("utf-8").splitlines()
    objs = [json.loads(x) for x in lines]
    assert [o["outcome"] for o in objs] == ["approve", "deny"]
    assert objs[0]["conditions"] == ["Išklausyti instruktažą"]
    assert objs[0]["decided_by"] == "vadovas"
    # XLSX: one sheet per table
    from openpyxl import load_workbook

    wb = load_workbook(out / "xlsx" / "lenteles-tables.xlsx", read_only=True)
    assert {"people", "requests", "decisions", "letters"} <= set(wb.sheetnames)
    assert [c.value for c in next(wb["requests"].iter_rows(min_row=2, max_row=2))][3] == \
        "Kęstutis Ąžuolaitis"
    wb.close()
    # README in both languages, manifest with the period and who exported
    readme = (out / "README.txt").read_text("utf-8")
    assert "Asmens kodas (personal_code)" in readme and "personal code" in readme
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert manifest["exported_by"]["username"] == "inspektorius"
    assert manifest["personal_codes"] == "clear"
    assert {f["path"] for f in manifest["files"]} >= {"letters/7-1.pdf", "letters/7-2.pdf",
                                                      "audit/entries.jsonl"}
    # the export recorded itself, and changed nothing else
    with office.head.read() as s:
        last = s.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
        assert last is not None and last.action == "export"
        after = json.loads(last.after)
        assert after["manifest_sha256"] == result.manifest_sha256
        assert after["period"] == ["2026-11-01", "2026-11-30"]
    assert audit_queries.verify(office.head).ok


def test_summary_pdf_keeps_lithuanian_text(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "b"
    export(office, out)
    text = subprocess.run(["pdftotext", "-layout", str(out / "santrauka-summary.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    for words in ("Patikrinimo santrauka", "Valstybės saugumo departamentas",
                  "Prašymai pagal būseną", "Analizės skyrius", "Ryšių skyrius",
                  "Vytautas Ėmužis"):
        assert words in flat, words
    # Read by people: Vilnius time with its offset, as the screens say it (issue 13, point 6).
    exported = next(ln for ln in text.splitlines() if "Exported by" in ln)
    assert "UTC" not in exported and re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d \+0[23]:00",
                                               exported), exported


def test_masked_codes_are_consistent_pseudonyms(office: Office, pki: dict[str, object],
                                               tmp_path: Path) -> None:
    out = tmp_path / "masked.zip"
    export(office, out, mask_codes=True)
    assert verify_bundle(out, trust(pki)).ok
    with zipfile.ZipFile(out) as z:
        people = z.read("csv/people.csv").decode("utf-8-sig")
        reqs = z.read("jsonl/requests.jsonl").decode()
        manifest = json.loads(z.read("manifest.json"))
    for code in office.codes:
        assert code not in people and code not in reqs
    assert manifest["personal_codes"] == "masked" and "HMAC" in manifest["personal_codes_note"]
    pseudo = [json.loads(x)["personal_code"] for x in reqs.splitlines()]
    assert all(p.startswith("P-") and len(p) == 14 for p in pseudo)
    assert pseudo[0] in people  # the same person, the same pseudonym across tables


def test_filters_are_written_into_the_manifest(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "f"
    result = export(office, out, units=("Ryšių skyrius",), kinds=("people", "requests",
                                                                    "letters", "audit"))
    assert result.rows == {"people": 1, "requests": 1, "itinerary_legs": 2, "companions": 1,
                           "foreign_contacts": 1, "request_events": 3, "letters": 1}
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["filters"] == {"units": ["Ryšių skyrius"],
                                   "kinds": ["people", "requests", "letters", "audit"]}
    assert not (out / "csv" / "decisions.csv").exists()


def test_only_inspector_admin_head_export(office: Office, store: StoreFixture,
                                         tmp_path: Path) -> None:
    clerk = store.as_user("rastine")
    try:
        with pytest.raises(PermissionDenied, match="rastine may not export"):
            inspection.export(clerk, ExportSpec(*PERIOD), tmp_path / "out" / "x")
    finally:
        clerk.lock()
    assert not (tmp_path / "out").exists()
    with office.head.read() as s:
        last = s.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
        assert last is not None and last.action == "refused"


def test_one_and_two_connections_write_the_same_bundle(office: Office, tmp_path: Path) -> None:
    """The tables go out on two connections side by side where two CPUs allow; the files
    must be byte for byte those one connection writes."""
    def files(workers: int) -> dict[str, str]:
        out = tmp_path / f"w{workers}"
        signer = letters.open_signer(office.inspector, PASSWORD)
        try:
            write_bundle(office.inspector, ExportSpec(*PERIOD), out, signer=signer,
                         workers=workers, clock=lambda: office.store.clock())
        finally:
            signer.close()
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
        # The summary PDF carries a random document ID; its text is tested elsewhere.
        return {f["path"]: f["sha256"] for f in manifest["files"]
                if f["path"] != "santrauka-summary.pdf"}

    one, two = files(1), files(2)
    assert len(one) > 30 and one == two


def test_the_connections_read_one_snapshot_while_another_writes(store: StoreFixture) -> None:
    """A commit from elsewhere can never fall between the two connections' snapshots: both
    see the same rows, however the writer's commits fall."""
    import threading
    import time
    from contextlib import ExitStack

    from app.exchange.export import _snapshot
    from app.store.engine import raw_connection

    desk = store.head
    stop = threading.Event()
    commits = [0]

    def writer() -> None:
        with raw_connection(desk.store.engine) as conn:
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO setting (key, value) VALUES (?, 'x')",
                             (f"t.{commits[0]}",))
                conn.execute("COMMIT")
                commits[0] += 1
                time.sleep(0.0005)  # a busy office, not a writer that never lets go

    t = threading.Thread(target=writer)
    t.start()
    try:
        seen = set()
        for _ in range(60):
            with ExitStack() as stack:
                conns = _snapshot(desk, 2, stack)
                assert len(conns) == 2
                counts = [c.execute("SELECT count(*) FROM setting").fetchone()[0] for c in conns]
                assert counts[0] == counts[1]
                seen.add(counts[0])
            time.sleep(0.002)  # room for the writer between two exports
    finally:
        stop.set()
        t.join()
    assert commits[0] > 20 and len(seen) > 3  # the writer did commit in between, repeatedly


def test_a_writer_holding_the_lock_costs_speed_not_the_export(store: StoreFixture,
                                                                tmp_path: Path) -> None:
    """While another connection holds the write lock past the wait, the export goes on with
    one connection and writes the same tables."""
    from contextlib import ExitStack

    from app.exchange.export import _snapshot
    from app.store.engine import raw_connection

    desk = store.head
    with raw_connection(desk.store.engine) as writer:
        writer.execute("BEGIN IMMEDIATE")
        try:
            with ExitStack() as stack:
                assert len(_snapshot(desk, 2, stack)) == 1
            result = write_bundle(desk, ExportSpec(*PERIOD, xlsx=False), tmp_path / "b",
                                  workers=2)
        finally:
            writer.execute("ROLLBACK")
    assert result.rows["people"] == 0 and (tmp_path / "b" / "csv" / "people.csv").exists()
    with ExitStack() as stack:  # the lock free again: two connections
        assert len(_snapshot(desk, 2, stack)) == 2
