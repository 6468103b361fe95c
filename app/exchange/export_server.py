"""The inspection bundle's reads on a PostgreSQL server: one REPEATABLE READ, READ ONLY snapshot
shared by every connection (pg_export_snapshot), and each chunk's CSV lines, JSON objects and
XLSX rows built by the server, byte for byte as the file store's path (app.exchange.export
with SQLite) builds them for the same data.

The file store keeps dates and times as ISO text and booleans as 0/1; the server keeps real
types. Each column's value is first turned into the text SQLite holds (Table.value_sql: a
date as YYYY-MM-DD, a timestamp to the second, a boolean as 1/0), then quoted and escaped as
the file path does in Python and SQLite: the CSV module's minimal quoting with ';' and the
formula neutralising apostrophe, SQLite's json_object (to_json escapes the same characters),
and the XLSX cell markup with the text escaped for XML and stripped of what XML cannot hold.
A READ ONLY transaction may not make a temporary table, so the period's requests (x_req) are
a common table expression, limited to each chunk's range of request ids.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import Any

from app.exchange.tables import BY_NAME, Column, Table, units_clause

# Pseudonyms are made here (HMAC under a key that never leaves this process): the server
# wraps each masked code in a marker made of a random nonce, which no stored text can hold
# since it did not exist when the snapshot was taken, and the marker is swapped afterwards.
_MARK_END = "\x02"

_XML_STRIP = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) + "\ufffe\uffff"
_CSV_LEADS = ("=", "+", "-", "@", "\t", "\r")
_CSV_SPECIAL = "'[;\"\r\n]'"  # what the csv module quotes (a regex of raw chars)


def _lit(text: str) -> str:
    """A string literal (standard_conforming_strings: only the quote doubles)."""
    return "'" + text.replace("'", "''") + "'"


def pg_params(sql: str) -> str:
    """SQLite's :name placeholders as psycopg's %(name)s (a literal % doubled first)."""
    return re.sub(r"(?<![:\w]):([a-z][a-z0-9_]*)", r"%(\1)s", sql.replace("%", "%%"))


class ServerReader:
    """What the export reads, in the snapshot's connections (psycopg), as the bytes the file
    path writes. `pseudo` masks personal codes (None: in clear)."""

    def __init__(self, spec_units: tuple[str, ...], params: dict[str, Any],
                 pseudo: Callable[[str | None], str | None] | None) -> None:
        self.units = spec_units
        self.params = params
        self.pseudo = pseudo
        self.mark = "\x01pd" + secrets.token_hex(8) + ":" if pseudo is not None else ""
        self._mark_re = re.compile(re.escape(self.mark.encode()) + rb"([^\x02]*)\x02")

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

    def run(self, cur: Any, sql: str, extra: dict[str, Any] | None = None) -> Any:
        args = {**self.params, **(extra or {})}
        cur.execute(pg_params(sql), {k: v for k, v in args.items() if f":{k}" in sql})
        return cur

    def count_requests(self, cur: Any) -> int:
        return int(self.run(cur, f"WITH {self.x_req_sql(False)} SELECT count(*) FROM x_req")
                   .fetchone()[0])

    def _from(self, table: Table, ranged: bool) -> str:
        return f"WITH {self.x_req_sql(ranged)} " if table.per_request else ""

    def exists(self, cur: Any, table: Table) -> bool:
        where = table.where(self.units)
        sql = (f"{self._from(table, False)}SELECT EXISTS (SELECT 1 FROM {table.from_sql}"
               f"{f' WHERE {where}' if where else ''})")
        return bool(self.run(cur, sql).fetchone()[0])

    def bounds(self, cur: Any, table: Table, every: int) -> list[int]:
        """Every `every`-th chunk key value: the chunks' lower bounds."""
        if table.per_request:
            sql = (f"WITH {self.x_req_sql(False)} SELECT id FROM (SELECT id, row_number() "
                   f"OVER (ORDER BY id) AS n FROM x_req) s WHERE n % {every} = 1 ORDER BY id")
        else:
            where = table.where(self.units)
            sql = (f"SELECT k FROM (SELECT {table.chunk_key} AS k, row_number() OVER (ORDER BY "
                   f"{table.chunk_key}) AS n FROM {table.from_sql}"
                   f"{f' WHERE {where}' if where else ''}) s WHERE n % {every} = 1 ORDER BY k")
        return [int(r[0]) for r in self.run(cur, sql).fetchall()]

    # ---- one column's value in each format ---------------------------------------------------

    def _text(self, c: Column) -> str:
        """The value as the file store's SQL shows it (Table.value_sql), NULL kept."""
        if c.kind == "date":
            return f"to_char({c.sql}, 'YYYY-MM-DD')"
        if c.kind == "datetime":
            return f"to_char({c.sql}, 'YYYY-MM-DD HH24:MI:SS')"
        if c.kind == "bool":
            return f"CASE WHEN {c.sql} THEN '1' WHEN NOT {c.sql} THEN '0' END"
        if c.kind == "int":
            return f"({c.sql})::text"
        return f"({c.sql})::text"

    def _masked(self, c: Column) -> bool:
        return c.kind == "code" and self.pseudo is not None

    def _marked(self, c: Column) -> str:
        return f"({_lit(self.mark)} || {c.sql} || {_lit(_MARK_END)})"

    @staticmethod
    def _csv_quote(v: str) -> str:
        return (f"CASE WHEN {v} ~ {_CSV_SPECIAL} "
                f"THEN '\"' || replace({v}, '\"', '\"\"') || '\"' ELSE {v} END")

    @staticmethod
    def _csv_neutral(v: str) -> str:
        leads = ", ".join(_lit(x) for x in _CSV_LEADS)
        return f"CASE WHEN left({v}, 1) IN ({leads}) THEN '''' || {v} ELSE {v} END"

    def csv_cell(self, c: Column) -> str:
        if self._masked(c):
            return f"coalesce({self._marked(c)}, '')"
        v = f"coalesce({self._text(c)}, '')"
        if c.kind in ("date", "datetime", "bool"):
            return v  # digits and dashes: never quoted, never a formula
        if c.kind == "json":  # quoted first, then neutralised (export.Table.csv_json_sql)
            return self._csv_neutral(f"({self._csv_quote(v)})")
        return self._csv_quote(f"({self._csv_neutral(v)})")

    def json_value(self, c: Column) -> str:
        if self._masked(c):
            return f"coalesce('\"' || {self._marked(c)} || '\"', 'null')"
        if c.kind == "int":
            return f"coalesce(({c.sql})::text, 'null')"
        if c.kind == "bool":
            return f"CASE WHEN {c.sql} THEN 'true' WHEN NOT {c.sql} THEN 'false' ELSE 'null' END"
        if c.kind == "json":
            # SQLite's json() gives the stored JSON without whitespace; the JSON columns hold
            # flat lists (decisions.conditions), whose strings to_json escapes as SQLite does.
            e = "e.v"
            return (f"CASE WHEN {c.sql} IS NULL THEN 'null' "
                    f"WHEN jsonb_typeof(({c.sql})::jsonb) = 'array' THEN (SELECT '[' || "
                    f"coalesce(string_agg(CASE jsonb_typeof({e}) WHEN 'string' THEN "
                    f"to_json({e} #>> '{{}}')::text ELSE {e}::text END, ',' ORDER BY e.n), '')"
                    f" || ']' FROM jsonb_array_elements(({c.sql})::jsonb) WITH ORDINALITY "
                    f"AS e(v, n)) ELSE (({c.sql})::jsonb)::text END")
        return f"coalesce(to_json({self._text(c)})::text, 'null')"

    def json_line(self, table: Table) -> str:
        parts = [f"'{'{' if i == 0 else ','}\"{c.key}\":' || {self.json_value(c)}"
                 for i, c in enumerate(table.columns)]
        return "(" + " || ".join(parts) + " || '}')"

    def xml_cell(self, c: Column) -> str:
        if c.kind in ("int", "bool"):
            v = self._text(c)
            return f"CASE WHEN {c.sql} IS NULL THEN '<c/>' ELSE '<c><v>' || {v} || '</v></c>' END"
        if self._masked(c):
            v = f"coalesce({self._marked(c)}, '')"
        else:
            raw = f"({c.sql})::text" if c.kind == "json" else self._text(c)
            v = (f"translate(replace(replace(replace(coalesce({raw}, ''), '&', '&amp;'), "
                 f"'<', '&lt;'), '>', '&gt;'), {_lit(_XML_STRIP)}, '')")
        return f"'<c t=\"inlineStr\"><is><t>' || {v} || '</t></is></c>'"

    def xml_row(self, table: Table) -> str:
        return "('<row>' || " + " || ".join(self.xml_cell(c) for c in table.columns) + \
            " || '</row>')"

    # ---- chunks ----------------------------------------------------------------------------

    def chunk_sql(self, table: Table, parts: list[tuple[str, str]]) -> str:
        """Count, then each (expression, separator) part aggregated over the chunk's rows in
        the table's order, for chunk keys in [:lo, :hi)."""
        where = table.where(self.units)
        cond = f"{table.chunk_key} >= :lo AND {table.chunk_key} < :hi"
        order = [o.strip() for o in table.order_sql.split(",")]
        inner = ", ".join([*(f"{expr} AS v{i}" for i, (expr, _s) in enumerate(parts)),
                           *(f"{o} AS o{j}" for j, o in enumerate(order))])
        by = ", ".join(f"o{j}" for j in range(len(order)))
        outer = ", ".join(f"string_agg(v{i}, {sep} ORDER BY {by})"
                          for i, (_e, sep) in enumerate(parts))
        return (f"{self._from(table, True)}SELECT count(*), {outer} FROM (SELECT {inner} "
                f"FROM {table.from_sql} WHERE {f'({where}) AND ' if where else ''}{cond}) s")

    def rows_sql(self, table: Table, stat_key: bool) -> str:
        csv_line = "(" + " || ';' || ".join(self.csv_cell(c) for c in table.columns) + ")"
        parts = [(csv_line, "E'\\r\\n'"), (self.json_line(table), "E'\\n'")]
        if stat_key:
            parts.append(("coalesce(t.state, '') || chr(31) || coalesce(to_char(t.depart, "
                          "'YYYY-MM'), '') || chr(31) || coalesce(p.unit, '')", "chr(30)"))
        return self.chunk_sql(table, parts)

    def xml_sql(self, table: Table) -> str:
        return self.chunk_sql(table, [(self.xml_row(table), "''")])

    def chunk(self, cur: Any, sql: str, lo: int, hi: int) -> tuple[Any, ...]:
        row = self.run(cur, sql, {"lo": lo, "hi": hi}).fetchone()
        return (row[0], *(self._unmask(v) if isinstance(v, str) else v for v in row[1:]))

    def _unmask(self, text: str) -> bytes:
        data = text.encode("utf-8")
        if self.pseudo is None or self.mark.encode() not in data:
            return data
        pseudo = self.pseudo

        def swap(m: re.Match[bytes]) -> bytes:
            return (pseudo(m.group(1).decode()) or "").encode()

        return self._mark_re.sub(swap, data)

    # ---- the rest of the bundle ------------------------------------------------------------

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
