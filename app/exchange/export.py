"""The inspection bundle: a period's records as CSV, JSON Lines and XLSX, its signed letters,
the audit trail excerpt with the checkpoints that prove it, a summary PDF and a signed
manifest. Tables go out in chunks (about a thousand records each) that SQLite turns into CSV,
JSON Lines and XLSX bytes; two connections reading one snapshot write them side by side.
Nothing holds a table in memory.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import re
import secrets
import threading
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from app.domain.enums import Role
from app.errors import InvalidInput, ServiceError
from app.exchange.bundle_io import BundleWriter, DiskFull, is_disk_full
from app.exchange.export_server import ServerReader
from app.exchange.tables import (
    BY_NAME,
    CSV_FIELD,
    CSV_ROW,
    CSV_ROW_SQL,
    CSV_SLOT,
    KINDS,
    TABLES,
    XML_MARKUP,
    Table,
    units_clause,
)
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store.engine import CACHE_KIB, raw_connection

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from app.letters.signers import LetterSigner

Progress = Callable[[int, int, str], None]
FORMAT = "permit-desk-inspection-bundle/1"


class ExportingStore(Protocol):
    @property
    def engine(self) -> Engine: ...

    @property
    def store_id(self) -> str: ...

    @property
    def kind(self) -> str: ...  # "file" (SQLite) or "server" (PostgreSQL)


class ExportingActor(Protocol):
    @property
    def username(self) -> str: ...

    @property
    def full_name(self) -> str: ...

    @property
    def roles(self) -> frozenset[Role]: ...


class Exporter(Protocol):
    """Who exports, from which store: all a bundle needs of a services Desk (which is one),
    so that exchange depends on nothing above it."""

    @property
    def store(self) -> ExportingStore: ...

    @property
    def actor(self) -> ExportingActor: ...
CHUNK = 1000  # chunk key values per chunk: about 1,000 requests (with their legs...) or people
WORKERS = 2  # connections writing tables side by side (capped by the CPUs)
SERVER_WORKERS = 4  # connections reading a server's chunks side by side (see _ServerChunks)
GATE_WAIT_MS = 2000  # how long to wait for the write lock that lines the snapshots up
# Page cache per export connection: the chunks read in key order, so a smaller cache costs
# no time (500k store: 10.0 s at 16 MiB, 10.9 s at 64 MiB) and 100 MB less at the peak.
EXPORT_CACHE_KIB = 16384
XLSX_MAX_ROWS = 1_048_576
PSEUDONYM_LEN = 12  # hex digits of HMAC-SHA256: 48 bits, no collision at institution scale
MASK_NOTE = ("Personal codes in the tables are replaced by keyed pseudonyms (HMAC-SHA256 under "
             "a random key made for this export and not kept anywhere, first 12 hex digits): "
             "the same person has the same pseudonym within this bundle only. The audit trail "
             "excerpt is verbatim, because its hashes cover every byte.")


@dataclass(frozen=True)
class ExportSpec:
    period_from: date
    period_to: date
    units: tuple[str, ...] = ()
    kinds: tuple[str, ...] = tuple(KINDS)
    mask_codes: bool = False
    xlsx: bool = True

    def check(self) -> None:
        if self.period_to < self.period_from:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The period ends before it starts.")))
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Unknown record kind: %1; the kinds "
                    "are %2."), ', '.join(unknown), ', '.join(KINDS)))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int
    bytes: int
    rows: dict[str, int]
    letters: int
    audit_entries: int
    manifest_sha256: str
    signed_by: str
    timings: dict[str, float] = field(default_factory=dict)


def _params(spec: ExportSpec) -> dict[str, Any]:
    p: dict[str, Any] = {"from": spec.period_from.isoformat(), "to": spec.period_to.isoformat(),
                         "to1": (spec.period_to + timedelta(days=1)).isoformat()}
    for i, u in enumerate(spec.units):
        p[f"u{i}"] = u
    return p


def _bind(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if f":{k}" in sql}


def _select_requests(cur: Any, spec: ExportSpec, params: dict[str, Any]) -> int:
    """The period's requests into temp.x_req: the trip overlaps the period, or the request
    was entered or decided in it."""
    cur.execute("DROP TABLE IF EXISTS temp.x_req")
    cur.execute("CREATE TEMP TABLE x_req (id INTEGER PRIMARY KEY)")
    # Two plain passes (one over travel_request, one over decision) rather than one with an
    # OR over an IN subquery: a quarter of the time on the 500k store. x_req's key keeps
    # the ids in order.
    units = units_clause("{and_units:p.unit}", spec.units)
    person = " JOIN person p ON p.id = t.person_id" if units else ""
    sql = ("INSERT INTO x_req SELECT t.id FROM travel_request t" + person +
           " WHERE ((t.depart <= :to AND t.return_date >= :from) "
           "OR (t.created_at >= :from AND t.created_at < :to1)) " + units)
    cur.execute(sql, _bind(sql, params))
    join = f" JOIN travel_request t ON t.id = d.request_id{person}" if units else ""
    sql = ("INSERT OR IGNORE INTO x_req SELECT d.request_id FROM decision d" + join +
           " WHERE d.decided_at >= :from AND d.decided_at < :to1 " + units)
    cur.execute(sql, _bind(sql, params))
    return int(cur.execute("SELECT count(*) FROM x_req").fetchone()[0])


def _safe_name(reg: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]+", "_", reg).strip("_") or "letter"


_XML_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}">'
               '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
               'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>')
_SHEET_TAIL = "</sheetData></worksheet>"


def _xml_text(v: str) -> str:
    return _XML_DROP.sub("", v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _xml_header(labels: Sequence[str]) -> str:
    """A sheet's header <row>: bold (style 1) inline strings."""
    return "<row>" + "".join(f'<c t="inlineStr" s="1"><is><t>{_xml_text(v)}</t></is></c>'
                             for v in labels) + "</row>"


class _Xlsx:
    """A minimal XLSX (SpreadsheetML) writer: one sheet per table, streamed into the zip
    row batch by row batch with inline strings (no shared-string table to hold), numbers
    as numbers, the header bold and frozen. The rows' XML comes ready from SQLite, a chunk at
    a time."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True,
                                   compresslevel=1)
        self.sheets: list[str] = []
        self.current: _Sheet | None = None

    def table(self, table: Table) -> _Sheet:
        self.current = _Sheet(self, table)
        return self.current

    def discard(self) -> None:
        """Let go of the half-written file (the bundle's scratch folder goes with it)."""
        for closing in (self.current.out if self.current else None, self.zip.fp):
            try:
                if closing is not None:
                    closing.close()
            except Exception:  # noqa: BLE001 - a full disk may refuse the flush again
                pass
        self.zip.fp = None

    def _put(self, name: str, text: str) -> None:
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, text.encode("utf-8"))

    def close(self) -> None:
        decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        n = len(self.sheets)
        self._put("[Content_Types].xml", decl + (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+'
            'xml"/>' + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for i in range(1, n + 1)) + "</Types>"))
        self._put("_rels/.rels", decl + (
            f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        self._put("xl/workbook.xml", decl + (
            f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>' + "".join(
                f'<sheet name="{_xml_text(name)}" sheetId="{i}" r:id="rId{i}"/>'
                for i, name in enumerate(self.sheets, 1)) + "</sheets></workbook>"))
        self._put("xl/_rels/workbook.xml.rels", decl + (
            f'<Relationships xmlns="{_PKG}">' + "".join(
                f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
                f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>"))
        self._put("xl/styles.xml", decl + (
            f'<styleSheet xmlns="{_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"'
            '/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills '
            'count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
            'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/>'
            '<top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId='
            '"0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf '
            'numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" '
            'fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles '
            'count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"))
        self.zip.close()


class _Sheet:
    """Rows of one table, continued on a new sheet past Excel's row limit."""

    def __init__(self, book: _Xlsx, table: Table) -> None:
        self.book, self.table = book, table
        self.header = _xml_header([c.header for c in table.columns])
        self.part = 0
        self.row = 0
        self.out: IO[bytes] | None = None
        self._new_sheet()

    def _new_sheet(self) -> None:
        self.close()
        self.part += 1
        name = self.table.name if self.part == 1 else f"{self.table.name} {self.part}"
        self.book.sheets.append(name[:31])
        info = zipfile.ZipInfo(f"xl/worksheets/sheet{len(self.book.sheets)}.xml",
                               date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info._compresslevel = 1  # type: ignore[attr-defined]
        self.out = self.book.zip.open(info, "w", force_zip64=True)
        self.out.write((_SHEET_HEAD + self.header).encode("utf-8"))
        self.row = 1

    def write(self, xml: bytes, k: int) -> None:
        """A chunk of k <row> elements; split at a row's end where a sheet fills up (a
        row's text cannot hold "</row>": its < is escaped as &lt;)."""
        while k:
            if self.row >= XLSX_MAX_ROWS:
                self._new_sheet()
            room = XLSX_MAX_ROWS - self.row
            assert self.out is not None
            if k <= room:
                self.out.write(xml)
                self.row += k
                return
            cut = 0
            for _ in range(room):
                cut = xml.index(b"</row>", cut) + len(b"</row>")
            self.out.write(xml[:cut])
            self.row += room
            xml, k = xml[cut:], k - room

    def close(self) -> None:
        if self.out is not None:
            self.out.write(_SHEET_TAIL.encode())
            self.out.close()
            self.out = None


def write_bundle(desk: Exporter, spec: ExportSpec, out: Path, *, as_zip: bool = False,
                 signer: LetterSigner | None = None, progress: Progress | None = None,
                 clock: Callable[[], datetime] | None = None,
                 workers: int | None = None) -> ExportResult:
    """Write the bundle to `out` (a new folder, or a .zip); all or nothing. `workers`
    connections (default: WORKERS, at most the CPUs) write the tables side by side."""
    import time

    spec.check()
    say = progress or (lambda done, total, msg: None)
    if desk.store.kind == "server":  # the server does the work: its cores count, not ours
        want = max(1, workers or SERVER_WORKERS)
    else:
        want = max(1, min(workers or WORKERS, os.cpu_count() or 1))
    writer = BundleWriter(out, as_zip)
    timings: dict[str, float] = {}
    try:
        t0 = time.perf_counter()
        with ExitStack() as stack:
            conns = _snapshot(desk, want, stack)
            result = _write_all(desk, conns, spec, writer, signer, say, timings, clock)
        final = writer.finish()
        timings["total"] = time.perf_counter() - t0
    except BaseException as exc:
        writer.abort()
        if is_disk_full(exc):
            raise DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full: the bundle could not "
                    "be written to %1, and nothing was left behind; free some space or choose "
                    "another place."), out)) from None
        raise
    return ExportResult(final, len(result[0]), result[1], result[2], result[3], result[4],
                        result[5], result[6], timings)


def _server_snapshot(desk: Exporter, want: int, stack: ExitStack) -> list[Any]:
    """`want` psycopg connections reading one snapshot: the first's REPEATABLE READ, READ
    ONLY transaction exports it (pg_export_snapshot) and the others' take it up (SET
    TRANSACTION SNAPSHOT) before the first reads anything."""
    engine = desk.store.engine
    conns: list[Any] = []

    def release(conn: Any) -> None:
        try:
            conn.rollback()
        finally:
            conn.autocommit = False

    def begin(conn: Any, snapshot: str | None) -> None:
        conn.rollback()
        conn.autocommit = True  # the transaction is this export's own BEGIN ... ROLLBACK
        stack.callback(release, conn)
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        if snapshot is not None:  # SET takes no parameter: the server's own id, checked
            if not re.fullmatch(r"[0-9A-F-]+", snapshot):
                raise ServiceError(f"Unexpected snapshot id from the server: {snapshot!r}")
            conn.execute(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        for setting in ServerReader.SETTINGS:
            conn.execute(setting)
        conns.append(conn)

    first = stack.enter_context(raw_connection(engine))
    begin(first, None)
    if want > 1:
        snapshot = str(first.execute("SELECT pg_export_snapshot()").fetchone()[0])
        for _ in range(want - 1):
            begin(stack.enter_context(raw_connection(engine)), snapshot)
    return conns


def _snapshot(desk: Exporter, want: int, stack: ExitStack) -> list[Any]:
    """Up to `want` DB-API connections reading one and the same snapshot: their read
    transactions start while this export holds the write lock, so no commit falls between
    them. One connection when the lock cannot be had (a long write, a read-only store)."""
    if desk.store.kind == "server":
        return _server_snapshot(desk, want, stack)
    engine = desk.store.engine
    conns: list[Any] = []

    def release(conn: Any) -> None:
        try:
            conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - the transaction may not have begun
            pass
        conn.execute("DROP TABLE IF EXISTS temp.x_req")
        conn.create_function("pd_pseudonym", 1, None)
        conn.execute("PRAGMA shrink_memory")  # the pool keeps the connection, not its pages
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def begin(conn: Any) -> None:
        stack.callback(release, conn)
        conn.execute(f"PRAGMA cache_size = -{EXPORT_CACHE_KIB}")
        conn.execute("BEGIN DEFERRED")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # the snapshot starts
        conns.append(conn)

    first = stack.enter_context(raw_connection(engine))
    if want == 1:
        begin(first)
        return conns
    with raw_connection(engine) as gate:
        # A writer holding on for long (or a read-only store) costs speed, not the export.
        gate.execute(f"PRAGMA busy_timeout = {GATE_WAIT_MS}")
        try:
            gate.execute("BEGIN IMMEDIATE")
        except Exception:  # noqa: BLE001 - locked or read-only: one connection will do
            begin(first)
            return conns
        finally:
            gate.execute("PRAGMA busy_timeout = 10000")
        try:
            begin(first)
            for _ in range(want - 1):
                begin(stack.enter_context(raw_connection(engine)))
        finally:
            gate.execute("ROLLBACK")
    return conns


def _write_all(desk: Exporter, conns: list[Any], spec: ExportSpec, writer: BundleWriter,
               signer: LetterSigner | None, say: Progress, timings: dict[str, float],
               clock: Callable[[], datetime] | None
               ) -> tuple[list[Any], int, dict[str, int], int, int, str, str]:
    import time

    from app.exchange import report

    cur = conns[0].cursor()
    params = _params(spec)
    pseudonym: str | None = None
    pseudo: Callable[[str | None], str | None] | None = None
    if spec.mask_codes:
        key = secrets.token_bytes(32)  # never written: the pseudonyms cannot be reversed
        cache: dict[str, str] = {}

        def pseudo(code: str | None) -> str | None:
            if code is None:
                return None
            p = cache.get(code)
            if p is None:
                digest = hmac.new(key, code.encode(), hashlib.sha256).hexdigest()
                p = cache[code] = "P-" + digest[:PSEUDONYM_LEN]
            return p

        pseudonym = "pd_pseudonym"
    on_server = desk.store.kind == "server"
    reader = ServerReader(spec.units, params, pseudo) if on_server else None
    for conn in conns:
        if pseudo is not None and not on_server:
            conn.create_function(pseudonym, 1, pseudo, deterministic=True)

    wanted = [name for k in spec.kinds for name in KINDS[k]]
    tables = [tb for tb in TABLES if tb.name in wanted]
    xlsx_name = "xlsx/lenteles-tables.xlsx"
    run = _TableRun(conns, tables, spec, params, pseudonym, writer,
                    writer.local_path(xlsx_name) if spec.xlsx and tables else None, say,
                    reader)
    n_req = run.run(timings)
    # In the tables' order, not in the order the connections finished them.
    rows = {t.name: run.rows[t.name] for t in tables if t.name in run.rows}
    request_keys = run.request_keys
    if run.xlsx_path is not None:
        t = time.perf_counter()
        writer.add_local(xlsx_name, compress=False)
        timings["xlsx_add"] = time.perf_counter() - t
    base = run.total
    total_steps = base + 3

    say(base, total_steps, "letters")
    t = time.perf_counter()
    n_letters = 0
    if "letters" in spec.kinds:
        n_letters = _write_letters(reader.letters(cur) if reader else
                                   _letter_rows(cur, spec, params), writer)
    timings["letters"] = time.perf_counter() - t

    say(base + 1, total_steps, "audit")
    t = time.perf_counter()
    audit_info: dict[str, Any] = {}
    if "audit" in spec.kinds:
        audit_info = _write_audit(cur, params, writer, reader is not None)
        writer.put("audit/audit-public-key.pem", _audit_public_key_pem(cur))
    timings["audit"] = time.perf_counter() - t

    say(base + 2, total_steps, "summary")
    t = time.perf_counter()
    settings = dict(cur.execute("SELECT key, value FROM setting WHERE key LIKE "
                                "'institution.' || '%'").fetchall())
    institution = {"name": settings.get("institution.name", ""),
                   "code": settings.get("institution.code", "")}
    stats = _summary_stats(cur, spec, params, rows, n_letters, request_keys, run.by_country)
    now = (clock or (lambda: datetime.now(UTC)))()
    writer.put("santrauka-summary.pdf", report.summary_pdf(
        institution=institution["name"], period_from=spec.period_from,
        period_to=spec.period_to, stats=stats, exported_by=desk.actor.full_name,
        exported_at=now, units=spec.units, masked=spec.mask_codes), compress=False)
    writer.put("README.txt", _readme(spec, tables).encode("utf-8"))
    timings["summary"] = time.perf_counter() - t

    schema = cur.execute("SELECT version_num FROM alembic_version").fetchone()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "institution": institution,
        "store_id": desk.store.store_id,
        "schema_version": schema[0] if schema else None,
        "period": {"from": spec.period_from.isoformat(), "to": spec.period_to.isoformat()},
        "filters": {"units": list(spec.units), "kinds": list(spec.kinds)},
        "personal_codes": "masked" if spec.mask_codes else "clear",
        "personal_codes_note": MASK_NOTE if spec.mask_codes else
        "Personal codes are given in clear.",
        "exported_by": {"username": desk.actor.username, "full_name": desk.actor.full_name,
                        "roles": sorted(str(r) for r in desk.actor.roles)},
        "exported_at": now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rows": rows,
        "requests_in_period": n_req,
        "audit": audit_info,
        "signed_by": None,
        "files": [e.to_json() for e in sorted(writer.entries, key=lambda e: e.path)],
    }
    signed_by = ""
    if signer is not None:
        from app.letters.signers import subject_common_name

        signed_by = subject_common_name(signer.certificate)
        manifest["signed_by"] = signed_by
    data = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files = list(writer.entries)
    total_bytes = sum(e.size for e in files)
    writer.put("manifest.json", data)
    if signer is not None:
        from app.exchange.manifest_sign import sign_manifest

        writer.put("manifest.json.p7s", sign_manifest(data, signer), compress=False)
    say(total_steps, total_steps, "done")
    return (files, total_bytes, rows, n_letters, int(audit_info.get("entries", 0)),
            hashlib.sha256(data).hexdigest(), signed_by)



def _audit_public_key_pem(cur: Any) -> bytes:
    """The trail's public key (stored raw, base64) as PEM, read in the export's snapshot."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    row = cur.execute("SELECT value FROM setting WHERE key = 'audit.public_key'").fetchone()
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(row[0])).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


# The requests table brings the summary's key per row: state, month of departure, unit.
_STAT_SEP = "\x1f"
_STAT_KEY = ("coalesce(t.state, '') || char(31) || coalesce(substr(t.depart, 1, 7), '') "
             "|| char(31) || coalesce(p.unit, '')")
_STAT_ROW_SEP = b"\x1e"
_NO_END = 2**63 - 1  # above every record number: the last chunk's open end
# Larger tables first, so that neither connection is left with a big one at the end.
_ORDER = ("requests", "request_events", "decisions", "itinerary_legs", "debriefs",
          "declarations", "people", "clearance_events", "clearances")


# How long a chunk of a table takes, roughly, against a chunk of a light one (500k store):
# the progress bar moves with the work, not with the count of chunks.
_WEIGHT = {"requests": 6, "decisions": 3, "itinerary_legs": 2, "debriefs": 2,
           "request_events": 2}


class _Stopped(Exception):
    """Another connection failed or the user cancelled: stop between chunks."""


class _TableRun:
    """The tables of one export: CSV and JSON Lines per table and the XLSX workbook, as jobs
    taken by the snapshot's connections, each in its own thread (SQLite builds a chunk's
    bytes without holding the GIL, so two connections use two cores)."""

    def __init__(self, conns: list[Any], tables: list[Table], spec: ExportSpec,
                 params: dict[str, Any], pseudonym: str | None, writer: BundleWriter,
                 xlsx_path: Path | None, say: Progress,
                 reader: ServerReader | None = None) -> None:
        self.reader = reader  # on a server: its SQL, the same bytes
        self.conns, self.tables, self.spec, self.params = conns, tables, spec, params
        self.pseudonym, self.writer, self.xlsx_path, self.say = pseudonym, writer, xlsx_path, say
        self.rows: dict[str, int] = {}
        self.request_keys: Counter[str] | None = None
        self.bounds: dict[str, list[int]] = {}
        self.jobs: list[Any] = []  # a Table, "xlsx" (the workbook) or "countries"
        self.by_country: list[tuple[str, int]] | None = None
        self.total = 0
        self.done = 0
        self.lock = threading.Lock()
        self.ready = threading.Event()
        self.stop = threading.Event()
        self.errors: list[BaseException] = []
        self.concat_ws = True

    def run(self, timings: dict[str, float]) -> int:
        """Every table written; the number of the period's requests."""
        import time

        if self.reader is not None:
            return self._run_server(timings, self.reader)
        t = time.perf_counter()
        helpers = [threading.Thread(target=self._worker, args=(c, timings), daemon=True,
                                    name=f"export-{i}")
                   for i, c in enumerate(self.conns[1:], 1)]
        for h in helpers:
            h.start()  # each builds its own x_req while the first plans the chunks
        try:
            cur = self.conns[0].cursor()
            n_req = _select_requests(cur, self.spec, self.params)
            version = cur.execute("SELECT sqlite_version()").fetchone()[0]
            self.concat_ws = tuple(int(x) for x in version.split(".")[:2]) >= (3, 44)
            self._plan(cur)
            timings["select"] = time.perf_counter() - t
        except BaseException as exc:
            self.errors.append(exc)
            self.stop.set()
            raise
        finally:
            self.ready.set()
        self._worker(self.conns[0], timings, prepared=True)
        for h in helpers:
            h.join()
        timings["tables"] = time.perf_counter() - t
        if self.errors:
            real = [e for e in self.errors if not isinstance(e, _Stopped)]
            raise (real or self.errors)[0]
        return n_req

    def _run_server(self, timings: dict[str, float], reader: ServerReader) -> int:
        """On a server: every table's chunks (CSV, JSON Lines and XLSX rows from one query)
        read by whichever connection is free, and written in the bundle's order by this
        thread, the workbook's sheets included, so nothing is read twice or kept aside."""
        import time

        t = time.perf_counter()
        n_req, self.bounds = reader.plan(self.conns[0].cursor(), self.tables, CHUNK)
        self.total = sum(len(self.bounds[tb.name]) * _WEIGHT.get(tb.name, 1)
                         for tb in self.tables)
        timings["select"] = time.perf_counter() - t
        tasks = [(tb, lo, hi) for tb in self.tables for lo, hi in _ranges(self.bounds[tb.name])]
        feed = _ServerChunks(self, reader, tasks, timings)
        book = _Xlsx(self.xlsx_path) if self.xlsx_path is not None else None
        keys: Counter[bytes] | None = None
        try:
            seq = 0
            for table in self.tables:
                started = time.perf_counter()
                n = 0
                with self.writer.binary(f"csv/{table.name}.csv") as fcsv, \
                        self.writer.binary(f"jsonl/{table.name}.jsonl") as fjson:
                    fcsv.write(b"\xef\xbb\xbf" + ";".join(c.header for c in table.columns)
                               .encode() + b"\r\n")
                    sheet = book.table(table) if book is not None else None
                    if table.name == "requests":
                        keys = Counter()
                    for _ in self.bounds[table.name]:
                        k, csv_bytes, json_bytes, stat, xml = feed.get(seq)
                        seq += 1
                        if k:
                            n += k
                            fcsv.write(csv_bytes)
                            fjson.write(json_bytes)
                            if keys is not None and stat is not None:
                                keys.update(stat.split(_STAT_ROW_SEP))
                            if sheet is not None and xml is not None:
                                sheet.write(xml, k)
                        self._step(table.name)
                    if sheet is not None:
                        sheet.close()
                self.rows[table.name] = n
                timings[f"table:{table.name}"] = time.perf_counter() - started
        except BaseException:
            feed.close(check=False)
            if book is not None:
                book.discard()
            raise
        feed.close()
        if book is not None:
            book.close()
        if keys is not None:
            self.request_keys = Counter({k.decode(): v for k, v in keys.items()})
        else:  # no requests table to count them on the way: the summary's SQL is SQLite's
            self.request_keys = Counter(reader.request_keys(self.conns[0].cursor()))
        self.by_country = feed.by_country
        timings["tables"] = time.perf_counter() - t
        return n_req

    def _plan(self, cur: Any) -> None:
        """Each table's chunk bounds (none for a table without rows), the progress total
        (chunks weighted by how heavy a table's rows are), and the jobs in the order they
        should start."""
        for table in self.tables:
            where = table.where(self.spec.units)
            probe = (f"SELECT EXISTS (SELECT 1 FROM {table.from_sql}"
                     f"{f' WHERE {where}' if where else ''})")
            if not cur.execute(probe, _bind(probe, self.params)).fetchone()[0]:
                self.bounds[table.name] = []
            elif table.per_request and "x_req" in self.bounds:
                self.bounds[table.name] = self.bounds["x_req"]
            else:
                sql = table.bounds_sql(CHUNK, self.spec.units)
                found = [int(r[0]) for r in cur.execute(sql, _bind(sql, self.params))]
                self.bounds[table.name] = found
                if table.per_request:
                    self.bounds["x_req"] = found
        self.total = sum(len(self.bounds[t.name]) * _WEIGHT.get(t.name, 1) for t in self.tables)
        self.total *= 2 if self.xlsx_path is not None else 1
        rank = {name: i for i, name in enumerate(_ORDER)}
        self.jobs = ["xlsx"] if self.xlsx_path is not None else []
        self.jobs += sorted(self.tables, key=lambda t: rank.get(t.name, 99))
        self.jobs.insert(1, "countries")  # the summary's one count not taken from the rows

    def _worker(self, conn: Any, timings: dict[str, float], prepared: bool = False) -> None:
        import time

        try:
            cur = conn.cursor()
            if not prepared:
                _select_requests(cur, self.spec, self.params)
                self.ready.wait()
            while not self.stop.is_set():
                with self.lock:
                    if not self.jobs:
                        return
                    job = self.jobs.pop(0)
                t = time.perf_counter()
                if job == "xlsx":
                    assert self.xlsx_path is not None
                    self._write_xlsx(cur, self.xlsx_path)
                    timings["xlsx"] = time.perf_counter() - t
                elif job == "countries":
                    self.by_country = _by_country(cur)
                    timings["countries"] = time.perf_counter() - t
                else:
                    assert isinstance(job, Table)
                    self.rows[job.name] = self._write_rows(cur, job)
                    timings[f"table:{job.name}"] = time.perf_counter() - t
        except BaseException as exc:
            self.errors.append(exc)
            self.stop.set()

    def _step(self, name: str) -> None:
        if self.stop.is_set():
            raise _Stopped
        with self.lock:
            self.done += _WEIGHT.get(name, 1)
            self.say(self.done, self.total + 3, name)

    def _chunks(self, cur: Any, table: Table, sql: str
                ) -> Iterator[tuple[tuple[Any, ...], dict[str, int]]]:
        """One row per chunk (its count, then its bytes per part) and the chunk's bounds."""
        args = _bind(sql, self.params)
        bounds = self.bounds[table.name]
        for lo, hi in zip(bounds, [*bounds[1:], _NO_END][:len(bounds)], strict=True):
            args["lo"], args["hi"] = lo, hi
            row = cur.execute(sql, args).fetchone()
            if row[0]:
                yield row, {"lo": lo, "hi": hi}
            self._step(table.name)

    def _write_rows(self, cur: Any, table: Table) -> int:
        """One table as CSV (UTF-8 with BOM, ';', CRLF) and JSON Lines."""
        parts = [(table.csv_sql(self.pseudonym, self.concat_ws), CSV_ROW_SQL),
                 (table.json_sql(self.pseudonym), "char(10)")]
        slots = table.csv_json_sql(self.concat_ws)
        if slots is not None:
            parts.append((slots, CSV_ROW_SQL))
        keys: Counter[bytes] | None = None
        stat = len(parts) + 1
        if table.name == "requests":  # the summary's counts ride along with the rows
            parts.append((_STAT_KEY, "char(30)"))
            keys = Counter()
        sql = table.chunk_sql(parts, self.spec.units)
        fields = len(table.columns)
        n = 0
        with self.writer.binary(f"csv/{table.name}.csv") as fcsv, \
                self.writer.binary(f"jsonl/{table.name}.jsonl") as fjson:
            fcsv.write(b"\xef\xbb\xbf" + ";".join(c.header for c in table.columns).encode()
                       + b"\r\n")
            for row, _bounds in self._chunks(cur, table, sql):
                k = row[0]
                n += k
                fcsv.write(_csv_chunk(row[1], k, fields, table.name,
                                      row[3] if slots is not None else None))
                fcsv.write(b"\r\n")
                fjson.write(row[2])
                fjson.write(b"\n")
                if keys is not None:
                    keys.update(row[stat].split(_STAT_ROW_SEP))
        if keys is not None:
            self.request_keys = Counter({k.decode(): v for k, v in keys.items()})
        return n

    def _write_xlsx(self, cur: Any, path: Path) -> None:
        """Every table's sheet, in the bundle's table order, into one workbook."""
        book = _Xlsx(path)
        try:
            for table in self.tables:
                sheet = book.table(table)
                sql = table.chunk_sql([(table.xml_sql(self.pseudonym, self.concat_ws), "''")],
                                      self.spec.units)
                for row, _bounds in self._chunks(cur, table, sql):
                    sheet.write(_xml_chunk(row[1], row[0], len(table.columns), table.name),
                                row[0])
                sheet.close()
        except BaseException:
            book.discard()
            raise
        book.close()


def _ranges(bounds: list[int]) -> list[tuple[int, int]]:
    """Chunks' [lo, hi) from their lower bounds; the last is open."""
    return list(zip(bounds, [*bounds[1:], _NO_END][:len(bounds)], strict=True))


_Written = tuple[int, bytes, bytes, bytes | None, bytes | None]


class _ServerChunks:
    """The chunks of a server export, read side by side by the snapshot's connections, each
    in its own thread (the server builds a chunk while this process waits on the socket, so
    more connections than this machine's CPUs still help), and handed to the writer in
    order. A reader stays at most `ahead` chunks in front of the writer: a few chunks in
    memory, whatever the size of the store."""

    def __init__(self, run: _TableRun, reader: ServerReader,
                 tasks: list[tuple[Table, int, int]], timings: dict[str, float]) -> None:
        self.run, self.reader, self.tasks, self.timings = run, reader, tasks, timings
        self.cond = threading.Condition()
        self.taken = 0  # tasks handed to a reader
        self.wanted = 0  # the next task the writer waits for
        self.ready: dict[int, _Written] = {}
        self.errors: list[BaseException] = []
        self.closed = False
        self.ahead = 2 * len(run.conns)
        self.by_country: list[tuple[str, int]] | None = None
        self.threads = [threading.Thread(target=self._read, args=(conn, i == 0), daemon=True,
                                         name=f"export-{i}")
                        for i, conn in enumerate(run.conns)]
        for thread in self.threads:
            thread.start()

    def _read(self, conn: Any, countries: bool) -> None:
        import time

        try:
            if countries:  # the summary's one count not taken from the rows
                t = time.perf_counter()
                self.by_country = self.reader.by_country(conn.cursor())
                self.timings["countries"] = time.perf_counter() - t
            self.reader.chunk_plans(conn, True)
            cur = self.reader.cursor(conn)
            xlsx = self.run.xlsx_path is not None
            sqls: dict[str, str] = {}
            while True:
                with self.cond:
                    while (not self.closed and self.taken < len(self.tasks)
                           and self.taken >= self.wanted + self.ahead):
                        self.cond.wait()
                    if self.closed or self.taken >= len(self.tasks):
                        return
                    seq = self.taken
                    self.taken += 1
                table, lo, hi = self.tasks[seq]
                stat = table.name == "requests"
                sql = sqls.get(table.name)
                if sql is None:
                    sql = sqls[table.name] = self.reader.chunk_sql(table, stat, xlsx)
                chunk = self.reader.read_chunk(cur, table, sql, lo, hi, stat, xlsx)
                fields = len(table.columns)
                written: _Written = (chunk.rows, b"", b"", None, None)
                if chunk.rows:
                    written = (chunk.rows,
                               _csv_chunk(chunk.csv, chunk.rows, fields, table.name,
                                          chunk.slots) + b"\r\n",
                               chunk.json + b"\n", chunk.stat,
                               _xml_chunk(chunk.xml, chunk.rows, fields, table.name)
                               if chunk.xml is not None else None)
                with self.cond:
                    self.ready[seq] = written
                    self.cond.notify_all()
        except BaseException as exc:  # noqa: BLE001 - handed to the writer
            with self.cond:
                self.errors.append(exc)
                self.closed = True
                self.cond.notify_all()

    def get(self, seq: int) -> _Written:
        """Task `seq`'s bytes, once a reader has them."""
        with self.cond:
            while seq not in self.ready:
                if self.errors:
                    raise self.errors[0]
                if self.closed:
                    raise _Stopped
                self.cond.wait()
            self.wanted = seq + 1
            self.cond.notify_all()
            return self.ready.pop(seq)

    def close(self, check: bool = True) -> None:
        """Stop the readers (after the last chunk, or when the writer fails) and wait for
        them: their connections go on to the letters and the audit excerpt. `check`: raise
        what a reader met (the countries' count may fail after the last chunk is in)."""
        with self.cond:
            self.closed = True
            self.cond.notify_all()
        for thread in self.threads:
            thread.join()
        if check and self.errors:
            raise self.errors[0]
        if check:  # the letters, audit excerpt and summary follow on these connections
            for conn in self.run.conns:
                self.reader.chunk_plans(conn, False)


_CSV_SPECIAL = (b";", b'"', b"\r", b"\n")
# A spreadsheet evaluates a CSV cell that starts with one of these (OWASP, "CSV Injection"):
# such a cell is written with a leading apostrophe, which shows it as text. A cell starts at
# the chunk's start or after an FE/FF separator, which UTF-8 text never holds.
_FORMULA_LEADS = tuple((c, CSV_FIELD + c, CSV_ROW + c) for c in
                       (b"=", b"+", b"-", b"@", b"\t", b"\r"))
_FORMULA_CELL = re.compile(rb"(^|[\xfe\xff])([=+\-@\t\r])")


def _neutralise_formulas(blob: bytes) -> bytes:
    """Cells (FE/FF-separated) that a spreadsheet would evaluate, prefixed with "'". The
    lead bytes are looked for first (memchr: a few microseconds per chunk when absent), and
    only those present are looked for at a cell's start; "-" is in every date."""
    for lead, after_field, after_row in _FORMULA_LEADS:
        if lead in blob and (blob.startswith(lead) or after_field in blob or after_row in blob):
            return _FORMULA_CELL.sub(rb"\1'\2", blob)
    return blob


# What XML 1.0 cannot hold: C0 controls but TAB, LF, CR (and U+FFFE, U+FFFF, below).
_XML_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 13))


def _not_utf8(table: str) -> ServiceError:
    return ServiceError(f"The table {table} holds text that is not valid UTF-8; the store "
                        "may be damaged (run `permit-desk doctor`).")


def _csv_chunk(blob: bytes, k: int, fields: int, table: str, slots: bytes | None = None
               ) -> bytes:
    """k rows of `fields` values, values joined by FE and rows by FF, as CSV lines joined by
    CRLF. A chunk with no ; " CR or LF in it passes through two replace() calls; any other
    goes through the csv module, which quotes what needs it (QUOTE_MINIMAL, ';'). Latin-1
    maps each byte to one character and back, so the UTF-8 passes through untouched.
    `slots`: the JSON columns' CSV values, already quoted, for the FD slots in the rows."""
    n_slots = blob.count(CSV_SLOT)
    if (blob.count(CSV_FIELD) != k * (fields - 1) or blob.count(CSV_ROW) != k - 1
            or (slots is None and n_slots)
            or (slots is not None and slots.count(CSV_ROW) != n_slots - 1)):
        raise _not_utf8(table)
    blob = _neutralise_formulas(blob)
    if not any(c in blob for c in _CSV_SPECIAL):
        text = blob.replace(CSV_FIELD, b";").replace(CSV_ROW, b"\r\n")
    else:
        buf = io.StringIO()
        csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(
            line.split("\xfe") for line in blob.decode("latin-1").split("\xff"))
        text = buf.getvalue()[:-2].encode("latin-1")
    if slots is None:
        return text
    pieces = text.split(CSV_SLOT)
    values = _neutralise_formulas(slots).split(CSV_ROW)
    out = [pieces[0]]
    for value, piece in zip(values, pieces[1:], strict=True):
        out += (value, piece)
    return b"".join(out)


def _xml_chunk(blob: bytes, k: int, fields: int, table: str) -> bytes:
    """k rows in Table.xml_sql's markers as SpreadsheetML: text escaped for XML and stripped
    of what XML cannot hold, then the markers swapped for markup."""
    cells = blob.count(b"\xfe") + blob.count(b"\xfc") + blob.count(b"\xfa")
    if blob.count(b"\xf9") != k or blob.count(b"\xf8") != k or cells != k * fields:
        raise _not_utf8(table)
    for ch, entity in ((b"&", b"&amp;"), (b"<", b"&lt;"), (b">", b"&gt;")):
        if ch in blob:
            blob = blob.replace(ch, entity)
    blob = blob.translate(None, _XML_CONTROLS)
    for bad in (b"\xef\xbf\xbe", b"\xef\xbf\xbf"):  # U+FFFE, U+FFFF
        if bad in blob:
            blob = blob.replace(bad, b"")
    for marker, markup in XML_MARKUP:
        blob = blob.replace(marker, markup)
    return blob


def _letter_rows(cur: Any, spec: ExportSpec, params: dict[str, Any]) -> Any:
    table = BY_NAME["letters"]
    where = units_clause(table.where_sql, spec.units)
    sql = (f"SELECT r.id, r.registration_number, r.signed_at, r.pdf FROM {table.from_sql} "
           f"WHERE {where} AND r.pdf IS NOT NULL ORDER BY r.id")
    return cur.execute(sql, _bind(sql, params))


def _write_letters(letter_rows: Any, writer: BundleWriter) -> int:
    """The signed letters (id, registration number, signed at, PDF) in id order."""
    used: set[str] = set()
    n = 0
    for lid, reg, signed_at, pdf in letter_rows:
        name = _safe_name(reg or f"letter-{lid}")
        if name in used:
            name = f"{name}-{lid}"
        used.add(name)
        writer.put(f"letters/{name}.pdf", bytes(pdf), compress=False,
                   letter={"registration_number": reg or "",
                           "signed_at": str(signed_at)[:19]})
        n += 1
    return n


def _write_audit(cur: Any, params: dict[str, Any], writer: BundleWriter,
                 on_server: bool = False) -> dict[str, Any]:
    """The period's entries, extended to the first signed checkpoint at or after the period's
    last entry, with the hash of the entry before the period as the anchor. On a server the
    entries' JSON is built as SQLite's json_object builds it (ServerReader.AUDIT_JSON)."""
    from app.domain.audit_chain import GENESIS

    if on_server:  # psycopg's placeholders
        real = cur

        class _Cur:
            def execute(self, sql: str, args: Any = ()) -> Any:
                if sql.startswith("SELECT json_object("):
                    sql = ServerReader.AUDIT_JSON
                return real.execute(sql.replace("?", "%s"), args)

        cur = _Cur()

    start = f"{params['from']}T00:00:00"
    end = f"{params['to1']}T00:00:00"
    first, last_in = cur.execute("SELECT min(seq), max(seq) FROM audit_entry "
                                 "WHERE at >= ? AND at < ?", (start, end)).fetchone()
    if first is None:  # nothing happened in the period: the anchor alone
        row = cur.execute("SELECT seq, hash FROM audit_entry WHERE at < ? "
                          "ORDER BY seq DESC LIMIT 1", (start,)).fetchone()
        anchor_seq, anchor_hash = (row[0], row[1]) if row else (0, GENESIS)
        cover, last = None, anchor_seq
    else:
        row = cur.execute("SELECT seq, hash FROM audit_entry WHERE seq = ?",
                          (first - 1,)).fetchone()
        anchor_seq, anchor_hash = (row[0], row[1]) if row else (0, GENESIS)
        cover = cur.execute("SELECT min(seq) FROM audit_checkpoint WHERE seq >= ?",
                            (last_in,)).fetchone()[0]
        last = cover if cover is not None else last_in
    n = 0
    with writer.text("audit/entries.jsonl") as f:
        for row in cur.execute(
                "SELECT json_object('seq', seq, 'at', at, 'username', username, 'acting_for', "
                "acting_for, 'action', action, 'entity', entity, 'entity_id', entity_id, "
                "'before', before, 'after', after, 'prev_hash', prev_hash, 'hash', hash) "
                "FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq", (anchor_seq, last)):
            f.write(row[0])
            f.write("\n")
            n += 1
    cps = 0
    with writer.text("audit/checkpoints.jsonl") as f:
        for seq, head, at, sig in cur.execute(
                "SELECT seq, head_hash, at, signature FROM audit_checkpoint "
                "WHERE seq > ? AND seq <= ? ORDER BY seq", (anchor_seq, last)):
            f.write(json.dumps({"seq": seq, "head_hash": head, "at": at, "signature": sig}))
            f.write("\n")
            cps += 1
    return {"anchor_seq": anchor_seq, "anchor_hash": anchor_hash,
            "period_first_seq": first, "period_last_seq": last_in,
            "last_seq": anchor_seq + n, "covering_checkpoint": cover,
            "entries": n, "checkpoints": cps}


def _by_country(cur: Any) -> list[tuple[str, int]]:
    """The period's requests by country visited (a request with two countries counts in
    both)."""
    return [(str(k or "—"), int(v)) for k, v in cur.execute(
        "SELECT l.country, count(DISTINCT l.request_id) FROM itinerary_leg l "
        "WHERE l.request_id IN x_req GROUP BY l.country ORDER BY 2 DESC, 1").fetchall()]


def _summary_stats(cur: Any, spec: ExportSpec, params: dict[str, Any], rows: dict[str, int],
                   n_letters: int, request_keys: Counter[str] | None = None,
                   by_country: list[tuple[str, int]] | None = None) -> dict[str, Any]:
    from app.domain.enums import RequestState, label

    def pairs(sql: str) -> list[tuple[str, int]]:
        return [(str(k or "—"), int(v)) for k, v in cur.execute(sql).fetchall()]

    def ranked(c: Counter[str]) -> list[tuple[str, int]]:
        return sorted(((k or "—", v) for k, v in c.items()), key=lambda kv: (-kv[1], kv[0]))

    if request_keys is not None:  # counted while the requests table was written
        state_c: Counter[str] = Counter()
        month_c: Counter[str] = Counter()
        unit_c: Counter[str] = Counter()
        for key, v in request_keys.items():
            st, month, unit = key.split(_STAT_SEP, 2)
            state_c[st] += v
            month_c[month] += v
            unit_c[unit] += v
        by_state = ranked(state_c)
        by_unit = ranked(unit_c)
        by_month = sorted((k or "—", v) for k, v in month_c.items())
        n_requests = sum(request_keys.values())
    else:
        by_state = pairs("SELECT t.state, count(*) FROM x_req x JOIN travel_request t "
                         "ON t.id = x.id GROUP BY t.state ORDER BY count(*) DESC")
        by_unit = pairs("SELECT p.unit, count(*) FROM x_req x JOIN travel_request t "
                        "ON t.id = x.id JOIN person p ON p.id = t.person_id GROUP BY p.unit "
                        "ORDER BY 2 DESC")
        by_month = pairs("SELECT substr(t.depart, 1, 7), count(*) FROM x_req x "
                         "JOIN travel_request t ON t.id = x.id GROUP BY 1 ORDER BY 1")
        n_requests = int(cur.execute("SELECT count(*) FROM x_req").fetchone()[0])
    states = []
    for k, v in by_state:
        try:
            states.append((label(RequestState(k), "lt"), k, v))
        except ValueError:
            states.append((k, k, v))
    return {
        "requests": n_requests,
        "by_state": states,
        "by_country": by_country if by_country is not None else _by_country(cur),
        "by_unit": by_unit,
        "by_month": by_month,
        "rows": dict(rows),
        "letters": n_letters,
    }


def _readme(spec: ExportSpec, tables: list[Table]) -> str:
    lines = [
        "PATIKRINIMO RINKINYS / INSPECTION BUNDLE",
        "",
        f"Laikotarpis / Period: {spec.period_from.isoformat()} – {spec.period_to.isoformat()}",
        "",
        "LT: Lentelės pateikiamos trimis pavidalais: csv/ (UTF-8 su BOM, skirtukas „;“, datos "
        "YYYY-MM-DD, laikas UTC), jsonl/ (vienas JSON objektas eilutėje, UTF-8) ir xlsx/ (vienas "
        "lapas kiekvienai lentelei). letters/ – pasirašyti raštai (PAdES). audit/ – audito žurnalo "
        "ištrauka su kontroliniais taškais ir viešuoju raktu. santrauka-summary.pdf – suvestinė. "
        "manifest.json išvardija kiekvieną failą su SHA-256 ir dydžiu; manifest.json.p7s – jo "
        "atskirtasis CMS parašas. Patikrinti: permit-desk verify <rinkinys> --trust SAKNIS.pem",
        "",
        "EN: Tables come three ways: csv/ (UTF-8 with BOM, ';' delimiter, dates YYYY-MM-DD, "
        "times UTC), jsonl/ (one JSON object per line, UTF-8) and xlsx/ (one sheet per table). "
        "letters/ holds the signed letters (PAdES). audit/ holds the audit trail excerpt with "
        "its checkpoints and public key. santrauka-summary.pdf is the summary. manifest.json "
        "lists every file with its SHA-256 and size; manifest.json.p7s is its detached CMS "
        "signature. To verify: permit-desk verify <bundle> --trust ROOT.pem",
        "",
        "LT: CSV langelis, kuris prasidėtų ženklu =, +, -, @, tabuliacija ar grįžimu į eilutės "
        "pradžią, įrašomas su apostrofu (') priekyje, kad skaičiuoklė jį rodytų kaip tekstą, o "
        "ne vykdytų kaip formulę (OWASP „CSV Injection“); jsonl/ ir xlsx/ (tekstas, ne "
        "formulės) saugo tikslias reikšmes.",
        "EN: A CSV cell that would begin with =, +, -, @, a tab or a carriage return is written "
        "with an apostrophe (') in front, so that a spreadsheet shows it as text instead of "
        "evaluating it as a formula (OWASP \"CSV Injection\"); jsonl/ and xlsx/ (text, never "
        "formulas) keep the exact values.",
        "",
        "LT: Laikotarpio prašymai – tie, kurių kelionė kerta laikotarpį arba kurie buvo įvesti ar "
        "išspręsti per jį; asmenų ir leidimų registras pateikiamas visas (pagal padalinių filtrą).",
        "EN: The period's requests are those whose trip overlaps the period or that were entered "
        "or decided in it; the people and clearance register is given in full (within the unit "
        "filter).",
        "",
    ]
    if spec.mask_codes:
        lines += ["LT: Asmens kodai pakeisti pseudonimais (HMAC-SHA256 su vienkartiniu, niekur "
                  "neišsaugotu raktu); tas pats asmuo šiame rinkinyje turi tą patį pseudonimą.",
                  "EN: " + MASK_NOTE, ""]
    lines += ["STULPELIAI / COLUMNS", ""]
    for t in tables:
        lines.append(f"{t.name}  —  {t.lt_title} / {t.en_title}")
        for c in t.columns:
            lines.append(f"  {c.header:<48} {c.en}")
        lines.append("")
    return "\r\n".join(lines) + "\r\n"


def pem_certificates(data: bytes) -> list[bytes]:
    """Every certificate in a PEM file (a chain file holds several)."""
    blocks = re.findall(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", data,
                        re.S)
    return list(blocks) or [data]


__all__ = ["DiskFull", "ExportResult", "ExportSpec", "write_bundle"]
