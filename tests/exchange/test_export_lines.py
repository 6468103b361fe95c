"""The export's fast path: SQLite builds each CSV line, JSON object and XLSX row, Python checks
each batch and redoes only the rows whose values need CSV quoting or XML escaping. The output
must be what the csv module and an XLSX reader make of the same values."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from app.exchange.bundle_io import BundleWriter
from app.exchange.export import BATCH, ExportSpec, _write_table, _Xlsx
from app.exchange.tables import C, Table

TABLE = Table("things", "Daiktai", "Things", (
    C("id", "ID", "record number", "s.id", "int"),
    C("name", "Pavadinimas", "name", "s.name"),
    C("n", "Skaičius", "a number", "s.n", "int"),
    C("flag", "Žymė", "a flag", "s.flag", "bool"),
    C("conditions", "Sąlygos", "JSON list", "s.conditions", "json"),
    C("at", "Kada", "when", "s.at", "datetime"),
    C("note", "Pastaba", "note", "s.note"),
), "src s", "", "s.id")

TRICKY = ["a;b", 'say "hi"', "two\nlines", "cr\rhere", "x & y < z > w", "ctl\x01char",
          "Ąžuolaitis „kabutės“", "", None, "  spaces  "]


def _rows(n: int) -> list[tuple[object, ...]]:
    rows = []
    for i in range(1, n + 1):
        name = TRICKY[i % len(TRICKY)] if i % 997 == 0 or i < 20 else f"vardas {i}"
        rows.append((i, name, None if i % 7 == 0 else i * 3, i % 2,
                     json.dumps(["sąlyga; su \"kabutėmis\""] if i % 3 else []),
                     f"2026-11-{1 + i % 28:02d}T10:20:30.123456", "pastaba" if i % 5 else None))
    return rows


@pytest.mark.parametrize("as_zip", [False, True])
def test_lines_match_the_csv_module_json_and_xlsx(tmp_path: Path, as_zip: bool) -> None:
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE TABLE src (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, flag BOOLEAN, "
                 "conditions TEXT, at TEXT, note TEXT)")
    rows = _rows(2 * BATCH + 123)
    conn.executemany("INSERT INTO src VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    out = tmp_path / ("b.zip" if as_zip else "b")
    writer = BundleWriter(out, as_zip)
    book = _Xlsx(tmp_path / "t.xlsx")
    sheet = book.table(TABLE)
    n = _write_table(conn.cursor(), TABLE, ExportSpec(date(2026, 1, 1), date(2026, 12, 31)), {},
                     None, writer, sheet)
    sheet.close()
    book.close()
    writer.finish()
    assert n == len(rows)

    def read(name: str) -> bytes:
        if as_zip:
            import zipfile

            with zipfile.ZipFile(out) as z:
                return z.read(name)
        return (out / name).read_bytes()

    want = io.StringIO()
    w = csv.writer(want, delimiter=";", lineterminator="\r\n")
    w.writerow([c.header for c in TABLE.columns])
    shown = [(r[0], r[1], r[2], r[3], r[4], str(r[5])[:19], r[6]) for r in rows]
    w.writerows(shown)
    assert read("csv/things.csv") == b"\xef\xbb\xbf" + want.getvalue().encode()

    objs = [json.loads(x) for x in read("jsonl/things.jsonl").decode().splitlines()]
    assert len(objs) == len(rows)
    for o, r in zip(objs, rows, strict=True):
        assert o == {"id": r[0], "name": r[1], "n": r[2], "flag": bool(r[3]),
                     "conditions": json.loads(str(r[4])), "at": str(r[5])[:19], "note": r[6]}

    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "t.xlsx", read_only=True)
    got = list(wb["things"].iter_rows(values_only=True))
    wb.close()
    assert list(got[0]) == [c.header for c in TABLE.columns]
    for g, r in zip(got[1:], shown, strict=True):
        expect = []
        for v in r:
            if isinstance(v, str):  # XML drops control characters; CR reads back as LF
                v = "".join(ch for ch in v if ch >= " " or ch in "\t\n\r").replace("\r", "\n")
                v = v or None  # an empty inline string reads back as no value
            expect.append(v)
        assert [x if x != "" else None for x in g] == expect, r
