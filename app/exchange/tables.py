"""The inspection bundle's tables: columns, their Lithuanian and English names, and the SQL
that turns a chunk of a period's rows into CSV lines, JSON objects and XLSX rows, built by
SQLite in C and handed over as one BLOB per chunk and format."""

from __future__ import annotations

from dataclasses import dataclass

# Record kinds an export may be limited to (--only); each names the tables it brings.
KINDS: dict[str, tuple[str, ...]] = {
    "people": ("people",),
    "clearances": ("clearances", "clearance_events"),
    "requests": ("requests", "itinerary_legs", "companions", "foreign_contacts",
                 "request_events"),
    "decisions": ("decisions",),
    "declarations": ("declarations",),
    "debriefs": ("debriefs",),
    "violations": ("violations",),
    "letters": ("letters",),
    "audit": (),
}


@dataclass(frozen=True)
class Column:
    key: str  # English key: the JSON Lines field, and in brackets in the CSV header
    lt: str  # Lithuanian header
    en: str  # English description (README)
    sql: str  # expression over the FROM clause's aliases
    kind: str = "text"  # text | int | date | datetime | bool | json | code

    @property
    def header(self) -> str:
        return f"{self.lt} ({self.key})"


@dataclass(frozen=True)
class Table:
    name: str
    lt_title: str
    en_title: str
    columns: tuple[Column, ...]
    from_sql: str
    where_sql: str = ""
    order_sql: str = ""

    def value_sql(self, c: Column, pseudonym: str | None) -> str:
        """The column's value as the CSV and XLSX show it."""
        if c.kind == "datetime":
            return f"substr({c.sql}, 1, 19)"
        if c.kind == "code" and pseudonym:
            return f"{pseudonym}({c.sql})"
        return c.sql

    def json_sql(self, pseudonym: str | None) -> str:
        pairs: list[str] = []
        for c in self.columns:
            if c.kind == "bool":
                j = f"json(CASE WHEN {c.sql} IS NULL THEN 'null' WHEN {c.sql} THEN 'true' " \
                    "ELSE 'false' END)"
            elif c.kind == "json":
                j = f"json(coalesce({c.sql}, 'null'))"
            else:
                j = self.value_sql(c, pseudonym)
            pairs.append(f"'{c.key}', {j}")
        # json_object takes at most SQLITE_MAX_FUNCTION_ARG (default 127 since 3.48, older
        # builds 100) arguments; every table here has far fewer than 50 columns.
        return f"json_object({', '.join(pairs)})"

    @property
    def chunk_key(self) -> str:
        """The leading sort column: chunks are ranges of it, so a chunk's rows are the rows
        between two of its values, in order."""
        return self.order_sql.split(",")[0].strip()

    @property
    def per_request(self) -> bool:
        """The table's rows hang off the period's requests (x_req): chunks follow x_req's."""
        return self.from_sql.startswith("x_req x ")

    def csv_sql(self, pseudonym: str | None, concat_ws: bool = True) -> str:
        """The row's values as CSV shows them, joined by the byte FE, which UTF-8 text never
        holds: the export swaps it for ';' and quotes, in Python and only where a value
        needs it, as the csv module would (a GLOB per value in SQL costs far more)."""
        vals = [CSV_SLOT_SQL if c.kind == "json" else
                f"coalesce({self.value_sql(c, pseudonym)}, '')" for c in self.columns]
        return _join(CSV_FIELD_SQL, vals, concat_ws)

    def csv_json_sql(self, concat_ws: bool = True) -> str | None:
        """JSON text nearly always holds quotes: its CSV values come apart, quoted here as
        csv quotes them (row by row, joined by FF), and go into the FD slots csv_sql leaves,
        so that the rest of a chunk can still pass through untouched."""
        vals = []
        for c in self.columns:
            if c.kind == "json":
                v = f"coalesce({c.sql}, '')"
                vals.append(f"iif({v} GLOB '*[\";\n\r]*', "
                            f"'\"' || replace({v}, '\"', '\"\"') || '\"', {v})")
        return _join(CSV_ROW_SQL, vals, concat_ws) if vals else None

    def xml_sql(self, pseudonym: str | None, concat_ws: bool = True) -> str:
        """The row as an XLSX <row> in marker bytes that UTF-8 never holds (see XML_MARKUP):
        text cells and number cells around the values as they are. The export escapes the
        whole chunk for XML and then swaps the markers for markup, in a few bytes.replace()
        calls, far cheaper than replace() per value in SQL."""
        cells: list[str] = []
        for c in self.columns:
            v = self.value_sql(c, pseudonym)
            if c.kind in ("int", "bool"):
                cells.append(f"CASE typeof({v}) WHEN 'integer' THEN X'FC' || {v} || X'FB' "
                             f"WHEN 'null' THEN X'FA' ELSE X'FE' || {v} || X'FD' END")
            else:
                cells += ["X'FE'", f"coalesce({v}, '')", "X'FD'"]
        return _join("", ["X'F9'", *cells, "X'F8'"], concat_ws)

    def where(self, units: tuple[str, ...]) -> str:
        return units_clause(self.where_sql, units)

    def chunk_sql(self, parts: list[tuple[str, str]], units: tuple[str, ...] = ()) -> str:
        """Count, then for each (expression, separator) part the chunk's values joined into
        one BLOB, for the rows whose chunk key is in [:lo, :hi), in the table's order. One
        row comes back per chunk, built by SQLite without the GIL; Python only writes the
        bytes. The inner ORDER BY sets the order group_concat sees (SQLite feeds an
        aggregate in its subquery's order; the export tests compare every byte)."""
        where = self.where(units)
        cond = f"{self.chunk_key} >= :lo AND {self.chunk_key} < :hi"
        inner = ", ".join(f"{expr} AS v{i}" for i, (expr, _sep) in enumerate(parts))
        outer = ", ".join(f"CAST(group_concat(v{i}, {sep}) AS BLOB)"
                          for i, (_expr, sep) in enumerate(parts))
        return (f"SELECT count(*), {outer} FROM (SELECT {inner} FROM {self.from_sql} "
                f"WHERE {f'({where}) AND ' if where else ''}{cond} ORDER BY {self.order_sql})")

    def bounds_sql(self, every: int, units: tuple[str, ...] = ()) -> str:
        """Every `every`-th chunk key value of the table's rows: the chunks' lower bounds."""
        if self.per_request:
            return ("SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n "
                    f"FROM x_req) WHERE n % {every} = 1")
        where = self.where(units)
        return (f"SELECT k FROM (SELECT {self.chunk_key} AS k, row_number() OVER (ORDER BY "
                f"{self.chunk_key}) AS n FROM {self.from_sql}"
                f"{f' WHERE {where}' if where else ''}) WHERE n % {every} = 1")


# Bytes that never occur in UTF-8 text: between a CSV row's values (FE), between rows (FF),
# and a JSON value's slot (FD).
CSV_FIELD = b"\xfe"
CSV_ROW = b"\xff"
CSV_FIELD_SQL = "X'FE'"
CSV_ROW_SQL = "X'FF'"
CSV_SLOT = b"\xfd"  # where a JSON column's CSV value goes (see Table.csv_json_sql)
CSV_SLOT_SQL = "X'FD'"
# An XLSX row's markers (Table.xml_sql) and the markup each stands for, swapped in this order.
XML_MARKUP = ((b"\xf9", b"<row>"), (b"\xf8", b"</row>"),
              (b"\xfe", b'<c t="inlineStr"><is><t>'), (b"\xfd", b"</t></is></c>"),
              (b"\xfc", b"<c><v>"), (b"\xfb", b"</v></c>"), (b"\xfa", b"<c/>"))


def _join(sep: str, exprs: list[str], concat_ws: bool) -> str:
    """One string from many in a single allocation (concat_ws, SQLite 3.44+); a chain of ||
    on older builds. Every expression must be non-NULL (concat_ws skips NULLs). `sep` is an
    SQL literal ('x' or X'..') or plain text."""
    lit = sep if sep.startswith(("'", "X'")) else f"'{sep}'"
    if concat_ws:
        return f"concat_ws({lit}, {', '.join(exprs)})"
    glue = f" || {lit} || " if sep else " || "
    return "(" + glue.join(exprs) + ")"


def C(key: str, lt: str, en: str, sql: str, kind: str = "text") -> Column:  # noqa: N802
    return Column(key, lt, en, sql, kind)


def _user(col: str) -> str:
    """Who (a username) for a user id column: a LEFT JOIN on app_user added by _join_users
    (a correlated subquery per row costs SQLite about twice as much)."""
    return f"{{user:{col}}}"


# Every table's WHERE may use :units_filter substituted below; x_req holds the period's
# request ids (see export._select_requests).
TABLES: tuple[Table, ...] = (
    Table("people", "Asmenys", "People", (
        C("id", "ID", "record number", "p.id", "int"),
        C("personal_code", "Asmens kodas", "personal code (or its pseudonym)", "p.personal_code",
          "code"),
        C("last_name", "Pavardė", "last name", "p.last_name"),
        C("first_name", "Vardas", "first name", "p.first_name"),
        C("position", "Pareigos", "position", "p.position"),
        C("unit", "Padalinys", "unit", "p.unit"),
        C("category", "Kategorija", "staff category", "p.category"),
        C("nato_certificate", "NATO/ES pažymėjimas", "NATO/EU personnel security certificate",
          "p.nato_certificate"),
        C("nato_valid_until", "Pažymėjimas galioja iki", "certificate valid until",
          "p.nato_valid_until", "date"),
        C("created_at", "Sukurta", "created (UTC)", "p.created_at", "datetime"),
        C("updated_at", "Pakeista", "last changed (UTC)", "p.updated_at", "datetime"),
    ), "person p", "{units:p.unit}", "p.id"),
    Table("clearances", "Leidimai dirbti su įslaptinta informacija", "Clearances", (
        C("id", "ID", "record number", "c.id", "int"),
        C("person_id", "Asmens ID", "person record number", "c.person_id", "int"),
        C("personal_code", "Asmens kodas", "personal code (or its pseudonym)", "p.personal_code",
          "code"),
        C("level", "Lygis", "level", "c.level"),
        C("number", "Numeris", "number", "c.number"),
        C("issued", "Išduotas", "issued on", "c.issued", "date"),
        C("valid_until", "Galioja iki", "valid until", "c.valid_until", "date"),
        C("status", "Būsena", "status", "c.status"),
        C("updated_at", "Pakeista", "last changed (UTC)", "c.updated_at", "datetime"),
    ), "clearance c JOIN person p ON p.id = c.person_id", "{units:p.unit}", "c.id"),
    Table("clearance_events", "Leidimų istorija", "Clearance history", (
        C("id", "ID", "record number", "e.id", "int"),
        C("clearance_id", "Leidimo ID", "clearance record number", "e.clearance_id", "int"),
        C("at", "Kada", "when (UTC)", "e.at", "datetime"),
        C("status", "Būsena", "status after the change", "e.status"),
        C("level", "Lygis", "level after the change", "e.level"),
        C("valid_until", "Galioja iki", "valid until after the change", "e.valid_until", "date"),
        C("reason", "Priežastis", "reason", "e.reason"),
        C("user", "Naudotojas", "who made the change", _user("e.user_id")),
    ), "clearance_event e JOIN clearance c ON c.id = e.clearance_id "
       "JOIN person p ON p.id = c.person_id", "{units:p.unit}", "e.id"),
    Table("requests", "Prašymai", "Travel requests", (
        C("id", "ID", "request number", "t.id", "int"),
        C("person_id", "Asmens ID", "traveller's record number", "t.person_id", "int"),
        C("personal_code", "Asmens kodas", "traveller's personal code (or its pseudonym)",
          "p.personal_code", "code"),
        C("traveller", "Keliautojas", "traveller", "p.first_name || ' ' || p.last_name"),
        C("unit", "Padalinys", "traveller's unit", "p.unit"),
        C("state", "Būsena", "state", "t.state"),
        C("countries", "Šalys", "countries in visiting order (ISO codes)", "t.countries"),
        C("depart", "Išvykimas", "departure date", "t.depart", "date"),
        C("return_date", "Grįžimas", "return date", "t.return_date", "date"),
        C("crossing", "Pasienio punktas", "border crossing point", "t.crossing"),
        C("mode", "Transportas", "mode of travel", "t.mode"),
        C("purpose", "Tikslas", "purpose", "t.purpose"),
        C("reason_category", "Priežasties kategorija", "reason category", "t.reason_category"),
        C("lodging", "Apgyvendinimas", "lodging", "t.lodging"),
        C("home_contact", "Asmuo namuose", "person at home who knows the plan", "t.home_contact"),
        C("travel_document", "Kelionės dokumentas", "travel document", "t.travel_document"),
        C("declared", "Deklaruota", "declared instead of permitted (1/0)", "t.declared", "bool"),
        C("created_by", "Įvedė", "entered by", _user("t.created_by")),
        C("created_at", "Įvesta", "entered (UTC)", "t.created_at", "datetime"),
        C("submitted_at", "Pateikta", "submitted (UTC)", "t.submitted_at", "datetime"),
        C("updated_at", "Pakeista", "last changed (UTC)", "t.updated_at", "datetime"),
    ), "x_req x JOIN travel_request t ON t.id = x.id JOIN person p ON p.id = t.person_id",
       "", "x.id"),
    Table("itinerary_legs", "Maršrutas", "Itinerary legs", (
        C("id", "ID", "record number", "l.id", "int"),
        C("request_id", "Prašymo ID", "request number", "l.request_id", "int"),
        C("seq", "Eilė", "order in the itinerary", "l.seq", "int"),
        C("country", "Šalis", "country (ISO code)", "l.country"),
        C("place", "Vieta", "place", "l.place"),
        C("arrive", "Atvykimas", "arrival date", "l.arrive", "date"),
        C("leave", "Išvykimas", "departure date", "l.leave", "date"),
        C("stopover", "Tranzitas", "stopover (1/0)", "l.stopover", "bool"),
    ), "x_req x JOIN itinerary_leg l ON l.request_id = x.id", "", "x.id, l.seq"),
    Table("companions", "Palydovai", "Companions", (
        C("id", "ID", "record number", "c.id", "int"),
        C("request_id", "Prašymo ID", "request number", "c.request_id", "int"),
        C("name", "Vardas, pavardė", "name", "c.name"),
        C("citizenship", "Pilietybė", "citizenship", "c.citizenship"),
        C("relationship", "Ryšys", "relationship", "c.relationship"),
    ), "x_req x JOIN companion c ON c.request_id = x.id", "", "x.id, c.id"),
    Table("foreign_contacts", "Užsienio kontaktai", "Expected foreign contacts", (
        C("id", "ID", "record number", "c.id", "int"),
        C("request_id", "Prašymo ID", "request number", "c.request_id", "int"),
        C("name", "Vardas, pavardė", "name", "c.name"),
        C("description", "Aprašymas", "description", "c.description"),
    ), "x_req x JOIN foreign_contact c ON c.request_id = x.id", "", "x.id, c.id"),
    Table("request_events", "Prašymų eiga", "Request state changes", (
        C("id", "ID", "record number", "e.id", "int"),
        C("request_id", "Prašymo ID", "request number", "e.request_id", "int"),
        C("at", "Kada", "when (UTC)", "e.at", "datetime"),
        C("from_state", "Iš būsenos", "from state", "e.from_state"),
        C("to_state", "Į būseną", "to state", "e.to_state"),
        C("user", "Naudotojas", "who", _user("e.user_id")),
        C("note", "Pastaba", "note", "e.note"),
    ), "x_req x JOIN request_event e ON e.request_id = x.id", "", "x.id, e.id"),
    Table("decisions", "Sprendimai", "Decisions", (
        C("id", "ID", "record number", "d.id", "int"),
        C("request_id", "Prašymo ID", "request number", "d.request_id", "int"),
        C("outcome", "Sprendimas", "outcome (approve, deny, return)", "d.outcome"),
        C("reason", "Motyvai", "written reason", "d.reason"),
        C("conditions", "Sąlygos", "conditions (JSON list)", "d.conditions", "json"),
        C("debrief_due", "Pokalbis iki", "debrief due by", "d.debrief_due", "date"),
        C("decided_by", "Sprendė", "decided by", _user("d.decided_by")),
        C("acting_for", "Už ką", "on behalf of (delegation)", _user("d.acting_for")),
        C("decided_at", "Kada", "decided (UTC)", "d.decided_at", "datetime"),
        C("policy_version", "Politikos versija", "policy version in force", "d.policy_version_id",
          "int"),
        C("supersedes_id", "Pakeičia sprendimą", "replaces decision", "d.supersedes_id", "int"),
    ), "x_req x JOIN decision d ON d.request_id = x.id", "", "x.id, d.id"),
    Table("declarations", "Deklaracijos", "Declarations", (
        C("id", "ID", "record number", "d.id", "int"),
        C("request_id", "Prašymo ID", "request number", "d.request_id", "int"),
        C("declared_at", "Deklaruota", "declared (UTC)", "d.declared_at", "datetime"),
        C("statement", "Paaiškinimas", "statement", "d.statement"),
        C("reviewed_by", "Peržiūrėjo", "reviewed by", _user("d.reviewed_by")),
        C("reviewed_at", "Peržiūrėta", "reviewed (UTC)", "d.reviewed_at", "datetime"),
        C("review_outcome", "Peržiūros išvada", "review outcome", "d.review_outcome"),
        C("review_note", "Peržiūros pastaba", "review note", "d.review_note"),
        C("policy_version", "Politikos versija", "policy version in force", "d.policy_version_id",
          "int"),
    ), "x_req x JOIN declaration d ON d.request_id = x.id", "", "x.id"),
    Table("debriefs", "Pokalbiai po kelionės", "Debriefs", (
        C("id", "ID", "record number", "d.id", "int"),
        C("request_id", "Prašymo ID", "request number", "d.request_id", "int"),
        C("due", "Terminas", "due by", "d.due", "date"),
        C("recorded_at", "Užregistruota", "recorded (UTC)", "d.recorded_at", "datetime"),
        C("recorded_by", "Užregistravo", "recorded by", _user("d.recorded_by")),
        C("deviations", "Nukrypimai", "deviations from the itinerary", "d.deviations"),
        C("approaches", "Kontaktai su tarnybomis", "approaches", "d.approaches"),
        C("device_searches", "Įrenginių patikros", "device searches at the border",
          "d.device_searches"),
        C("contacts", "Kontaktai", "contacts", "d.contacts"),
        C("notes", "Pastabos", "notes", "d.notes"),
    ), "x_req x JOIN debrief d ON d.request_id = x.id", "", "x.id"),
    Table("violations", "Pažeidimai", "Violations", (
        C("id", "ID", "record number", "v.id", "int"),
        C("person_id", "Asmens ID", "person record number", "v.person_id", "int"),
        C("personal_code", "Asmens kodas", "personal code (or its pseudonym)", "p.personal_code",
          "code"),
        C("request_id", "Prašymo ID", "request number", "v.request_id", "int"),
        C("kind", "Pažeidimas", "kind", "v.kind"),
        C("occurred_on", "Data", "occurred on", "v.occurred_on", "date"),
        C("evidence", "Įrodymai", "evidence", "v.evidence"),
        C("recorded_by", "Užregistravo", "recorded by", _user("v.recorded_by")),
        C("recorded_at", "Užregistruota", "recorded (UTC)", "v.recorded_at", "datetime"),
        C("clearance_id", "Leidimo ID", "clearance withdrawn", "v.clearance_id", "int"),
    ), "violation v JOIN person p ON p.id = v.person_id",
       "((v.occurred_on >= :from AND v.occurred_on <= :to) OR "
       "(v.recorded_at >= :from AND v.recorded_at < :to1)) {and_units:p.unit}", "v.id"),
    Table("letters", "Raštai", "Letters", (
        C("id", "ID", "record number", "r.id", "int"),
        C("registration_number", "Registracijos Nr.", "registration number",
          "r.registration_number"),
        C("kind", "Rūšis", "kind (approval, denial, withdrawal)", "r.kind"),
        C("lang", "Kalba", "language", "r.lang"),
        C("request_id", "Prašymo ID", "request number", "r.request_id", "int"),
        C("decision_id", "Sprendimo ID", "decision number", "r.decision_id", "int"),
        C("violation_id", "Pažeidimo ID", "violation number", "r.violation_id", "int"),
        C("signed_at", "Pasirašyta", "signed (UTC)", "r.signed_at", "datetime"),
        C("signer_name", "Pasirašė", "signed by", "r.signer_name"),
        C("sha256", "SHA-256", "SHA-256 of the signed PDF", "r.sha256"),
    ), "letter r LEFT JOIN travel_request t ON t.id = r.request_id "
       "LEFT JOIN violation v ON v.id = r.violation_id "
       "LEFT JOIN person p ON p.id = coalesce(t.person_id, v.person_id)",
       "r.status = 'signed' AND r.signed_at >= :from AND r.signed_at < :to1 {and_units:p.unit}",
       "r.id"),
)



def _join_users(table: Table) -> Table:
    import dataclasses
    import re

    cols: list[Column] = []
    joins = ""
    for c in table.columns:
        m = re.fullmatch(r"\{user:([a-z_.]+)\}", c.sql)
        if m:
            alias = f"u_{c.key}"
            joins += f" LEFT JOIN app_user {alias} ON {alias}.id = {m.group(1)}"
            c = dataclasses.replace(c, sql=f"{alias}.username")
        cols.append(c)
    return dataclasses.replace(table, columns=tuple(cols), from_sql=table.from_sql + joins)


TABLES = tuple(_join_users(t) for t in TABLES)
BY_NAME = {t.name: t for t in TABLES}


def units_clause(template: str, units: tuple[str, ...]) -> str:
    """Fill {units:COL} / {and_units:COL} with an IN over the bound :u0.. parameters."""
    import re

    def repl(m: re.Match[str]) -> str:
        if not units:
            return ""
        cond = f"{m.group(2)} IN ({', '.join(f':u{i}' for i in range(len(units)))})"
        return f"AND {cond}" if m.group(1) == "and_units" else cond

    return re.sub(r"\{(units|and_units):([a-z_.]+)\}", repl, template).strip()
