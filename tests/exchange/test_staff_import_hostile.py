"""HR staff import of hostile and careless files: zip bombs, nested archives, XML entity
expansion, huge cells, and text that hides characters. Each is refused in one sentence and
nothing is read or imported."""

from __future__ import annotations

import io
import resource
import time
import zipfile
from pathlib import Path

import pytest

from app.exchange import staff_import
from app.exchange.staff_import import parse_staff_bytes
from tests.exchange.test_staff_import import P1, P2, P3, csv_bytes, error_codes, person, write_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def workbook(tmp_path: Path) -> bytes:
    f = tmp_path / "hr.xlsx"
    rows: list[list[object]] = [[*person(P1)], [*person(P2)]]
    write_xlsx(f, rows)
    return f.read_bytes()


def with_part(book: bytes, name: str, write: object, *, level: int = 9) -> bytes:
    """The workbook with part `name` replaced: `write(stream)` writes its new content."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(book)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        info._compresslevel = level  # type: ignore[attr-defined]
        with dst.open(info, "w", force_zip64=True) as f:
            write(f)  # type: ignore[operator]
    return out.getvalue()


def sheet_with_rows(rows: bytes, repeat: int) -> object:
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')

    def write(f: io.BufferedIOBase) -> None:
        f.write(head)
        for _ in range(repeat):
            f.write(rows)
        f.write(b"</sheetData></worksheet>")
    return write


def refused(result: staff_import.StaffImportParse, code: str) -> str:
    assert result.rows == ()
    assert error_codes(result) == [(1, code)]
    message = result.errors[0].message
    assert message.count(". ") == 0 and message.endswith("."), message  # one sentence
    return message


def test_a_workbook_that_unpacks_past_the_limit_is_refused_from_its_directory(
        tmp_path: Path) -> None:
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 1000 + b"</t></is></c></row>"
    size = staff_import.XLSX_MAX_UNPACKED + (8 << 20)
    bomb = with_part(workbook(tmp_path), SHEET, sheet_with_rows(row * 1000, size // len(row)
                                                                // 1000), level=1)
    assert len(bomb) < staff_import.XLSX_MAX_UNPACKED // 50
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    message = refused(parse_staff_bytes(bomb, "bomba.xlsx"), "xlsx_too_large")
    assert time.process_time() - start < 1.0
    # Nothing was inflated: the peak resident set did not grow by the sheet's size.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 64 * 1024
    assert "bomba.xlsx" in message and "MB" in message


def test_a_part_packed_too_tightly_is_refused(tmp_path: Path) -> None:
    row = b'<row r="1"><c r="A1"><v>1</v></c></row>'
    bomb = with_part(workbook(tmp_path), SHEET, sheet_with_rows(row * 1000, 500))  # ~20 MB
    message = refused(parse_staff_bytes(bomb, "x.xlsx"), "xlsx_ratio")
    assert SHEET in message and "times" in message


def test_a_workbook_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook(tmp_path))) as src, \
            zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for i in range(staff_import.XLSX_MAX_PARTS):
            dst.writestr(f"xl/media/p{i}.xml", b"<x/>")
    refused(parse_staff_bytes(out.getvalue(), "x.xlsx"), "xlsx_too_many_parts")


def test_a_nested_archive_is_refused(tmp_path: Path) -> None:
    inner = workbook(tmp_path)  # a whole workbook where the sheet's XML should be
    bomb = with_part(inner, SHEET, lambda f: f.write(inner))
    message = refused(parse_staff_bytes(bomb, "x.xlsx"), "xlsx_nested")
    assert SHEET in message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_is_refused_before_any_parser_sees_it(tmp_path: Path,
                                                             encoding: str) -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
           f"<!DOCTYPE worksheet [{entities}]>"
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
           "</sheetData></worksheet>").encode(encoding)
    bomb = with_part(workbook(tmp_path), SHEET, lambda f: f.write(xml))
    message = refused(parse_staff_bytes(bomb, "x.xlsx"), "xlsx_doctype")
    assert "DOCTYPE" in message and SHEET in message


def test_xml_that_is_not_well_formed_is_one_sentence_not_a_traceback(tmp_path: Path) -> None:
    bomb = with_part(workbook(tmp_path), SHEET, lambda f: f.write(b"<worksheet><sheetData>"))
    assert error_codes(parse_staff_bytes(bomb, "x.xlsx")) == [(1, "unreadable_xlsx")]


def test_a_sheet_claiming_every_column_reads_only_its_cells(tmp_path: Path) -> None:
    book = workbook(tmp_path)
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        xml = z.read(SHEET)
    xml = xml.replace(b'<dimension ref="A1:J3"/>', b'<dimension ref="A1:XFD1048576"/>')
    assert b"XFD1048576" in xml
    start = time.process_time()
    r = parse_staff_bytes(with_part(book, SHEET, lambda f: f.write(xml)), "x.xlsx")
    assert r.errors == () and [row.personal_code for row in r.rows] == [P1, P2]
    assert time.process_time() - start < 2.0


def test_a_file_of_too_many_lines_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staff_import, "MAX_LINES", 3)
    assert parse_staff_bytes(csv_bytes([person(P1), person(P2)]), "x.csv").errors == ()
    refused(parse_staff_bytes(csv_bytes([person(P1), person(P2), person(P3)]), "x.csv"),
            "too_many_lines")


def test_a_csv_cell_past_the_csv_limit_names_its_line() -> None:
    data = csv_bytes([person(P1), person(P2, position="x" * 200_000), person(P3)])
    message = refused(parse_staff_bytes(data, "x.csv"), "csv_cell_too_large")
    assert "Line 3 " in message and str(staff_import.MAX_CSV_CELL) in message


def test_a_cell_longer_than_the_store_holds_names_line_and_column() -> None:
    data = csv_bytes([person(P1), person(P2, last_name="Ž" * 101), person(P3, unit="u" * 200)])
    r = parse_staff_bytes(data, "x.csv")
    assert [row.line for row in r.rows] == [2, 4]  # the service imports none of them
    assert [(e.line, e.code, e.column) for e in r.errors] == [(3, "too_long", "last_name")]
    assert "101 characters" in r.errors[0].message and "at most 100" in r.errors[0].message


@pytest.mark.parametrize(("column", "value", "shown"), [
    ("last_name", "Žuk\x00auskas", "\\x00"),
    ("first_name", "Ona\x07", "\\x07"),
    ("position", "\x1b[2J\x1b[31mVadovas", "\\x1b"),
    ("unit", "Skyrius \u202egnp.exe", "\\u202e"),
    ("unit", "Sky\u2066rius", "\\u2066"),
    ("last_name", "Jonai\u200btis", "\\u200b"),
    ("first_name", "\ufeffJonas", "\\ufeff"),
    ("clearance_number", "S-1\u200d7", "\\u200d"),
])
def test_hidden_characters_are_refused_with_line_and_column(column: str, value: str,
                                                            shown: str) -> None:
    data = csv_bytes([person(P1), person(P2, **{column: value})])
    r = parse_staff_bytes(data, "x.csv")
    assert [(e.line, e.code, e.column) for e in r.errors] == [(3, "hidden_character", column)]
    message = r.errors[0].message
    assert shown in message and "U+" in message
    assert not any(ch in message for ch in "\x00\x07\x1b\u202e\u2066\u200b\ufeff\u200d")
