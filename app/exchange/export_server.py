"""The inspection bundle's reads on a PostgreSQL server: one REPEATABLE READ, READ ONLY snapshot
shared by every connection (pg_export_snapshot), and each chunk's rows handed over as the
bytes the file store's chunk queries (app.exchange.tables, in SQLite) give for the same data,
so that the same Python turns both into CSV, JSON Lines and XLSX.

The file store keeps dates and times as ISO text and booleans as 0/1; the server keeps real
types. Each column's value is first turned into the text SQLite holds (Table.value_sql: a
date as YYYY-MM-DD, a timestamp to the second, a boolean as 1/0). One query per chunk then
joins those texts three ways at once: the CSV values, the XLSX cells and the JSON objects
(to_json escapes as SQLite's json_object does). Quoting and XML escaping are left to the
file path's Python, which does them a whole chunk at a time: per value in SQL they cost
the server several times more than the rest of the query.

SQLite separates values with bytes that UTF-8 never holds (FE, FF...); text on a server is
valid UTF-8, so the server separates them with control characters instead and this module
swaps them for SQLite's bytes. A stored value may hold a control character, so each one is
counted first: every marker must occur exactly as often as the chunk's shape says, and a
chunk where one does not (a value holds a marker) is read again row by row and joined here.
A READ ONLY transaction may not make a temporary table, so the period's requests (x_req) are
a common table expression, limited to each chunk's range of request ids.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.exchange.tables import (
    BY_NAME,
    CSV_FIELD,
    CSV_ROW,
    CSV_SLOT,
    XML_MARKUP,
    Column,
    Table,
    units_clause,
)

# Pseudonyms are made here (HMAC under a key that never leaves this process): the server
# wraps each masked code in a marker made of a random nonce, which no stored text can hold
# since it did not exist when the snapshot was taken, and the marker is swapped afterwards.
_MARK_END = "\x02"

# The server's markers (control characters, as chr(n) in SQL) and the bytes SQLite's chunks
# hold in their place (tables.CSV_FIELD..., tables.XML_MARKUP).
_FIELD, _ROW, _SLOT = 0x1F, 0x1E, 0x1D  # CSV: between values, between rows, a JSON value
_X_ROW, _X_END, _X_TEXT, _X_TEND, _X_NUM, _X_NEND, _X_NULL = range(0x1C, 0x15, -1)
_CSV_BYTES = bytes.maketrans(bytes((_FIELD, _ROW, _SLOT)), CSV_FIELD + CSV_ROW + CSV_SLOT)
# SQLite's: row, row end, text cell, its end, number cell, its end, empty cell.
_ROW_B, _END_B, _TEXT_B, _TEND_B, _NUM_B, _NEND_B, _NULL_B = (m for m, _x in XML_MARKUP)
_XML_BYTES = bytes.maketrans(bytes((_X_ROW, _X_END, _X_TEXT, _X_TEND, _X_NUM, _X_NEND, _X_NULL)),
                             b"".join(m for m, _x in XML_MARKUP))
# A request's key in the summary's counts: state, month of departure, unit (export._STAT_KEY).
_STAT_KEY = "concat(t.state, chr(31), to_char(t.depart, 'YYYY-MM'), chr(31), p.unit)"
_CSV_SPECIAL = "'[;\"\r\n]'"  # what the csv module quotes (a regex of raw chars)
_CSV_QUOTED = (b";", b'"', b"\r", b"\n")


def _xml_shaped(xml: bytes, k: int, fields: int) -> bool:
    """k rows of `fields` cells in the server's XLSX markers, none of them inside a value
    (a marker held by a value would make one count come out higher)."""
    text, num = xml.count(_X_TEXT), xml.count(_X_NUM)
    return (xml.count(_X_ROW) == k and xml.count(_X_END) == k
            and text + num + xml.count(_X_NULL) == k * fields
            and xml.count(_X_TEND) == text and xml.count(_X_NEND) == num)


def _csv_quote(value: bytes) -> bytes:
    """A JSON column's CSV value as Table.csv_json_sql quotes it."""
    if any(c in value for c in _CSV_QUOTED):
        return b'"' + value.replace(b'"', b'""') + b'"'
    return value


def _child(table: Table) -> str:
    """The table a per-request table's rows come from ("x_req x JOIN itinerary_leg l ...")."""
    m = re.match(r"x_req x JOIN (\w+) ", table.from_sql)
    if m is None:
        raise ValueError(f"{table.name}: not joined to x_req")
    return m.group(1)


def _lit(text: str) -> str:
    """A string literal (standard_conforming_strings: only the quote doubles)."""
    return "'" + text.replace("'", "''") + "'"


def pg_params(sql: str) -> str:
    """SQLite's :name placeholders as psycopg's %(name)s (a literal % doubled first)."""
    return re.sub(r"(?<![:\w]):([a-z][a-z0-9_]*)", r"%(\1)s", sql.replace("%", "%%"))


@dataclass(frozen=True)
class Chunk:
    """A chunk's rows as the file path's chunk queries give them: CSV values (FE/FF, with an
    FD slot per JSON column whose quoted values come in `slots`), JSON objects (LF), the
    summary's keys (RS) and XLSX rows (Table.xml_sql's marker bytes)."""

    rows: int
    csv: bytes
    json: bytes
    slots: bytes | None = None
    stat: bytes | None = None
    xml: bytes | None = None


class ServerReader:
    """What the export reads, in the snapshot's connections (psycopg), as the bytes the file
    path reads. `pseudo` masks personal codes (None: in clear)."""

    def __init__(self, spec_units: tuple[str, ...], params: dict[str, Any],
                 pseudo: Callable[[str | None], str | None] | None) -> None:
        self.units = spec_units
        self.params = params
        self.pseudo = pseudo
        self.mark = "\x01pd" + secrets.token_hex(8) + ":" if pseudo is not None else ""
        self._mark_re = re.compile(re.escape(self.mark.encode()) + rb"([^\x02]*)\x02")
        self.fallbacks = 0  # chunks read row by row (a value held a marker)
        self._pg_sql: dict[str, tuple[str, tuple[str, ...]]] = {}

    # ---- the period's requests -------------------------------------------------------------

    def x_req_sql(self, ranged: bool) -> str:
        """The period's request ids (as export._select_requests picks them), optionally only
        those in [:lo, :hi)."""
        units = units_clause("{and_units:p.unit}", self.units)
        person = " JOIN person p ON p.id = t.person_id" if units else ""
        t_range = " AND t.id >= :lo AND t.id < :hi" if ranged else ""
        d_range = " AND d.request_id >= :lo AND d.request_id < :hi" if ranged else ""
        join = f" JOIN travel_request t ON t.id = d.request_id{person}" if units else ""
        return ("x_req AS (SELECT t.id FROM travel_request t" + person +
                " WHERE ((t.depart <= :to AND t.return_date >= :from) "
                "OR (t.created_at >= :from AND t.created_at < :to1)) " + units + t_range +
                " UNION SELECT d.request_id FROM decision d" + join +
                " WHERE d.decided_at >= :from AND d.decided_at < :to1 " + units + d_range + ")")

    def run(self, cur: Any, sql: str, extra: dict[str, Any] | None = None,
            binary: bool = False) -> Any:
        known = self._pg_sql.get(sql)  # a chunk's query runs hundreds of times
        if known is None:
            names = tuple(k for k in [*self.params, "lo", "hi"] if f":{k}" in sql)
            known = self._pg_sql[sql] = (pg_params(sql), names)
        args = {**self.params, **(extra or {})}
        cur.execute(known[0], {k: args[k] for k in known[1]}, binary=binary)
        return cur

    def plan(self, cur: Any, tables: list[Table], every: int
             ) -> tuple[int, dict[str, list[int]]]:
        """The period's requests, and every `every`-th chunk key value of each table (none
        for a table without rows): the chunks' lower bounds. One query for everything that
        hangs off the period's requests, so that the server makes x_req once."""
        per = [t for t in tables if t.per_request]
        # A table's own rows first: an empty one costs nothing, where the join would walk
        # every one of the period's requests to find that out.
        probes = "".join(f", EXISTS (SELECT 1 FROM {_child(t)}) AND EXISTS (SELECT 1 FROM "
                         f"{t.from_sql}{self._where(t)})" for t in per)
        sql = (f"WITH {self.x_req_sql(False)} SELECT (SELECT count(*) FROM x_req), ARRAY("
               f"SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM x_req) s "
               f"WHERE n % {every} = 1 ORDER BY id){probes}")
        row = self.run(cur, sql).fetchone()
        found = dict(zip((t.name for t in per), row[2:], strict=True))
        x_bounds = [int(k) for k in row[1]]
        return int(row[0]), {t.name: (x_bounds if found[t.name] else []) if t.per_request
                             else self._bounds(cur, t, every) for t in tables}

    def _from(self, table: Table, ranged: bool) -> str:
        return f"WITH {self.x_req_sql(ranged)} " if table.per_request else ""

    def _where(self, table: Table) -> str:
        where = table.where(self.units)
        return f" WHERE {where}" if where else ""

    def _bounds(self, cur: Any, table: Table, every: int) -> list[int]:
        sql = (f"SELECT k FROM (SELECT {table.chunk_key} AS k, row_number() OVER (ORDER BY "
               f"{table.chunk_key}) AS n FROM {table.from_sql}{self._where(table)}) s "
               f"WHERE n % {every} = 1 ORDER BY k")
        return [int(r[0]) for r in self.run(cur, sql).fetchall()]

    # ---- one column's value ------------------------------------------------------------------

    def _text(self, c: Column) -> str:
        """The value as the file store's SQL shows it (Table.value_sql), NULL kept; a masked
        code inside its marker."""
        if c.kind == "code" and self.pseudo is not None:
            return f"({_lit(self.mark)} || {c.sql} || {_lit(_MARK_END)})"
        if c.kind == "date":
            return f"to_char({c.sql}, 'YYYY-MM-DD')"
        if c.kind == "datetime":
            return f"to_char({c.sql}, 'YYYY-MM-DD HH24:MI:SS')"
        if c.kind == "bool":
            return f"CASE WHEN {c.sql} THEN '1' WHEN NOT {c.sql} THEN '0' END"
        return f"({c.sql})::text"

    @staticmethod
    def _json_array(c: Column) -> str:
        # SQLite's json() gives the stored JSON without whitespace; the JSON columns hold
        # flat lists (decisions.conditions), whose strings to_json escapes as SQLite does.
        e = "e.v"
        return (f"CASE WHEN {c.sql} IS NULL THEN 'null' "
                f"WHEN jsonb_typeof(({c.sql})::jsonb) = 'array' THEN (SELECT '[' || "
                f"coalesce(string_agg(CASE jsonb_typeof({e}) WHEN 'string' THEN "
                f"to_json({e} #>> '{{}}')::text ELSE {e}::text END, ',' ORDER BY e.n), '')"
                f" || ']' FROM jsonb_array_elements(({c.sql})::jsonb) WITH ORDINALITY "
                f"AS e(v, n)) ELSE (({c.sql})::jsonb)::text END")

    def _json_value(self, c: Column, j: int) -> str:
        """The JSON text of column j's value, from the inner query's c{j} (or j{j})."""
        if c.kind == "code" and self.pseudo is not None:
            return f"coalesce('\"' || c{j} || '\"', 'null')"
        if c.kind == "int":
            return f"coalesce(c{j}, 'null')"
        if c.kind == "bool":
            return f"CASE c{j} WHEN '1' THEN 'true' WHEN '0' THEN 'false' ELSE 'null' END"
        if c.kind == "json":
            return f"j{j}"
        return f"coalesce(to_json(c{j})::text, 'null')"

    # ---- chunks ----------------------------------------------------------------------------

    def _inner(self, table: Table, stat_key: bool) -> tuple[str, str]:
        """The chunk's rows with each value's text computed once (OFFSET 0 keeps the planner
        from pasting the expressions into every format), and the ORDER BY over them."""
        items = []
        for j, c in enumerate(table.columns):
            items.append(f"{self._text(c)} AS c{j}")
            if c.kind == "json":
                items.append(f"{self._json_array(c)} AS j{j}")
        if stat_key:  # the summary's counts ride along with the rows
            items.append(f"{_STAT_KEY} AS st")
        order = [o.strip() for o in table.order_sql.split(",")]
        items += [f"{o} AS o{i}" for i, o in enumerate(order)]
        where = table.where(self.units)
        cond = f"{table.chunk_key} >= :lo AND {table.chunk_key} < :hi"
        inner = (f"SELECT {', '.join(items)} FROM {table.from_sql} "
                 f"WHERE {f'({where}) AND ' if where else ''}{cond} OFFSET 0")
        return inner, ", ".join(f"o{i}" for i in range(len(order)))

    def _json_line(self, table: Table) -> str:
        parts = [f"{_lit(('{' if j == 0 else ',') + chr(34) + c.key + chr(34) + ':')}, "
                 f"{self._json_value(c, j)}" for j, c in enumerate(table.columns)]
        return f"concat({', '.join(parts)}, '}}')"

    def chunk_sql(self, table: Table, stat_key: bool, xlsx: bool) -> str:
        """Count, CSV values, [JSON columns' CSV values], JSON objects, [summary keys],
        [XLSX rows] of the rows whose chunk key is in [:lo, :hi), each in the table's order."""
        inner, by = self._inner(table, stat_key)
        cols = list(enumerate(table.columns))
        csv = ", ".join(f"chr({_SLOT})" if c.kind == "json" else f"coalesce(c{j}, '')"
                        for j, c in cols)
        parts = [(f"concat_ws(chr({_FIELD}), {csv})", f"chr({_ROW})")]
        slots = [f"CASE WHEN coalesce(c{j}, '') ~ {_CSV_SPECIAL} THEN '\"' || "
                 f"replace(c{j}, '\"', '\"\"') || '\"' ELSE coalesce(c{j}, '') END"
                 for j, c in cols if c.kind == "json"]
        if slots:
            parts.append((f"concat_ws(chr({_ROW}), {', '.join(slots)})", f"chr({_ROW})"))
        parts.append((self._json_line(table), "E'\\n'"))
        if stat_key:
            parts.append(("st", "chr(30)"))
        if xlsx:
            cells = [f"CASE WHEN c{j} IS NULL THEN chr({_X_NULL}) ELSE chr({_X_NUM}) || c{j} || "
                     f"chr({_X_NEND}) END" if c.kind in ("int", "bool") else
                     f"chr({_X_TEXT}), c{j}, chr({_X_TEND})" for j, c in cols]
            parts.append((f"concat(chr({_X_ROW}), {', '.join(cells)}, chr({_X_END}))", "''"))
        aggs = ", ".join(f"string_agg({expr}, {sep} ORDER BY {by})" for expr, sep in parts)
        return f"{self._from(table, True)}SELECT count(*), {aggs} FROM ({inner}) s"

    def rows_sql(self, table: Table, stat_key: bool) -> str:
        """The same rows one by one: each value's text, the JSON object, [the summary key]."""
        inner, by = self._inner(table, stat_key)
        texts = [f"c{j}" for j in range(len(table.columns))]
        return (f"{self._from(table, True)}SELECT {', '.join(texts)}, {self._json_line(table)}"
                f"{', st' if stat_key else ''} FROM ({inner}) s ORDER BY {by}")

    # For the export's transaction, before anything is read: no JIT. On a store just
    # migrated (no statistics until autovacuum's first pass, minutes later) the planner
    # guesses 700,000 rows for a chunk of a thousand, past jit_above_cost, and compiled
    # every chunk's query: 450 ms of JIT for a 20 ms query (the decisions took 135 s
    # instead of 7). The export's other queries take a second at most: JIT never pays.
    SETTINGS = ("SET LOCAL jit = off",)

    @staticmethod
    def chunk_plans(conn: Any, on: bool) -> None:
        """Index lookups only, for the rest of this transaction (`on`), or the server's own
        choice again. A chunk is a thousand keys, but the planner guesses x_req's rows at
        twice that and then reads all of itinerary_leg or debrief (575,000 and 370,000 rows
        on the 500k store) into a hash for every chunk: 140 ms a chunk where the index
        lookups take 14."""
        for name in ("enable_seqscan", "enable_hashjoin", "enable_mergejoin"):
            conn.execute(f"SET LOCAL {name} {'= off' if on else 'TO DEFAULT'}")

    @staticmethod
    def cursor(conn: Any) -> Any:
        """A cursor that hands text over as the UTF-8 bytes the server sent (a chunk goes to
        the files as bytes; decoding and encoding it again would cost a copy each way)."""
        from psycopg.adapt import Loader
        from psycopg.pq import Format

        class RawText(Loader):
            format = Format.BINARY

            def load(self, data: Any) -> bytes:
                return bytes(data)

        cur = conn.cursor()
        cur.adapters.register_loader("text", RawText)
        return cur

    def read_chunk(self, cur: Any, table: Table, sql: str, lo: int, hi: int,
                   stat_key: bool, xlsx: bool) -> Chunk:
        """The rows whose chunk key is in [lo, hi) (chunk_sql's `sql`, on a `cursor()`)."""
        row = self.run(cur, sql, {"lo": lo, "hi": hi}, binary=True).fetchone()
        k = int(row[0])
        if not k:
            return Chunk(0, b"", b"")
        blobs = [self._unmask(b) for b in row[1:]]
        n_json = sum(c.kind == "json" for c in table.columns)
        csv, slots = blobs[0], blobs[1] if n_json else None
        json, stat = blobs[1 + bool(n_json)], blobs[2 + bool(n_json)] if stat_key else None
        xml = blobs[-1] if xlsx else None
        fields = len(table.columns)
        if (csv.count(_FIELD) != k * (fields - 1) or csv.count(_ROW) != k - 1
                or csv.count(_SLOT) != k * n_json
                or (slots is not None and slots.count(_ROW) != k * n_json - 1)
                or (xml is not None and not _xml_shaped(xml, k, fields))):
            return self._read_rows(cur, table, lo, hi, k, stat_key, xlsx)
        return Chunk(k, csv.translate(_CSV_BYTES), json,
                     slots.translate(_CSV_BYTES) if slots is not None else None, stat,
                     xml.translate(_XML_BYTES) if xml is not None else None)

    def _read_rows(self, cur: Any, table: Table, lo: int, hi: int, k: int, stat_key: bool,
                   xlsx: bool) -> Chunk:
        """A chunk where a value holds one of the markers: its rows one by one, joined here
        as chunk_sql joins them."""
        self.fallbacks += 1
        cols = table.columns
        n = len(cols)
        csv_rows: list[bytes] = []
        slot_rows: list[bytes] = []
        xml_rows: list[bytes] = []
        json_rows: list[bytes] = []
        stats: list[bytes] = []
        for row in self.run(cur, self.rows_sql(table, stat_key), {"lo": lo, "hi": hi},
                            binary=True):
            vals: list[bytes | None] = list(row[:n])
            csv_rows.append(CSV_FIELD.join(CSV_SLOT if c.kind == "json" else v or b""
                                           for c, v in zip(cols, vals, strict=True)))
            slot_rows += [_csv_quote(v or b"") for c, v in zip(cols, vals, strict=True)
                          if c.kind == "json"]
            json_rows.append(row[n])
            if stat_key:
                stats.append(row[n + 1])
            if xlsx:
                xml_rows.append(_ROW_B + b"".join(
                    (_NULL_B if v is None else _NUM_B + v + _NEND_B)
                    if c.kind in ("int", "bool") else _TEXT_B + (v or b"") + _TEND_B
                    for c, v in zip(cols, vals, strict=True)) + _END_B)
        if len(json_rows) != k:
            raise RuntimeError(f"{table.name}: {len(json_rows)} rows where {k} were counted")
        return Chunk(k, self._unmask(CSV_ROW.join(csv_rows)), self._unmask(b"\n".join(json_rows)),
                     CSV_ROW.join(slot_rows) if slot_rows else None,
                     b"\x1e".join(stats) if stat_key else None,
                     self._unmask(b"".join(xml_rows)) if xlsx else None)

    def _unmask(self, data: bytes) -> bytes:
        if self.pseudo is None or self.mark.encode() not in data:
            return data
        pseudo = self.pseudo

        def swap(m: re.Match[bytes]) -> bytes:
            return (pseudo(m.group(1).decode()) or "").encode()

        return self._mark_re.sub(swap, data)

    # ---- the rest of the bundle ------------------------------------------------------------

    def request_keys(self, cur: Any) -> dict[str, int]:
        """The period's requests counted by their summary key, for a bundle without the
        requests table (with it, the keys are counted as its rows go by)."""
        sql = (f"WITH {self.x_req_sql(False)} SELECT {_STAT_KEY}, count(*) FROM x_req x "
               "JOIN travel_request t ON t.id = x.id JOIN person p ON p.id = t.person_id "
               "GROUP BY 1")
        return {str(k): int(v) for k, v in self.run(cur, sql).fetchall()}

    def by_country(self, cur: Any) -> list[tuple[str, int]]:
        sql = (f"WITH {self.x_req_sql(False)} SELECT l.country, count(DISTINCT l.request_id) "
               "FROM itinerary_leg l WHERE l.request_id IN (SELECT id FROM x_req) "
               "GROUP BY l.country ORDER BY 2 DESC, 1")
        return [(str(k or "—"), int(v)) for k, v in self.run(cur, sql).fetchall()]

    def letters(self, cur: Any) -> Any:
        """(id, registration number, signed at as the file shows it, pdf) in id order."""
        table = BY_NAME["letters"]
        where = units_clause(table.where_sql, self.units)
        sql = (f"SELECT r.id, r.registration_number, to_char(r.signed_at, "
               f"'YYYY-MM-DD HH24:MI:SS'), r.pdf FROM {table.from_sql} "
               f"WHERE {where} AND r.pdf IS NOT NULL ORDER BY r.id")
        return self.run(cur, sql)

    AUDIT_JSON = ("SELECT '{\"seq\":' || seq || ',\"at\":' || to_json(at)::text || "
                  "',\"username\":' || to_json(username)::text || ',\"acting_for\":' || "
                  "coalesce(to_json(acting_for)::text, 'null') || ',\"action\":' || "
                  "to_json(action)::text || ',\"entity\":' || coalesce(to_json(entity)::text, "
                  "'null') || ',\"entity_id\":' || coalesce(to_json(entity_id)::text, 'null') || "
                  "',\"before\":' || coalesce(to_json(before)::text, 'null') || ',\"after\":' || "
                  "coalesce(to_json(after)::text, 'null') || ',\"prev_hash\":' || "
                  "to_json(prev_hash)::text || ',\"hash\":' || to_json(hash)::text || '}' "
                  "FROM audit_entry WHERE seq > %s AND seq <= %s ORDER BY seq")
