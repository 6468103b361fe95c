"""The inspection bundle from a store on a PostgreSQL server is the file store's bundle, byte for
byte: the same content made through the services in a file, exported, moved to a fresh server
(app.store.pg_migrate, as `permit-desk migrate` does) and exported there with the same spec and
clock. Every table file (CSV, JSON Lines, every XLSX part), the letters, the audit excerpt, the
README, the summary and the manifest are compared."""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.exchange import export
from app.exchange.bundle_verify import verify_bundle
from app.exchange.export import ExportSpec, write_bundle
from app.exchange.export_server import ServerReader
from app.exchange.tables import Table
from app.services import audit_queries, decisions, requests
from app.services.desk import Desk
from app.services.opening import open_desk
from app.store.locator import ServerLocator
from tests.conftest import PASSPHRASES, StoreFixture, _drop_logins
from tests.exchange import test_export
from tests.exchange.test_export import PASSWORD, PERIOD, Office, _decide_and_sign, trust
from tests.pg_fixtures import PgDatabase
from tests.services.workflow_helpers import add_cleared_person, draft

# test_export's fixtures, here under the same names: the same office on a file store.
office = test_export.office
pki = test_export.pki

# What the formats must escape, quote or neutralise, in the values of a request and a decision.
HOSTILE = ('=HYPERLINK("x";"y") ; "kabutės" \\ atgal\nnauja eilutė\r\tTab & <b>žymė</b> '
           "\x07varpas 😀 ąčęėįšųūž")
# The control characters the server joins a chunk's values with: a chunk holding one is read
# again row by row (export_server.ServerReader._read_rows).
MARKERS = "ženklai \x1f\x1e\x1d\x1c\x1b\x1a\x19\x18\x17\x16 tarp; \"jų\""


def _hostile_request(office: Office) -> None:
    clerk = office.store.as_user("rastine")
    sec = office.store.as_user("saugumas")
    try:
        code = add_cleared_person(sec, 7, last="-Minusas", first="@Eta", unit="=Skyrius;1")
        v = requests.new_request(clerk, dataclasses.replace(
            draft(code), purpose=HOSTILE, lodging="+370 600 00000", home_contact='"Ona"',
            travel_document="-LT;1"))
        requests.submit(clerk, v.id)
        decisions.decide(office.head, v.id, "approve",
                         conditions=['Sąlyga "su kabutėmis"', "eilutė\nantra", "a\\b", "=1+1"])
        # A request in the period without a decision, and a person with no unit rows.
        requests.new_request(clerk, dataclasses.replace(draft(code), purpose="-"))
        requests.new_request(clerk, dataclasses.replace(draft(code), purpose=MARKERS))
    finally:
        clerk.lock()
        sec.lock()


@pytest.fixture
def target_db(pg_database: PgDatabase) -> Iterator[PgDatabase]:
    """An empty database to migrate into; the logins the migration makes go afterwards (they
    belong to the cluster, and the next test's migration refuses a server that has them)."""
    try:
        yield pg_database
    finally:
        _drop_logins(pg_database)


def _bundle_files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


def _xlsx_parts(data: bytes, where: Path) -> dict[str, bytes]:
    where.write_bytes(data)
    with zipfile.ZipFile(where) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize("masked", [False, True])
def test_a_server_store_exports_the_file_stores_bundle_byte_for_byte(
        office: Office, target_db: PgDatabase, pki: dict[str, object], tmp_path: Path,
        masked: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    _hostile_request(office)
    # Chunks of two records: the markers in one chunk, the hostile values in others, and a
    # table's chunks read side by side by the server's connections.
    monkeypatch.setattr(export, "CHUNK", 2)
    by_rows: list[str] = []
    read_rows = ServerReader._read_rows

    def counted(reader: ServerReader, cur: object, table: Table, *args: Any) -> Any:
        by_rows.append(table.name)
        return read_rows(reader, cur, table, *args)

    monkeypatch.setattr(ServerReader, "_read_rows", counted)

    def export_to(desk: Desk, out: Path) -> None:
        with monkeypatch.context() as fixed:
            # The pseudonyms' key is made anew for every export: here the same on both sides,
            # so that the masked bundles compare byte for byte too.
            fixed.setattr(export.secrets, "token_bytes", lambda n=32: bytes(range(n)))
            write_bundle(desk, spec, out, clock=lambda: when)

    # The excerpt ends at a signed checkpoint, made before the move as inspection.export does.
    audit_queries.checkpoint_now(office.head)
    admin = office.store.as_user("admin")
    when = datetime(2026, 12, 21, 8, 30, tzinfo=UTC)
    # November and December: the hostile request is made on the fixture's clock, in December.
    spec = ExportSpec(PERIOD[0], date(2026, 12, 31), mask_codes=masked)
    file_out = tmp_path / "from-file"
    export_to(admin, file_out)

    from app.cli.migrate_cmd import run_migration

    target = ServerLocator("localhost", target_db.server.port, target_db.name,
                           target_db.server.ca_pem)
    run_migration(admin, PASSPHRASES["admin"], target, setup_user="postgres",
                  setup_password=target_db.server.password)
    office.store.lock_all()
    on_server = open_desk(target, "admin", PASSPHRASES["admin"])
    try:
        assert on_server.store.kind == "server"
        server_out = tmp_path / "from-server"
        export_to(on_server, server_out)
    finally:
        on_server.lock()

    # Only the request holding the markers went row by row, in every format's chunk.
    assert by_rows == ["requests"]
    a, b = _bundle_files(file_out), _bundle_files(server_out)
    assert sorted(a) == sorted(b)
    assert any(name.startswith("csv/") for name in a) and "letters/7-1.pdf" in a
    purposes = [json.loads(x)["purpose"] for x in a["jsonl/requests.jsonl"].splitlines()]
    assert HOSTILE in purposes and MARKERS in purposes  # as they are
    codes = [json.loads(x)["personal_code"] for x in a["jsonl/people.jsonl"].splitlines()]
    assert all(c.startswith("P-") for c in codes) if masked else not any("P-" in c for c in codes)
    xlsx = "xlsx/lenteles-tables.xlsx"
    assert _xlsx_parts(a.pop(xlsx), tmp_path / "a.xlsx") == \
        _xlsx_parts(b.pop(xlsx), tmp_path / "b.xlsx")
    # What must differ: the server's trail goes on after the move (the migration's own entry
    # and the admin's unlock there, at the wall clock's time), so its excerpt has those lines
    # more and the manifest their count and hash; and the summary PDF's creation date is the
    # moment it was written. Everything else is the same bytes.
    file_lines = a.pop("audit/entries.jsonl").splitlines(keepends=True)
    server_lines = b.pop("audit/entries.jsonl").splitlines(keepends=True)
    assert server_lines[:len(file_lines)] == file_lines
    assert [json.loads(x)["action"] for x in server_lines[len(file_lines):]] == \
        ["store.migrate", "unlock"]
    undated = re.compile(rb"/(CreationDate|ModDate) \([^)]*\)|/ID\s*\[[^\]]*\]")
    assert undated.sub(b"", a.pop("santrauka-summary.pdf")) == \
        undated.sub(b"", b.pop("santrauka-summary.pdf"))
    manifests = [json.loads(x.pop("manifest.json")) for x in (a, b)]
    for m in manifests:
        del m["audit"]["period_last_seq"], m["audit"]["last_seq"], m["audit"]["entries"]
        m["files"] = [f for f in m["files"] if f["path"] not in
                      ("audit/entries.jsonl", "santrauka-summary.pdf")]
    assert manifests[0] == manifests[1]
    assert sorted(a) == sorted(b) and len(a) > 30
    for name in a:
        assert a[name] == b[name], name
    manifest = manifests[0]
    assert manifest["rows"]["requests"] == 6 and manifest["rows"]["decisions"] == 4


def test_a_bundle_from_a_server_verifies(office: Office, target_db: PgDatabase,
                                          pki: dict[str, object], tmp_path: Path) -> None:
    from app.cli.migrate_cmd import run_migration
    from app.services import inspection, letters

    target = ServerLocator("localhost", target_db.server.port, target_db.name,
                           target_db.server.ca_pem)
    run_migration(office.store.as_user("admin"), PASSPHRASES["admin"], target,
                  setup_user="postgres", setup_password=target_db.server.password)
    office.store.lock_all()
    on_server = open_desk(target, "admin", PASSPHRASES["admin"])
    try:
        signer = letters.open_signer(on_server, PASSWORD)
        try:
            result = inspection.export(on_server, ExportSpec(*PERIOD), tmp_path / "b.zip",
                                       as_zip=True, signer=signer)
        finally:
            signer.close()
        assert audit_queries.verify(on_server).ok
    finally:
        on_server.lock()
    assert result.rows["requests"] == 2 and result.letters == 2
    report = verify_bundle(tmp_path / "b.zip", trust(pki))
    assert report.ok, report.problems
    assert report.letters_checked == 2 and report.audit_entries > 10


@pytest.mark.parametrize("backend", ["server"], indirect=True)
def test_the_main_export_runs_on_a_server(store: StoreFixture, pki: dict[str, object],
                                          tmp_path: Path) -> None:
    """Content made on the server itself (not moved there): the bundle verifies and reads."""
    head: Desk = store.head
    from app.services import letters

    letters.set_signer(head, pkcs12=str(pki["head"]))
    letters.add_trust_anchor(head, Path(pki["root_pem"]).read_bytes())  # type: ignore[arg-type]
    clerk, sec = store.as_user("rastine"), store.as_user("saugumas")
    code = add_cleared_person(sec, 1, last="Ąžuolaitis", first="Kęstutis")
    _decide_and_sign(head, clerk, code, "approve", conditions=["Išklausyti instruktažą"])
    inspector = store.as_user("inspektorius")
    from app.services import inspection

    signer = letters.open_signer(inspector, PASSWORD)
    try:
        result = inspection.export(inspector, ExportSpec(*PERIOD), tmp_path / "b",
                                   signer=signer)
    finally:
        signer.close()
    assert result.rows["requests"] == 1 and result.letters == 1
    report = verify_bundle(tmp_path / "b", trust(pki))
    assert report.ok, report.problems
    line = json.loads((tmp_path / "b" / "jsonl" / "decisions.jsonl").read_text("utf-8"))
    assert line["conditions"] == ["Išklausyti instruktažą"] and line["decided_by"] == "vadovas"
    assert (tmp_path / "b" / "csv" / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    # Without the requests table the summary still counts the period's requests (on the
    # way through that table otherwise): by state, month and unit.
    only = write_bundle(inspector, ExportSpec(*PERIOD, kinds=("people", "decisions")),
                        tmp_path / "only")
    assert set(only.rows) == {"people", "decisions"} and only.rows["decisions"] == 1
    assert (tmp_path / "only" / "santrauka-summary.pdf").read_bytes().startswith(b"%PDF")
