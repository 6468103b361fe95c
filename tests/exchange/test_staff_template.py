"""The staff file template: headers and one example row, in CSV and XLSX, that the staff import
accepts as it was written (issue 13, point 10)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.exchange.staff_import import COLUMNS, parse_staff_file, write_template
from app.services import staff
from app.services.errors import InvalidInput


@pytest.mark.parametrize("name", ["template.csv", "template.xlsx"])
@pytest.mark.parametrize("lang", ["lt", "en"])
def test_the_template_parses_as_one_good_person(tmp_path, name, lang) -> None:
    path = tmp_path / name
    write_template(path, lang)
    parsed = parse_staff_file(path)
    assert parsed.errors == ()
    assert len(parsed.rows) == 1
    row = parsed.rows[0]
    assert row.last_name == "Pavardenis" and row.clearance is not None


def test_the_csv_template_has_every_column_in_order(tmp_path) -> None:
    path = tmp_path / "t.csv"
    write_template(path, "lt")
    text = path.read_bytes().decode("utf-8-sig")
    header, example = text.splitlines()
    assert header.split(";") == list(COLUMNS)
    assert "valstybės tarnautojas" in example.split(";")


def test_the_xlsx_template_keeps_the_personal_code_as_text(tmp_path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, "en")
    sheet = load_workbook(path, read_only=True).active
    header, example = list(sheet.iter_rows(values_only=True))
    assert list(header) == list(COLUMNS)
    assert isinstance(example[0], str) and len(example[0]) == 11
    assert "civil servant" in example


def test_a_template_written_by_the_service_imports_round_trip(store, tmp_path) -> None:
    sec = store.as_user("saugumas")
    for name in ("hr.xlsx", "hr.csv"):
        path = tmp_path / name
        staff.write_import_template(sec, path, "lt")
        report = staff.import_staff(sec, path, dry_run=False)
        assert report.ok, report.errors
    people = staff.list_people(sec, prefix="pavard")
    assert [p.full_name for p in people] == ["Vardenis Pavardenis"]
    assert people[0].clearance is not None


def test_the_template_needs_a_known_file_type(store, tmp_path) -> None:
    sec = store.as_user("saugumas")
    with pytest.raises(InvalidInput, match="CSV or XLSX"):
        staff.write_import_template(sec, tmp_path / "hr.ods", "lt")
    assert not (tmp_path / "hr.ods").exists()
