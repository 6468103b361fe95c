"""HR staff import: real CSV and XLSX files, every kind of bad row, and speed."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.enums import ClearanceLevel, StaffCategory
from app.domain.personal_code import Sex, make_personal_code
from app.exchange.staff_import import (
    COLUMNS,
    ClearanceRow,
    StaffImportParse,
    parse_staff_bytes,
    parse_staff_file,
)

HEADER = list(COLUMNS)
SEXES: tuple[Sex, Sex] = ("M", "F")
P1 = make_personal_code("F", date(1985, 3, 14), 17)
P2 = make_personal_code("M", date(1972, 12, 1), 401)
P3 = make_personal_code("M", date(2001, 7, 9), 5)


def csv_bytes(rows: list[list[str]], sep: str = ",", bom: bool = False) -> bytes:
    def q(cell: str) -> str:
        return (
            f'"{cell.replace(chr(34), chr(34) * 2)}"'
            if sep in cell or '"' in cell or "\n" in cell
            else cell
        )

    text = "\r\n".join(sep.join(q(c) for c in r) for r in [HEADER, *rows]) + "\r\n"
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def person(code: str = P1, **over: str) -> list[str]:
    row = dict(
        personal_code=code,
        last_name="Žukauskienė",
        first_name="Ąžuolė",
        position="Vyriausioji specialistė",
        unit="Saugumo skyrius",
        category="valstybės tarnautojas",
        clearance_level="Slaptai",
        clearance_number="S-2024-17",
        clearance_issued="2024-01-15",
        clearance_valid_until="2029-01-14",
    )
    row.update(over)
    return [row[c] for c in HEADER]


def error_codes(result: StaffImportParse) -> list[tuple[int, str]]:
    return [(e.line, e.code) for e in result.errors]


def test_csv_with_bom_and_semicolons(tmp_path: Path) -> None:
    f = tmp_path / "hr.csv"
    f.write_bytes(
        csv_bytes(
            [person(), person(P2, position="Skyriaus vedėjas; pavaduotojas", category="Soldier")],
            sep=";",
            bom=True,
        )
    )
    r = parse_staff_file(f)
    assert r.ok and len(r.rows) == 2
    a, b = r.rows
    assert (a.personal_code, a.last_name, a.first_name, a.line) == (P1, "Žukauskienė", "Ąžuolė", 2)
    assert a.category is StaffCategory.CIVIL_SERVANT
    assert a.clearance == ClearanceRow(
        ClearanceLevel.SECRET, "S-2024-17", date(2024, 1, 15), date(2029, 1, 14)
    )
    assert b.position == "Skyriaus vedėjas; pavaduotojas" and b.line == 3
    assert b.category is StaffCategory.SOLDIER


def test_csv_with_commas_no_bom_any_header_order_and_case(tmp_path: Path) -> None:
    header = [f"  {c.upper()} " for c in reversed(HEADER)]
    body = [list(reversed(person(P3, category="STATUTINIS  valstybės tarnautojas")))]
    text = "\n".join(",".join(r) for r in [header, *body]) + "\n"
    f = tmp_path / "hr.CSV"
    f.write_text(text, encoding="utf-8")
    r = parse_staff_file(f)
    assert r.ok, r.errors
    assert r.rows[0].category is StaffCategory.STATUTORY_OFFICER
    assert r.rows[0].personal_code == P3


def test_decomposed_names_are_stored_composed() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Šaulytė")
    r = parse_staff_bytes(csv_bytes([person(last_name=nfd)]), "x.csv")
    assert r.rows[0].last_name == "Šaulytė" and len(r.rows[0].last_name) == 7


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("Visiškai slaptai", ClearanceLevel.TOP_SECRET),
        ("visiskai  SLAPTAI", ClearanceLevel.TOP_SECRET),
        ("Top Secret", ClearanceLevel.TOP_SECRET),
        ("top_secret", ClearanceLevel.TOP_SECRET),
        ("Secret", ClearanceLevel.SECRET),
        ("Konfidencialiai", ClearanceLevel.CONFIDENTIAL),
        ("Riboto naudojimo", ClearanceLevel.RESTRICTED),
        ("restricted", ClearanceLevel.RESTRICTED),
    ],
)
def test_level_words(level: str, expected: ClearanceLevel) -> None:
    r = parse_staff_bytes(csv_bytes([person(clearance_level=level)]), "x.csv")
    assert r.rows[0].clearance is not None and r.rows[0].clearance.level is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("karys", StaffCategory.SOLDIER),
        ("civil servant", StaffCategory.CIVIL_SERVANT),
        ("statutory officer", StaffCategory.STATUTORY_OFFICER),
        ("Valstybės politikas", StaffCategory.STATE_POLITICIAN),
        ("state politician", StaffCategory.STATE_POLITICIAN),
        ("darbuotojas", StaffCategory.EMPLOYEE),
        ("employee", StaffCategory.EMPLOYEE),
        ("kita", StaffCategory.OTHER),
        ("other", StaffCategory.OTHER),
        ("civil_servant", StaffCategory.CIVIL_SERVANT),
    ],
)
def test_category_words(word: str, expected: StaffCategory) -> None:
    assert parse_staff_bytes(csv_bytes([person(category=word)]), "x.csv").rows[0].category is (
        expected
    )


def test_person_without_clearance() -> None:
    r = parse_staff_bytes(
        csv_bytes(
            [
                person(
                    clearance_level="",
                    clearance_number="",
                    clearance_issued="",
                    clearance_valid_until=" ",
                )
            ]
        ),
        "x.csv",
    )
    assert r.ok and r.rows[0].clearance is None


def test_every_bad_row_is_named() -> None:
    rows = [
        person(),  # 2: fine
        person("12345"),  # 3: length
        person(P1[:-1] + str((int(P1[-1]) + 1) % 10)),  # 4: checksum
        person(P2, clearance_level="Labai slaptai"),  # 5: unknown level
        person(P3, category="kosmonautas"),  # 6: unknown category
        person(make_personal_code("F", date(1990, 1, 1), 1), last_name=""),  # 7: missing
        person(make_personal_code("F", date(1990, 1, 1), 2), clearance_issued="2025-02-30"),
        person(make_personal_code("F", date(1990, 1, 1), 3), clearance_valid_until="2023-01-01"),
        person(make_personal_code("F", date(1990, 1, 1), 4), clearance_number=""),  # 10
        ["", "", "", "", "", "", "", "", "", ""],  # 11: blank, skipped
        person(P2, clearance_level="Slaptai", last_name="Antrasis"),  # 12: dup of 5
        person(make_personal_code("F", date(1990, 1, 1), 5), clearance_issued="15.01.2024"),
        person("33309240064x"),  # 14: digits
    ]
    r = parse_staff_bytes(csv_bytes(rows), "x.csv")
    assert [row.line for row in r.rows] == [2]
    assert error_codes(r) == [
        (3, "personal_code_length"),
        (4, "personal_code_checksum"),
        (5, "unknown_clearance_level"),
        (6, "unknown_category"),
        (7, "missing_value"),
        (8, "bad_date"),
        (9, "clearance_dates_reversed"),
        (10, "partial_clearance"),
        (12, "duplicate_personal_code"),
        (13, "bad_date"),
        (14, "personal_code_digits"),
    ]
    by_line = {e.line: e for e in r.errors}
    assert "lines 5 and 12" in by_line[12].message
    assert by_line[5].column == "clearance_level" and "Labai slaptai" in by_line[5].message
    assert "2025-02-30" in by_line[8].message and "no such date" in by_line[8].message
    assert "last_name" in by_line[7].message
    assert "clearance_number" in by_line[10].message
    assert str(by_line[3]).startswith('Line 3: personal_code "12345"')


def test_one_row_with_several_problems_reports_each() -> None:
    r = parse_staff_bytes(
        csv_bytes([person("1", category="x", clearance_level="y", clearance_issued="2025-13-01")]),
        "x.csv",
    )
    assert {c for _, c in error_codes(r)} == {
        "personal_code_length",
        "unknown_category",
        "unknown_clearance_level",
        "bad_date",
    }


def test_duplicates_drop_both_rows() -> None:
    r = parse_staff_bytes(csv_bytes([person(), person(P2), person()]), "x.csv")
    assert [row.personal_code for row in r.rows] == [P2]
    assert error_codes(r) == [(4, "duplicate_personal_code")]


def test_quoted_field_with_line_break_counts_as_one_spreadsheet_line() -> None:
    r = parse_staff_bytes(
        csv_bytes([person(position="Vadovas\nir patarėjas"), person("1")]), "x.csv"
    )
    assert r.rows[0].position == "Vadovas\nir patarėjas"
    assert error_codes(r) == [(3, "personal_code_length")]


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "x.csv", "empty_file"),
        (b"\xef\xbb\xbf \r\n", "x.csv", "empty_file"),
        (",".join(HEADER).encode() + b"\n", "x.csv", "empty_file"),
        (b"personal_code;last_name\n1;2\n", "x.csv", "missing_column"),
        ("Vardas;Pavardė\nŽ;Ą\n".encode("cp1257"), "x.csv", "encoding"),
        (b"whatever", "staff.pdf", "file_type"),
        (b"whatever", "staff.xls", "file_type"),
        (b"PK\x03\x04rest", "staff.csv", "file_type"),
        (b"not a zip", "staff.xlsx", "unreadable_xlsx"),
        (b"", "staff.xlsx", "empty_file"),
        ((",".join([*HEADER, "unit"]) + "\n").encode(), "x.csv", "duplicate_column"),
    ],
)
def test_file_level_errors(data: bytes, name: str, code: str) -> None:
    r = parse_staff_bytes(data, name)
    assert r.rows == ()
    assert error_codes(r) == [(1, code)]
    assert r.errors[0].message


def test_missing_columns_are_all_named() -> None:
    r = parse_staff_bytes(b"personal_code,last_name,first_name,position,unit\n", "x.csv")
    msg = r.errors[0].message
    assert all(c in msg for c in ("category", "clearance_level", "clearance_valid_until"))


def test_not_utf8_names_the_line() -> None:
    data = (
        csv_bytes([person()])
        + person(P2, last_name="Šimkus")[0].encode()
        + ",\x9aimkus\n".encode("latin-1")
    )
    r = parse_staff_bytes(data, "x.csv")
    assert error_codes(r) == [(1, "encoding")] and "line 3" in r.errors[0].message


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_xlsx_with_real_dates_numbers_and_text(tmp_path: Path) -> None:
    f = tmp_path / "hr.xlsx"
    write_xlsx(
        f,
        [
            [
                int(P1),
                "Žukauskienė",
                "Ąžuolė",
                "Patarėja",
                "Skyrius",
                "Top Secret",
                "Visiškai slaptai",
                "VS-1",
                date(2024, 1, 15),
                datetime(2029, 1, 14, 0, 0),
            ],
            [
                P2,
                "Jonaitis",
                "Jonas",
                "Vairuotojas",
                "Ūkio skyrius",
                "darbuotojas",
                None,
                None,
                None,
                None,
            ],
            [
                P3,
                "Petraitis",
                "Petras",
                "Karininkas",
                "Batalionas",
                "karys",
                "Slaptai",
                12345,
                "2024-02-01",
                "2025-02-30",
            ],
            [None, None, None, None, None, None, None, None, None, None],
        ],
    )
    r = parse_staff_file(f)
    assert error_codes(r) == [(2, "unknown_category"), (4, "bad_date")]
    f2 = tmp_path / "hr2.xlsx"
    write_xlsx(
        f2,
        [
            [
                float(P1),
                "Žukauskienė",
                "Ąžuolė",
                "Patarėja",
                "Skyrius",
                "valstybės politikas",
                "Visiškai slaptai",
                "VS-1",
                date(2024, 1, 15),
                datetime(2029, 1, 14, 0, 0),
            ],
            [
                P2,
                "Jonaitis",
                "Jonas",
                "Vairuotojas",
                "Ūkio skyrius",
                "darbuotojas",
                None,
                None,
                None,
                None,
            ],
        ],
    )
    r2 = parse_staff_file(f2)
    assert r2.ok, r2.errors
    a, b = r2.rows
    assert a.personal_code == P1 and a.last_name == "Žukauskienė" and a.first_name == "Ąžuolė"
    assert a.category is StaffCategory.STATE_POLITICIAN
    assert a.clearance == ClearanceRow(
        ClearanceLevel.TOP_SECRET, "VS-1", date(2024, 1, 15), date(2029, 1, 14)
    )
    assert b.clearance is None and b.unit == "Ūkio skyrius" and b.line == 3


@pytest.mark.slow
def test_sixty_thousand_rows_parse_quickly(tmp_path: Path) -> None:
    levels = ["Slaptai", "Visiškai slaptai", "Riboto naudojimo", "Confidential", ""]
    lines = [";".join(HEADER)]
    for i in range(60_000):
        code = make_personal_code(
            SEXES[i % 2], date(1960 + i // 2000, 1 + i % 12, 1 + i % 28), i % 1000
        )
        lvl = levels[i % 5]
        clr = f"{lvl};N-{i};2024-01-{1 + i % 28:02d};2029-01-01" if lvl else ";;;"
        lines.append(
            f'{code};Žukauskas{i};Ąžuolas;"Vyr. specialistas; analitikas";Skyrius {i % 40};'
            f"valstybės tarnautojas;{clr}"
        )
    f = tmp_path / "big.csv"
    f.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode())
    start = time.process_time()
    r = parse_staff_file(f)
    elapsed = time.process_time() - start
    assert r.errors == () and len(r.rows) == 60_000
    assert r.rows[-1].line == 60_001 and r.rows[0].last_name == "Žukauskas0"
    assert elapsed < 2.0, f"60,000 rows took {elapsed:.2f} s of CPU"
