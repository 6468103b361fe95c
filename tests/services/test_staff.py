"""The staff registry over a real store: people, name search, and the all-or-nothing import."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.enums import ClearanceLevel, ClearanceStatus, StaffCategory
from app.domain.personal_code import make_personal_code
from app.services import clearances, staff
from app.services.desk import Desk
from app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.store.models import AuditEntry, ClearanceEvent
from tests.conftest import StoreFixture

HEADER = ("personal_code", "last_name", "first_name", "position", "unit", "category",
          "clearance_level", "clearance_number", "clearance_issued", "clearance_valid_until")

C1 = make_personal_code("F", date(1985, 3, 14), 12)
C2 = make_personal_code("M", date(1979, 11, 2), 345)
C3 = make_personal_code("M", date(2001, 6, 30), 7)


def rows() -> list[tuple[str, ...]]:
    return [
        (C1, "Žukauskienė", "Aušra", "Vyriausioji specialistė", "Analizės skyrius",
         "valstybės tarnautojas", "Slaptai", "SL-001", "2024-01-15", "2029-01-14"),
        (C2, "Čepulis", "Šarūnas", "Patarėjas", "Ryšių skyrius", "Soldier",
         "Top Secret", "VS-002", "2023-05-01", "2028-04-30"),
        (C3, "Ąžuolaitė", "Ėglė", "Referentė", "Analizės skyrius", "darbuotojas", "", "", "", ""),
    ]


def csv_bytes(table: list[tuple[str, ...]], *, delimiter: str = ";", bom: bool = True,
              header: tuple[str, ...] = HEADER) -> bytes:
    text = "\r\n".join(delimiter.join(r) for r in [header, *table]) + "\r\n"
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def xlsx_bytes(table: list[tuple[Any, ...]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(HEADER))
    for r in table:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def dump(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the registry's tables, for "the store is unchanged" comparisons."""
    out = {}
    with desk.read() as s:
        for table in ("person", "clearance", "clearance_event"):
            out[table] = [tuple(r) for r in
                          s.connection().exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]
    return out


def audit_actions(desk: Desk) -> list[str]:
    with desk.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


@pytest.fixture
def sec(store: StoreFixture) -> Desk:
    return store.as_user("saugumas")


# --- Import: formats ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["semicolon_bom", "comma", "xlsx"])
def test_import_reads_every_hr_format(sec: Desk, kind: str) -> None:
    if kind == "xlsx":
        data, name = xlsx_bytes(rows()), "staff.xlsx"
    else:
        data = csv_bytes(rows(), delimiter=";" if kind == "semicolon_bom" else ",",
                         bom=kind == "semicolon_bom")
        name = "staff.csv"
    report = staff.import_staff(sec, data, dry_run=False, filename=name)
    assert report.ok and report.written
    assert set(report.added) == {C1, C2, C3}
    p = staff.get_person(sec, C1)
    assert (p.last_name, p.first_name, p.unit) == ("Žukauskienė", "Aušra", "Analizės skyrius")
    assert p.category is StaffCategory.CIVIL_SERVANT
    assert p.clearance is not None and p.clearance.level is ClearanceLevel.SECRET
    assert p.clearance.status is ClearanceStatus.ACTIVE
    assert p.clearance.valid_until == date(2029, 1, 14)
    assert [e.reason for e in p.clearance.history] == ["import"]
    assert staff.get_person(sec, C2).category is StaffCategory.SOLDIER
    assert staff.get_person(sec, C3).clearance is None


def test_import_from_a_path_records_the_file_hash(sec: Desk, tmp_path: Any) -> None:
    f = tmp_path / "darbuotojai.csv"
    f.write_bytes(csv_bytes(rows()))
    seen: list[tuple[int, int, str]] = []
    report = staff.import_staff(sec, f, dry_run=False,
                                progress=lambda d, t, m: seen.append((d, t, m)))
    assert report.written and len(report.added) == 3
    assert seen and seen[-1] == (3, 3, "Imported")
    with sec.read() as s:
        after = json.loads(s.execute(select(AuditEntry.after).where(
            AuditEntry.action == "staff.import")).scalar_one())
    assert after["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()
    assert after["added"] == 3 and sorted(after["added_codes"]) == sorted([C1, C2, C3])
    assert after["file"] == "darbuotojai.csv"


def test_lithuanian_names_round_trip(sec: Desk) -> None:
    # Decomposed (NFD) input, as macOS tools write it, is stored as typed (NFC).
    import unicodedata

    table = rows()
    table[0] = (C1, unicodedata.normalize("NFD", "Ąčęėįšųūž-Ąžuolienė"), "ŪLA ĖGLĖ",
                *table[0][3:])
    staff.import_staff(sec, csv_bytes(table), dry_run=False, filename="f.csv")
    p = staff.get_person(sec, C1)
    assert p.last_name == "Ąčęėįšųūž-Ąžuolienė" and p.first_name == "ŪLA ĖGLĖ"
    assert staff.list_people(sec, prefix="aceeisuuz")[0].personal_code == C1


# --- Import: all or nothing -----------------------------------------------------------------


def test_every_kind_of_bad_row_rejects_the_file_and_leaves_the_store(sec: Desk) -> None:
    staff.import_staff(sec, csv_bytes(rows()), dry_run=False, filename="f.csv")
    before = dump(sec)
    audit_before = audit_actions(sec)
    good = make_personal_code("F", date(1990, 2, 3), 456)
    bad = [
        ("33309240065", "Bloga", "Kontrolinė", "x", "y", "kita", "", "", "", ""),  # check digit
        (make_personal_code("M", date(1970, 1, 1), 1), "Lygis", "Nežinomas", "x", "y",
         "kita", "Labai slaptai", "N-1", "2024-01-01", "2026-01-01"),  # unknown level
        (make_personal_code("M", date(1970, 1, 2), 2), "", "Bevardis", "x", "y", "kita",
         "", "", "", ""),  # missing last name
        (good, "Dvynys", "Pirmas", "x", "y", "kita", "", "", "", ""),
        (good, "Dvynys", "Antras", "x", "y", "kita", "", "", "", ""),  # same code twice
        (make_personal_code("M", date(1970, 1, 3), 3), "Data", "Neįmanoma", "x", "y",
         "kita", "Slaptai", "N-2", "2024-02-30", "2026-01-01"),  # impossible date
    ]
    changed_good = (C1, "Žukauskienė", "Aušra", "Skyriaus vedėja", *rows()[0][4:])
    data = csv_bytes([changed_good, *bad])
    for dry_run in (True, False):
        report = staff.import_staff(sec, data, dry_run=dry_run, filename="f.csv")
        assert not report.ok and not report.written
        assert report.added == report.changed == report.unchanged == ()
        lines = {e.line for e in report.errors}
        assert lines == {3, 4, 5, 7, 8}, report.errors  # 6 is named from line 7's error
        by_code = {e.code for e in report.errors}
        assert {"personal_code_checksum", "unknown_clearance_level", "missing_value",
                "duplicate_personal_code", "bad_date"} <= by_code
        dup = next(e for e in report.errors if e.code == "duplicate_personal_code")
        assert "lines 6 and 7" in dup.message
    assert dump(sec) == before
    assert audit_actions(sec) == audit_before  # not even a summary entry


def test_a_file_with_a_missing_column_is_refused(sec: Desk) -> None:
    data = csv_bytes([r[:9] for r in rows()], header=HEADER[:9])
    report = staff.import_staff(sec, data, dry_run=False, filename="f.csv")
    assert not report.written and "clearance_valid_until" in report.errors[0].message
    assert staff.list_people(sec) == []


def test_bytes_need_a_file_name(sec: Desk) -> None:
    with pytest.raises(InvalidInput, match="name"):
        staff.import_staff(sec, csv_bytes(rows()), dry_run=True)


# --- Import: plans -------------------------------------------------------------------------


def test_dry_run_writes_nothing_and_matches_the_real_import(sec: Desk) -> None:
    staff.import_staff(sec, csv_bytes(rows()[:2]), dry_run=False, filename="f.csv")
    table = rows()
    table[0] = (C1, "Žukauskienė", "Aušra", "Skyriaus vedėja", "Vadovybė", *table[0][5:])
    table[1] = (*table[1][:6], "Top Secret", "VS-002", "2023-05-01", "2031-04-30")
    data = csv_bytes(table)
    before = dump(sec)
    dry = staff.import_staff(sec, data, dry_run=True, filename="f.csv")
    assert dump(sec) == before and not dry.written
    real = staff.import_staff(sec, data, dry_run=False, filename="f.csv")
    assert real.written
    assert (dry.added, dry.changed, dry.unchanged) == (real.added, real.changed, real.unchanged)
    assert dry.added == (C3,)
    assert dict(dry.changed) == {C1: ("position", "unit"), C2: ("clearance_valid_until",)}
    p2 = staff.get_person(sec, C2)
    assert p2.clearance is not None and p2.clearance.valid_until == date(2031, 4, 30)
    assert [e.valid_until for e in p2.clearance.history] == [date(2028, 4, 30),
                                                            date(2031, 4, 30)]
    with sec.read() as s:
        after = json.loads(s.execute(select(AuditEntry.after).where(
            AuditEntry.action == "staff.import.changes")).scalar_one())
    people = {p["personal_code"]: p for p in after["people"]}
    assert people[C1]["before"] == {"position": "Vyriausioji specialistė",
                                    "unit": "Analizės skyrius"}
    assert people[C1]["after"] == {"position": "Skyriaus vedėja", "unit": "Vadovybė"}
    assert people[C2]["before"]["clearance"]["valid_until"] == "2028-04-30"


def test_reimport_shows_everyone_unchanged(sec: Desk) -> None:
    data = csv_bytes(rows())
    staff.import_staff(sec, data, dry_run=False, filename="f.csv")
    before = dump(sec)
    again = staff.import_staff(sec, xlsx_bytes(rows()), dry_run=False, filename="f.xlsx")
    assert again.added == () and again.changed == ()
    assert set(again.unchanged) == {C1, C2, C3}
    assert dump(sec) == before


def test_every_changed_field_is_named(sec: Desk) -> None:
    staff.import_staff(sec, csv_bytes(rows()), dry_run=False, filename="f.csv")
    table = rows()
    table[0] = (C1, "Petrauskienė", "Aušrinė", "P", "U", "karys", "Konfidencialiai", "K-9",
                "2025-01-01", "2030-01-01")
    table[2] = (*table[2][:6], "Riboto naudojimo", "RN-3", "2025-06-01", "2027-06-01")
    report = staff.import_staff(sec, csv_bytes(table), dry_run=False, filename="f.csv")
    changed = dict(report.changed)
    assert changed[C1] == ("last_name", "first_name", "position", "unit", "category",
                           "clearance_level", "clearance_number", "clearance_issued",
                           "clearance_valid_until")
    assert changed[C3] == staff.CLEARANCE_FIELDS  # a new clearance for an existing person
    assert report.unchanged == (C2,)
    p = staff.get_person(sec, C1)
    assert p.last_name == "Petrauskienė" and p.category is StaffCategory.SOLDIER
    assert staff.list_people(sec, prefix="petr")[0].personal_code == C1
    assert staff.list_people(sec, prefix="zuk") == []  # the search key followed the name


def test_import_never_revives_a_withdrawn_clearance(sec: Desk) -> None:
    staff.import_staff(sec, csv_bytes(rows()), dry_run=False, filename="f.csv")
    clearances.withdraw(sec, C1, "Kelionė be leidimo")
    table = rows()
    table[0] = (*table[0][:9], "2030-01-14")  # HR still lists it, even extended
    report = staff.import_staff(sec, csv_bytes(table), dry_run=False, filename="f.csv")
    assert [c for c, _ in report.held] == [C1] and C1 in report.unchanged
    p = staff.get_person(sec, C1)
    assert p.clearance is not None and p.clearance.status is ClearanceStatus.WITHDRAWN
    assert p.clearance.valid_until == date(2029, 1, 14)
    # A new number is a new grant after fresh vetting: that one is taken.
    table[0] = (*table[0][:7], "SL-777", "2026-11-01", "2031-10-31")
    report = staff.import_staff(sec, csv_bytes(table), dry_run=False, filename="f.csv")
    p = staff.get_person(sec, C1)
    assert p.clearance is not None and p.clearance.number == "SL-777"
    assert p.clearance.status is ClearanceStatus.ACTIVE


def test_an_expired_clearance_in_the_file_is_stored_as_expired(sec: Desk) -> None:
    table = rows()
    table[0] = (*table[0][:8], "2019-01-01", "2024-01-01")
    staff.import_staff(sec, csv_bytes(table), dry_run=False, filename="f.csv")
    p = staff.get_person(sec, C1)
    assert p.clearance is not None and p.clearance.status is ClearanceStatus.EXPIRED


# --- People ----------------------------------------------------------------------------------


def test_add_get_update_person(sec: Desk) -> None:
    p = staff.add_person(sec, personal_code=f" {C1} ", last_name="Žukauskienė",
                         first_name="Aušra", position="Specialistė", unit="Analizės skyrius",
                         category="civil_servant")
    assert p.personal_code == C1 and p.clearance is None and p.full_name == "Aušra Žukauskienė"
    assert staff.get_person(sec, C1) == p
    with pytest.raises(Conflict, match="already"):
        staff.add_person(sec, personal_code=C1, last_name="X", first_name="Y", position="",
                         unit="", category=StaffCategory.OTHER)
    u = staff.update_person(sec, C1, unit="Vadovybė", last_name="Petrauskienė")
    assert (u.unit, u.last_name) == ("Vadovybė", "Petrauskienė")
    with pytest.raises(InvalidInput, match="nothing was changed"):
        staff.update_person(sec, C1, unit="Vadovybė")
    with pytest.raises(InvalidInput, match="personal_code"):
        staff.update_person(sec, C1, personal_code=C2)
    with pytest.raises(InvalidInput, match="category"):
        staff.update_person(sec, C1, category="general")
    with pytest.raises(NotFound, match=C2):
        staff.get_person(sec, C2)
    with sec.read() as s:
        before = s.execute(select(AuditEntry.before).where(
            AuditEntry.action == "person.update")).scalar_one()
    assert json.loads(before) == {"unit": "Analizės skyrius",
                                        "last_name": "Žukauskienė"}


@pytest.mark.parametrize(("code", "reason"), [
    ("3330924006", "11 digits"),
    ("33309240065", "check digit"),
    ("33313240069", "birth date"),
    ("3330924006a", "digits only"),
])
def test_add_person_refuses_bad_codes_with_the_reason(sec: Desk, code: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match=reason):
        staff.add_person(sec, personal_code=code, last_name="A", first_name="B", position="",
                         unit="", category="other")
    assert staff.list_people(sec) == []


def test_prefix_search_ignores_diacritics_and_case_and_pages_by_keyset(store: StoreFixture,
                                                                        sec: Desk) -> None:
    names = ["Žukauskas", "ŽUKAITĖ", "Zuokas", "Žemaitis", "Čepulis", "Cėsna", "žukas"]
    for i, last in enumerate(names * 3):
        staff.add_person(sec, personal_code=make_personal_code("M", date(1970, 1, 1 + i), i),
                         last_name=last, first_name=f"Vardas{i}", position="",
                         unit="A" if i % 2 else "B", category="other")
    found = staff.list_people(sec, prefix="zuk")
    assert sorted({p.last_name for p in found}) == ["ŽUKAITĖ", "Žukauskas", "žukas"]
    assert len(found) == 9
    assert {p.last_name for p in staff.list_people(sec, prefix="ŽUK")} == \
        {p.last_name for p in found}
    assert {p.last_name for p in staff.list_people(sec, prefix="ce")} == {"Čepulis", "Cėsna"}
    assert {p.last_name for p in staff.list_people(sec, prefix="cėsna vardas1")} == {"Cėsna"}
    assert [p.unit for p in staff.list_people(sec, prefix="zuk", unit="A")] == \
        ["A"] * len([p for p in found if p.unit == "A"])
    # Keyset pages: every person exactly once, in name order.
    seen: list[int] = []
    after = None
    while page := staff.list_people(sec, limit=4, after_id=after):
        seen += [p.id for p in page]
        after = page[-1].id
    everyone = staff.list_people(sec, limit=1000)
    assert seen == [p.id for p in everyone] and len(seen) == 21
    query = ("SELECT id FROM person WHERE search_name >= 'zuk' AND search_name < 'zul' "
             "ORDER BY search_name, id")
    with sec.read() as s:
        conn = s.connection()
        if store.on_server:
            # 21 rows fit one page, where a scan is cheapest; can the index serve the range?
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(str(r[0]) for r in conn.exec_driver_sql(f"EXPLAIN {query}"))
        else:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {query}"))
    assert "ix_person_search_name" in plan


# --- Roles ------------------------------------------------------------------------------------


@pytest.mark.parametrize("username", ["rastine", "inspektorius", "pavaduotojas"])
def test_only_security_officers_and_admins_change_the_registry(
        store: StoreFixture, sec: Desk, username: str) -> None:
    staff.add_person(sec, personal_code=C1, last_name="A", first_name="B", position="",
                     unit="", category="other")
    desk = store.as_user(username)
    attempts = [
        lambda: staff.add_person(desk, personal_code=C2, last_name="A", first_name="B",
                                 position="", unit="", category="other"),
        lambda: staff.update_person(desk, C1, unit="X"),
        lambda: staff.import_staff(desk, csv_bytes(rows()), dry_run=True, filename="f.csv"),
        lambda: staff.import_staff(desk, csv_bytes(rows()), dry_run=False, filename="f.csv"),
    ]
    for attempt in attempts:
        before = audit_actions(sec)
        with pytest.raises(PermissionDenied, match=username):
            attempt()
        assert audit_actions(sec) == [*before, "refused"]
    # Reading is open to every role.
    assert staff.get_person(desk, C1).personal_code == C1
    assert len(staff.list_people(desk)) == 1
    with desk.read() as s:
        assert s.execute(select(ClearanceEvent)).first() is None


def test_admin_may_change_the_registry(store: StoreFixture) -> None:
    admin = store.as_user("admin")
    report = staff.import_staff(admin, csv_bytes(rows()), dry_run=False, filename="f.csv")
    assert report.written and len(report.added) == 3


# --- Hidden characters, lengths and birth dates (issue 12, item 13) ----------------------

HIDDEN = ["\x00", "\x07", "\x1b[31m", "\x9b", "\u202e", "\u2067", "\u200b", "\u200d", "\ufeff"]


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("field", ["last_name", "first_name", "position", "unit"])
def test_a_person_with_hidden_characters_is_refused_naming_the_field(
        sec: Desk, field: str, hidden: str) -> None:
    values = dict(last_name="Žukauskas", first_name="Jonas", position="Referentas",
                  unit="Skyrius")
    values[field] = values[field][:3] + hidden + values[field][3:]
    before = dump(sec)
    with pytest.raises(InvalidInput) as e:
        staff.add_person(sec, personal_code=C1, category="employee", **values)
    assert str(e.value).startswith(f"The {field.replace('_', ' ')} cannot be accepted: ")
    assert f"U+{ord(hidden[0]):04X}" in str(e.value) and hidden[0] not in str(e.value)
    assert dump(sec) == before


def test_an_edit_with_a_hidden_character_is_refused(sec: Desk) -> None:
    staff.add_person(sec, personal_code=C1, last_name="Žukauskas", first_name="Jonas",
                     position="Referentas", unit="Skyrius", category="employee")
    before = dump(sec)
    with pytest.raises(InvalidInput, match="The unit cannot be accepted"):
        staff.update_person(sec, C1, unit="Sky\u202erius")
    with pytest.raises(InvalidInput, match="at most 100"):
        staff.update_person(sec, C1, last_name="Ž" * 101)
    assert dump(sec) == before


def test_names_are_stored_nfc(sec: Desk) -> None:
    v = staff.add_person(sec, personal_code=C1, last_name="Z\u030cukauskas",
                         first_name="Jonas", position="", unit="", category="employee")
    assert v.last_name == "Žukauskas"


def test_a_birth_date_in_the_future_is_refused(sec: Desk, store: StoreFixture) -> None:
    # The store's clock says 2026-11-25 (Vilnius); a code born the next day is not yet anyone.
    tomorrow = make_personal_code("F", date(2026, 11, 26), 1)
    today = make_personal_code("F", date(2026, 11, 25), 1)
    with pytest.raises(InvalidInput, match="birth date in the future"):
        staff.add_person(sec, personal_code=tomorrow, last_name="Ateitytė", first_name="Ona",
                         position="", unit="", category="employee")
    staff.add_person(sec, personal_code=today, last_name="Šiandienė", first_name="Ona",
                     position="", unit="", category="employee")
    before = dump(sec)
    table = rows()
    table[1] = (tomorrow, *table[1][1:])
    report = staff.import_staff(sec, csv_bytes(table), filename="hr.csv", dry_run=False)
    assert [(e.line, e.code) for e in report.errors] == [(3, "personal_code_future")]
    assert dump(sec) == before


def test_an_import_with_hidden_characters_imports_nothing(sec: Desk) -> None:
    table = rows()
    table[0] = (*table[0][:1], "Žukauskienė\x1b[31m\x07", *table[0][2:])
    table[2] = (*table[2][:4], "Analizės \u2066skyrius", *table[2][5:])
    before = dump(sec)
    report = staff.import_staff(sec, csv_bytes(table), filename="hr.csv", dry_run=False)
    assert [(e.line, e.code, e.column) for e in report.errors] == [
        (2, "hidden_character", "last_name"), (4, "hidden_character", "unit")]
    assert not report.written and dump(sec) == before
