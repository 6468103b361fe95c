"""The inspection bundle: a period's records as CSV, JSON Lines and XLSX, its signed letters,
the audit trail excerpt with the checkpoints that prove it, a summary PDF and a signed
manifest. Rows stream from one DB-API cursor inside one read snapshot; nothing holds a table.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import secrets
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.exchange.bundle_io import BundleWriter, DiskFull, is_disk_full
from app.exchange.tables import BY_NAME, KINDS, TABLES, Table, units_clause
from app.services.errors import InvalidInput
from app.store.engine import raw_connection

if TYPE_CHECKING:
    from app.letters.signers import LetterSigner
    from app.services.desk import Desk

Progress = Callable[[int, int, str], None]
FORMAT = "permit-desk-inspection-bundle/1"
BATCH = 5000
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
            raise InvalidInput("The period ends before it starts.")
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise InvalidInput(f"Unknown record kind: {', '.join(unknown)}; the kinds are "
                               f"{', '.join(KINDS)}.")


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


_XML_BAD = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
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


def _xml_row(values: Sequence[Any], style: str = "") -> str:
    """A <row> of inline-string and number cells, as the SQL of Table.select_lines builds it."""
    cells = []
    for v in values:
        if v is None:
            cells.append("<c/>")
        elif isinstance(v, int):
            cells.append(f"<c{style}><v>{v}</v></c>")
        else:
            cells.append(f'<c t="inlineStr"{style}><is><t>{_xml_text(str(v))}</t></is></c>')
    return "<row>" + "".join(cells) + "</row>"


class _Xlsx:
    """A minimal XLSX (SpreadsheetML) writer: one sheet per table, streamed into the zip
    row batch by row batch with inline strings (no shared-string table to hold), numbers
    as numbers, the header bold and frozen. The rows' XML comes ready from SQLite."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True,
                                   compresslevel=1)
        self.sheets: list[str] = []

    def table(self, table: Table) -> _Sheet:
        return _Sheet(self, table)

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
        self.header = _xml_row([c.header for c in table.columns], ' s="1"')
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

    def write(self, rows: Sequence[str]) -> None:
        while rows:
            if self.row >= XLSX_MAX_ROWS:
                self._new_sheet()
            take = rows[:XLSX_MAX_ROWS - self.row]
            rows = rows[len(take):]
            assert self.out is not None
            self.out.write("".join(take).encode("utf-8"))
            self.row += len(take)

    def close(self) -> None:
        if self.out is not None:
            self.out.write(_SHEET_TAIL.encode())
            self.out.close()
            self.out = None


def write_bundle(desk: Desk, spec: ExportSpec, out: Path, *, as_zip: bool = False,
                 signer: LetterSigner | None = None, progress: Progress | None = None,
                 clock: Callable[[], datetime] | None = None) -> ExportResult:
    """Write the bundle to `out` (a new folder, or a .zip); all or nothing."""
    import time

    spec.check()
    say = progress or (lambda done, total, msg: None)
    writer = BundleWriter(out, as_zip)
    timings: dict[str, float] = {}
    try:
        t0 = time.perf_counter()
        with raw_connection(desk.store.engine) as conn:
            conn.execute("BEGIN DEFERRED")  # one snapshot for every table
            try:
                result = _write_all(desk, conn, spec, writer, signer, say, timings, clock)
            finally:
                conn.execute("ROLLBACK")
                cur = conn.cursor()
                cur.execute("DROP TABLE IF EXISTS temp.x_req")
                conn.create_function("pd_pseudonym", 1, None)
        final = writer.finish()
        timings["total"] = time.perf_counter() - t0
    except BaseException as exc:
        writer.abort()
        if is_disk_full(exc):
            raise DiskFull(f"The disk is full: the bundle could not be written to {out}, and "
                           "nothing was left behind; free some space or choose another "
                           "place.") from None
        raise
    return ExportResult(final, len(result[0]), result[1], result[2], result[3], result[4],
                        result[5], result[6], timings)


def _write_all(desk: Desk, conn: Any, spec: ExportSpec, writer: BundleWriter,
               signer: LetterSigner | None, say: Progress, timings: dict[str, float],
               clock: Callable[[], datetime] | None
               ) -> tuple[list[Any], int, dict[str, int], int, int, str, str]:
    import time

    from app.exchange import report
    from app.services import audit

    cur = conn.cursor()
    params = _params(spec)
    pseudonym: str | None = None
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

        conn.create_function("pd_pseudonym", 1, pseudo, deterministic=True)
        pseudonym = "pd_pseudonym"

    t = time.perf_counter()
    n_req = _select_requests(cur, spec, params)
    timings["select"] = time.perf_counter() - t
    wanted = [name for k in spec.kinds for name in KINDS[k]]
    tables = [tb for tb in TABLES if tb.name in wanted]
    xlsx = None
    xlsx_name = "xlsx/lenteles-tables.xlsx"
    if spec.xlsx and tables:
        xlsx = _Xlsx(writer.local_path(xlsx_name))
    rows: dict[str, int] = {}
    total_steps = len(tables) + 3
    concat_ws = tuple(int(x) for x in
                      cur.execute("SELECT sqlite_version()").fetchone()[0].split(".")[:2]) \
        >= (3, 44)
    request_keys: Counter[str] | None = None
    for i, table in enumerate(tables):
        say(i, total_steps, table.name)
        t = time.perf_counter()
        keys: Counter[str] | None = None
        if table.name == "requests":  # the summary's counts ride along with the rows
            keys = request_keys = Counter()
        sheet = xlsx.table(table) if xlsx else None
        rows[table.name] = _write_table(cur, table, spec, params, pseudonym, writer, sheet,
                                        keys, concat_ws)
        if sheet is not None:
            sheet.close()
        timings[f"table:{table.name}"] = time.perf_counter() - t
    if xlsx is not None:
        t = time.perf_counter()
        xlsx.close()
        writer.add_local(xlsx_name, compress=False)
        timings["xlsx_close"] = time.perf_counter() - t

    say(len(tables), total_steps, "letters")
    t = time.perf_counter()
    n_letters = _write_letters(cur, spec, params, writer) if "letters" in spec.kinds else 0
    timings["letters"] = time.perf_counter() - t

    say(len(tables) + 1, total_steps, "audit")
    t = time.perf_counter()
    audit_info: dict[str, Any] = {}
    if "audit" in spec.kinds:
        audit_info = _write_audit(cur, params, writer)
        with desk.read() as s:
            writer.put("audit/audit-public-key.pem", audit.public_key_pem(s))
    timings["audit"] = time.perf_counter() - t

    say(len(tables) + 2, total_steps, "summary")
    t = time.perf_counter()
    settings = dict(cur.execute("SELECT key, value FROM setting WHERE key LIKE 'institution.%'")
                    .fetchall())
    institution = {"name": settings.get("institution.name", ""),
                   "code": settings.get("institution.code", "")}
    stats = _summary_stats(cur, spec, params, rows, n_letters, request_keys)
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
        "store_id": desk.store.keyfile.store_id,
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


# The requests table brings the summary's key per row: state, month of departure, unit.
_STAT_SEP = "\x1f"
_STAT_KEY = ("coalesce(t.state, '') || char(31) || coalesce(substr(t.depart, 1, 7), '') "
             "|| char(31) || coalesce(p.unit, '')")


def _write_table(cur: Any, table: Table, spec: ExportSpec, params: dict[str, Any],
                 pseudonym: str | None, writer: BundleWriter, sheet: _Sheet | None,
                 stat_keys: Counter[str] | None = None, concat_ws: bool = True) -> int:
    """One table as CSV and JSON Lines (and a sheet), from one query whose rows SQLite
    already made into text: Python only joins each batch, checks it, and writes it."""
    sql = table.select_lines(pseudonym, spec.units, xml=sheet is not None,
                             extra=_STAT_KEY if stat_keys is not None else None,
                             concat_ws=concat_ws)
    # The CSV line comes in m parts; the plain ones must hold exactly their separators.
    segs = table.csv_segments()
    m = len(segs)
    plain = [(i, len(cs) - 1) for i, (quoted, cs) in enumerate(segs) if not quoted]
    fixer = _RowFixer(cur.connection, table, pseudonym, plain, sheet is not None)
    n = 0
    with writer.binary(f"csv/{table.name}.csv") as fcsv, \
            writer.binary(f"jsonl/{table.name}.jsonl") as fjson:
        fcsv.write(b"\xef\xbb\xbf" + ";".join(c.header for c in table.columns).encode()
                   + b"\r\n")
        cur.execute(sql, _bind(sql, params))
        while batch := cur.fetchmany(BATCH):
            k = len(batch)
            n += k
            cols = list(zip(*batch, strict=True))
            if m == 1:
                text = "\r\n".join(cols[0])
                clean = _clean(text, plain[0][1], k)
            else:
                clean = all(_clean("\r\n".join(cols[i]), seps, k) for i, seps in plain)
                text = "\r\n".join(map(";".join, zip(*cols[:m], strict=True)))
            if sheet is not None and clean and _XML_BAD.search(text):
                clean = False
            if not clean:  # a value holds ; " CR LF (or & < > for XML): redo those rows
                lines, xml = fixer.fix(batch, m, list(cols[m + 1]) if sheet else None)
                text = "\r\n".join(lines)
                if sheet is not None and xml is not None:
                    sheet.write(xml)
            elif sheet is not None:
                sheet.write(cols[m + 1])
            fcsv.write(text.encode())
            fcsv.write(b"\r\n")
            fjson.write("\n".join(cols[m]).encode())
            fjson.write(b"\n")
            if stat_keys is not None:
                stat_keys.update(cols[-1])
    return n


def _clean(text: str, seps: int, k: int) -> bool:
    """k lines joined by CRLF with `seps` semicolons each and nothing csv would quote."""
    return (text.count(";") == seps * k and '"' not in text and text.count("\n") == k - 1
            and text.count("\r") == k - 1)


class _RowFixer:
    """The rows whose values need CSV quoting or XML escaping, fetched again by record
    number (same transaction, so the same snapshot) and written the slow, careful way."""

    def __init__(self, conn: Any, table: Table, pseudonym: str | None,
                 plain: list[tuple[int, int]], xml: bool) -> None:
        self.conn, self.table, self.pseudonym = conn, table, pseudonym
        self.plain, self.xml = plain, xml
        self.buf = io.StringIO()
        # The line terminator decides which fields csv quotes: keep the file's own.
        self.csv = csv.writer(self.buf, delimiter=";", lineterminator="\r\n")

    def fix(self, batch: Sequence[Sequence[str]], m: int, xml: list[str] | None
            ) -> tuple[list[str], list[str] | None]:
        cur = self.conn.cursor()
        lines: list[str] = []
        try:
            sql = self.table.select_values(self.pseudonym)
            for i, row in enumerate(batch):
                line = ";".join(row[:m])
                if all(_clean(row[j], seps, 1) for j, seps in self.plain) and \
                        not (self.xml and _XML_BAD.search(line)):
                    lines.append(line)
                    continue
                values = cur.execute(sql, (int(row[0].split(";", 1)[0]),)).fetchone()
                self.buf.seek(0)
                self.buf.truncate()
                self.csv.writerow(values)
                lines.append(self.buf.getvalue()[:-2])
                if xml is not None:
                    xml[i] = _xml_row(values)
        finally:
            cur.close()
        return lines, xml


def _write_letters(cur: Any, spec: ExportSpec, params: dict[str, Any],
                   writer: BundleWriter) -> int:
    table = BY_NAME["letters"]
    where = units_clause(table.where_sql, spec.units)
    sql = (f"SELECT r.id, r.registration_number, r.signed_at, r.pdf FROM {table.from_sql} "
           f"WHERE {where} AND r.pdf IS NOT NULL ORDER BY r.id")
    used: set[str] = set()
    n = 0
    for lid, reg, signed_at, pdf in cur.execute(sql, _bind(sql, params)):
        name = _safe_name(reg or f"letter-{lid}")
        if name in used:
            name = f"{name}-{lid}"
        used.add(name)
        writer.put(f"letters/{name}.pdf", bytes(pdf), compress=False,
                   letter={"registration_number": reg or "",
                           "signed_at": str(signed_at)[:19]})
        n += 1
    return n


def _write_audit(cur: Any, params: dict[str, Any], writer: BundleWriter) -> dict[str, Any]:
    """The period's entries, extended to the first signed checkpoint at or after the period's
    last entry, with the hash of the entry before the period as the anchor."""
    from app.domain.audit_chain import GENESIS

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


def _summary_stats(cur: Any, spec: ExportSpec, params: dict[str, Any], rows: dict[str, int],
                   n_letters: int, request_keys: Counter[str] | None = None
                   ) -> dict[str, Any]:
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
        "by_country": pairs("SELECT l.country, count(DISTINCT l.request_id) FROM itinerary_leg l "
                            "WHERE l.request_id IN x_req GROUP BY l.country ORDER BY 2 DESC"),
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
