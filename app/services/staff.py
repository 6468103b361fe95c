"""The staff registry: people, name search, and the all-or-nothing HR import."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVarTuple

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.domain.clearance import current_clearance
from app.domain.enums import ClearanceStatus, Role, StaffCategory
from app.domain.personal_code import InvalidPersonalCode, parse_personal_code
from app.domain.text import fold
from app.domain.text_input import InvalidText, checked
from app.exchange.staff_import import RowError, StaffRow, parse_staff_bytes, write_template
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import Conflict, InvalidInput
from app.services.views import LIVE_STATUSES, PersonView, person_view, person_views
from app.store import bulk, locks
from app.store.engine import name_prefix_range
from app.store.models import Person

WRITERS = (Role.SECURITY_OFFICER, Role.ADMIN)
PERSON_FIELDS = ("last_name", "first_name", "position", "unit", "category")
CLEARANCE_FIELDS = ("clearance_level", "clearance_number", "clearance_issued",
                    "clearance_valid_until")
MAX_PAGE = 1000
_CHUNK = 500  # ids or codes per IN (...) list
_BATCH = 5000  # rows per bulk statement, so progress moves
AUDIT_GROUP = 200  # changed people per audit entry
_FULL_SCAN = 5000
WITHDRAWN = ClearanceStatus.WITHDRAWN.value  # above this many codes, one scan beats IN lists

Progress = Callable[[int, int, str], None]


_fold_part = lru_cache(maxsize=1 << 16)(fold)


def search_name(last_name: str, first_name: str) -> str:
    """Person.search_name: fold("last first"); folded part by part, with a cache.

    Surnames and first names repeat across 60,000 people, and folding is per character,
    so folding each part once is exact and spares most of the work of an import.
    """
    text = f"{last_name} {first_name}"
    if text.isascii():
        return text.lower()  # what fold() gives for ASCII, ten times faster
    if unicodedata.combining(first_name[:1] or "a"):
        return fold(text)
    return f"{_fold_part(last_name)} {_fold_part(first_name)}"


# --- One person -------------------------------------------------------------------------


_NEEDS = {
    "last name": QT_TRANSLATE_NOOP("Core", "A person needs a last name."),
    "first name": QT_TRANSLATE_NOOP("Core", "A person needs a first name."),
}


def _text(value: str, field: str, required: bool = True) -> str:
    """A field's value trimmed and NFC; refused when it hides characters (controls, bidi
    overrides, zero-width) or is longer than the store holds. A position or unit may be on
    two lines, as an HR file may have it."""
    what = field.replace("_", " ")
    try:
        s = checked(value, field, lines=field in ("position", "unit"))
    except InvalidText as e:
        raise InvalidInput(e.args[0]) from None  # its translatable message
    if required and not s:
        raise InvalidInput(msg(_NEEDS.get(what) or
                               QT_TRANSLATE_NOOP("Core", "A person needs a %1."), what))
    return s


def _category(value: StaffCategory | str) -> StaffCategory:
    try:
        return StaffCategory(value)
    except ValueError:
        names = ", ".join(c.value for c in StaffCategory)
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Unknown staff category %1; the "
                "categories are %2."), repr(value), names)) \
            from None


def _code(code: str, today: date | None = None) -> str:
    try:
        return parse_personal_code(code, today).code
    except InvalidPersonalCode as e:
        raise InvalidInput(e.args[0]) from None  # its translatable message


def _by_code(s: Session, code: str) -> Person:
    from app.services.clearances import person_by_code

    return person_by_code(s, code)


def _person_dict(p: Person) -> dict[str, Any]:
    return {"personal_code": p.personal_code, **{f: getattr(p, f) for f in PERSON_FIELDS}}


def add_person(
    desk: Desk,
    *,
    personal_code: str,
    last_name: str,
    first_name: str,
    position: str,
    unit: str,
    category: StaffCategory | str,
) -> PersonView:
    code = _code(personal_code, desk.today())
    last, first = _text(last_name, "last_name"), _text(first_name, "first_name")
    values = {"last_name": last, "first_name": first,
              "position": _text(position, "position", required=False),
              "unit": _text(unit, "unit", required=False),
              "category": _category(category).value}
    def work(s: Session) -> PersonView:
        if s.execute(select(Person.id).where(Person.personal_code == code)).first():
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "A person with personal code %1 is "
                    "already in the registry."), code))
        now = desk.now()
        p = Person(personal_code=code, search_name=search_name(last, first), created_at=now,
                   updated_at=now, **values)
        s.add(p)
        s.flush()
        desk.record(s, "person.add", "person", p.id, after=_person_dict(p))
        return person_view(s, p)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "add people to the staff registry"), *WRITERS)
    desk.announce("person", ids=(("person", view.id),))
    return view


def update_person(desk: Desk, code: str, **fields: Any) -> PersonView:
    """Change some of last_name, first_name, position, unit, category."""
    unknown = sorted(set(fields) - set(PERSON_FIELDS))
    if unknown:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "These person fields cannot be changed "
                "here: %1."), ', '.join(unknown)))
    values: dict[str, str] = {}
    for name, value in fields.items():
        if name == "category":
            values[name] = _category(value).value
        else:
            values[name] = _text(str(value), name, required=name in ("last_name", "first_name"))
    def work(s: Session) -> PersonView:
        p = _by_code(s, code)
        changed = {k: v for k, v in values.items() if getattr(p, k) != v}
        if not changed:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 already has these values; "
                    "nothing was changed."), p.personal_code))
        before = {k: getattr(p, k) for k in changed}
        for k, v in changed.items():
            setattr(p, k, v)
        p.search_name = search_name(p.last_name, p.first_name)
        p.updated_at = desk.now()
        desk.record(s, "person.update", "person", p.id, before=before,
                    after={**changed, "personal_code": p.personal_code})
        return person_view(s, p)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "change the staff registry"), *WRITERS)
    desk.announce("person", ids=(("person", view.id),))
    return view


def get_person(desk: Desk, code: str) -> PersonView:
    with desk.read() as s:
        return person_view(s, _by_code(s, code))


_Cols = TypeVarTuple("_Cols")  # the selected columns, which a filter keeps


def people_where(q: Select[*_Cols], *, unit: str | None,
                 prefix: str | None) -> Select[*_Cols]:
    """The staff list's filter: a name prefix (a range scan on search_name, "last first")
    and a unit."""
    if prefix and prefix.strip():
        lo, hi = name_prefix_range(" ".join(prefix.split()))
        q = q.where(Person.search_name >= lo, Person.search_name < hi)
    if unit is not None:
        q = q.where(Person.unit == unit)
    return q


def list_people(
    desk: Desk,
    *,
    unit: str | None = None,
    prefix: str | None = None,
    limit: int = 200,
    after_id: int | None = None,
) -> list[PersonView]:
    """A page of people in name order; pass the last id seen as after_id for the next page.

    The name prefix is folded (case and diacritics), so "zuk" finds Žukauskas by an index
    range scan on search_name ("last first").
    """
    limit = max(1, min(limit, MAX_PAGE))
    q = people_where(select(Person), unit=unit, prefix=prefix)
    with desk.read() as s:
        if after_id is not None:
            last = s.execute(select(Person.search_name).where(Person.id == after_id)).scalar()
            if last is not None:
                q = q.where(tuple_(Person.search_name, Person.id) > tuple_(last, after_id))
        people = s.execute(q.order_by(Person.search_name, Person.id).limit(limit)).scalars()
        return person_views(s, list(people), with_history=False)


# --- Import -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, on a dry run or with errors, would do), person by person."""

    added: tuple[str, ...]
    changed: tuple[tuple[str, tuple[str, ...]], ...]
    unchanged: tuple[str, ...]
    errors: tuple[RowError, ...]
    written: bool
    # Rows whose clearance data was not applied, with why (a withdrawn clearance is never
    # revived by an HR file that has not caught up).
    held: tuple[tuple[str, str], ...] = ()
    names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors


# Rows read for planning are plain tuples straight from the driver (dates as ISO text):
# building ORM rows and date objects for 60,000 people cost more than the comparison.
# person:    (id, personal_code, last_name, first_name, position, unit, category)
# clearance: (id, person_id, level, number, issued, valid_until, status)
_PERSON_SQL = ("SELECT id, personal_code, last_name, first_name, position, unit, category "
               "FROM person")
_CLEARANCE_SQL = ("SELECT id, person_id, level, number, issued, valid_until, status "
                  "FROM clearance")


@dataclass
class _Plan:
    rows: list[StaffRow]
    added: list[StaffRow] = field(default_factory=list)
    changed: list[tuple[StaffRow, int, tuple[str, ...]]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    held: list[tuple[str, str]] = field(default_factory=list)
    person_updates: list[dict[str, Any]] = field(default_factory=list)
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    clearance_new: list[tuple[int | None, StaffRow]] = field(default_factory=list)
    clearance_updates: list[dict[str, Any]] = field(default_factory=list)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _raw(s: Session, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return bulk.driver_sql(s.connection(), sql, params)


def _existing(s: Session, codes: list[str]
              ) -> tuple[dict[str, tuple[Any, ...]], dict[int, tuple[Any, ...]]]:
    """The people of these codes by code, and each one's current clearance by person id."""
    if len(codes) > _FULL_SCAN:
        wanted = set(codes)
        people = {r[1]: r for r in _raw(s, _PERSON_SQL) if r[1] in wanted}
        ids = {r[0] for r in people.values()}
        clearances = [c for c in _raw(s, _CLEARANCE_SQL) if c[1] in ids]
    else:
        people = {}
        for chunk in _chunks(codes):
            marks = ",".join("?" * len(chunk))
            people.update((r[1], r) for r in _raw(
                s, f"{_PERSON_SQL} WHERE personal_code IN ({marks})", chunk))
        clearances = []
        for chunk in _chunks([r[0] for r in people.values()]):
            marks = ",".join("?" * len(chunk))
            clearances += _raw(s, f"{_CLEARANCE_SQL} WHERE person_id IN ({marks})", chunk)
    # The current clearance by the domain's one rule, as everywhere else.
    by_person: dict[int, list[_RawClearance]] = {}
    for c in clearances:
        by_person.setdefault(c[1], []).append(_RawClearance(c))
    current: dict[int, tuple[Any, ...]] = {}
    for pid, records in by_person.items():
        held = current_clearance(records)
        if held is not None:
            current[pid] = held.row
    return people, current


@dataclass(frozen=True, slots=True)
class _RawClearance:
    """A raw clearance tuple as the domain rule reads it (id, issue date)."""

    row: tuple[Any, ...]

    @property
    def id(self) -> int:
        return int(self.row[0])

    @property
    def issued(self) -> date:
        v = self.row[4]
        return v if isinstance(v, date) else date.fromisoformat(str(v))


def _status_for(valid_until: date, today: date, old: str | None) -> str:
    if valid_until < today:
        return ClearanceStatus.EXPIRED.value
    if old in LIVE_STATUSES:
        return old
    return ClearanceStatus.ACTIVE.value


def _plan(s: Session, rows: list[StaffRow], today: date) -> _Plan:
    plan = _Plan(rows)
    people, current = _existing(s, [r.personal_code for r in rows])
    for row in rows:
        p = people.get(row.personal_code)
        if p is None:
            plan.added.append(row)
            if row.clearance is not None:
                plan.clearance_new.append((None, row))
            continue
        pid = p[0]
        new_values = (row.last_name, row.first_name, row.position, row.unit,
                      row.category.value)
        fields: list[str] = []
        if p[2:] != new_values:
            fields = [f for f, old, v in zip(PERSON_FIELDS, p[2:], new_values, strict=True)
                      if old != v]
            plan.person_updates.append(
                {"id": pid, **dict(zip(PERSON_FIELDS, new_values, strict=True)),
                 "search_name": search_name(row.last_name, row.first_name)})
            plan.before[pid] = {f: old for f, old, v in zip(
                PERSON_FIELDS, p[2:], new_values, strict=True) if old != v}
        fields += _plan_clearance(plan, row, pid, current.get(pid), today)
        if fields:
            plan.changed.append((row, pid, tuple(fields)))
        else:
            plan.unchanged.append(row.personal_code)
    return plan


def _plan_clearance(plan: _Plan, row: StaffRow, person_id: int,
                    cur: tuple[Any, ...] | None, today: date) -> list[str]:
    new = row.clearance
    if new is None:
        return []  # a file without clearance data for someone leaves their clearance alone
    if cur is None:
        plan.clearance_new.append((person_id, row))
        return list(CLEARANCE_FIELDS)
    cid, _, level, number, issued, valid_until, status = cur
    old_values = (level, number, bulk.date_text(issued), bulk.date_text(valid_until))
    new_values = (new.level.value, new.number, new.issued.isoformat(),
                  new.valid_until.isoformat())
    if old_values == new_values:
        return []
    differ = [f for f, o, v in zip(CLEARANCE_FIELDS, old_values, new_values, strict=True)
              if o != v]
    if status == WITHDRAWN and number == new.number:
        plan.held.append((row.personal_code, msg(QT_TRANSLATE_NOOP(
            "Core", "clearance %1 was withdrawn; the file's data for it was not applied"),
            number)))
        return []
    if status in LIVE_STATUSES or number == new.number:
        plan.clearance_updates.append({
            "id": cid, "level": new.level.value, "number": new.number,
            "issued": new.issued, "valid_until": new.valid_until,
            "status": _status_for(new.valid_until, today, status),
            "_person_id": person_id, "_before": {
                "level": level, "number": number, "issued": issued,
                "valid_until": valid_until, "status": status}})
        return differ
    plan.clearance_new.append((person_id, row))  # a new grant after a withdrawn/expired one
    return list(CLEARANCE_FIELDS)


def _report(plan: _Plan, written: bool, digest: str) -> ImportReport:
    names = {r.personal_code: f"{r.first_name} {r.last_name}" for r in plan.rows}
    return ImportReport(
        added=tuple(r.personal_code for r in plan.added),
        changed=tuple((r.personal_code, f) for r, _, f in plan.changed),
        unchanged=tuple(plan.unchanged), errors=(), written=written,
        held=tuple(plan.held), names=names, sha256=digest)


def write_import_template(desk: Desk, path: Path, lang: str = "lt") -> Path:
    """Write a staff file to fill in (the columns and one example person) as CSV or XLSX by
    the path's ending; import_staff accepts it as written."""
    desk.require(QT_TRANSLATE_NOOP("Core", "import staff"), *WRITERS)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The file type of %1 is not "
                                                 "supported; use CSV or XLSX."), path.name))
    try:
        write_template(path, lang)
    except OSError as e:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The template could not be written "
                                                 "to %1 (%2)."), str(path),
                               e.strerror or type(e).__name__)) from None
    return path


def import_staff(
    desk: Desk,
    path_or_bytes: Path | str | bytes,
    *,
    dry_run: bool,
    filename: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import an HR export all-or-nothing: any bad row and nothing is written.

    The real import re-plans inside its write transaction, so what it writes matches the
    store as it is at that moment, not as it was at a dry run minutes earlier.
    """
    def tell(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)

    desk.require(QT_TRANSLATE_NOOP("Core", "import staff"), *WRITERS)
    if isinstance(path_or_bytes, bytes):
        if not filename:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Say the file's name (its ending "
                    "tells CSV from XLSX).")))
        data, name = path_or_bytes, filename
    else:
        path = Path(path_or_bytes)
        data, name = path.read_bytes(), filename or path.name
    digest = hashlib.sha256(data).hexdigest()
    tell(0, 0, f"Reading {name}")
    today = desk.today()
    parsed = parse_staff_bytes(data, name, today)
    if parsed.errors:
        return ImportReport((), (), (), parsed.errors, False, sha256=digest)
    rows = list(parsed.rows)
    total = len(rows)
    if dry_run:
        with desk.read() as s:
            tell(0, total, "Comparing with the registry")
            plan = _plan(s, rows, today)
        tell(total, total, "Dry run: nothing was written")
        return _report(plan, False, digest)

    def work(s: Session) -> _Plan:
        # Two imports at once plan against the registry one after the other: the second
        # waits here, then re-plans against what the first committed (and so does a retry).
        locks.hold(s, locks.STAFF)
        tell(0, total, "Comparing with the registry")
        plan = _plan(s, rows, today)
        _write(desk, s, plan, name, digest, tell)
        return plan

    plan = desk.run(work, QT_TRANSLATE_NOOP("Core", "import staff"), *WRITERS)
    tell(total, total, "Imported")
    report = _report(plan, True, digest)
    if report.added or report.changed:
        desk.announce("person", "clearance")
    return report


def _executemany(s: Session, sql: str, rows: list[tuple[Any, ...]]) -> None:
    # SQLAlchemy's per-value bind processing (dates above all) was most of the write time;
    # the store layer takes values already in storage form.
    bulk.execute_many(s.connection(), sql, rows)


# Rows per INSERT ... VALUES (...), (...) RETURNING: well under SQLite's 32,766 parameters.
_RETURNING_ROWS = 1000


def _insert_returning(s: Session, head: str, marks: str, rows: Sequence[tuple[Any, ...]],
                      returning: str) -> list[tuple[Any, ...]]:
    """Insert `rows` (storage form) and return each new row's `returning` columns as the
    INSERT itself reports them: another writer's rows can never be mistaken for ours, as
    rows found by "id above the old maximum" could on a server with several writers."""
    out: list[tuple[Any, ...]] = []
    conn = s.connection()
    for i in range(0, len(rows), _RETURNING_ROWS):
        part = rows[i:i + _RETURNING_ROWS]
        params = tuple(v for row in part for v in row)
        out += bulk.driver_sql(
            conn, f"{head} VALUES {', '.join([marks] * len(part))} RETURNING {returning}", params)
    return out


def _write(desk: Desk, s: Session, plan: _Plan, name: str, digest: str,
           tell: Callable[[int, int, str], None]) -> None:
    now = desk.now()
    now_s = bulk.storage_value(now)
    total = len(plan.rows)
    done = 0
    new_ids: dict[str, int] = {}
    for batch in _chunks(plan.added, _BATCH):
        new_ids.update((code, pid) for pid, code in _insert_returning(
            s, "INSERT INTO person (personal_code, last_name, first_name, position, unit, "
            "category, search_name, nato_certificate, nato_valid_until, created_at, "
            "updated_at)", "(?,?,?,?,?,?,?,NULL,NULL,?,?)", [
                (r.personal_code, r.last_name, r.first_name, r.position, r.unit,
                 r.category.value, search_name(r.last_name, r.first_name), now_s, now_s)
                for r in batch], "id, personal_code"))
        done += len(batch)
        tell(done, total, "Adding people")
    for batch in _chunks(plan.person_updates, _BATCH):
        _executemany(s, "UPDATE person SET last_name=?, first_name=?, position=?, unit=?, "
                     "category=?, search_name=?, updated_at=? WHERE id=?", [
                         (u["last_name"], u["first_name"], u["position"], u["unit"],
                          u["category"], u["search_name"], now_s, u["id"]) for u in batch])
        done += len(batch)
        tell(min(done, total), total, "Updating people")

    today = desk.today()
    user_id = desk.actor.user_id or None
    new_clearances: list[tuple[Any, ...]] = []
    for pid, r in plan.clearance_new:
        c = r.clearance
        assert c is not None
        new_clearances.append((
            pid if pid is not None else new_ids[r.personal_code], c.level.value, c.number,
            bulk.storage_value(c.issued), bulk.storage_value(c.valid_until),
            _status_for(c.valid_until, today, None), now_s))
    events: list[tuple[Any, ...]] = []
    for batch in _chunks(new_clearances, _BATCH):
        # Returned as stored (text dates): these go straight back into clearance_event.
        events += [(cid, now_s, status, level, valid_until, "import", user_id)
                   for cid, status, level, valid_until in sorted(_insert_returning(
                       s, "INSERT INTO clearance (person_id, level, number, issued, "
                       "valid_until, status, updated_at)", "(?,?,?,?,?,?,?)", batch,
                       "id, status, level, valid_until"))]
        tell(min(done, total), total, "Recording clearances")
    for batch in _chunks(plan.clearance_updates, _BATCH):
        _executemany(s, "UPDATE clearance SET level=?, number=?, issued=?, valid_until=?, "
                     "status=?, updated_at=? WHERE id=?", [
                         (u["level"], u["number"], bulk.storage_value(u["issued"]),
                          bulk.storage_value(u["valid_until"]), u["status"], now_s, u["id"])
                         for u in batch])
    events += [(u["id"], now_s, u["status"], u["level"], bulk.storage_value(u["valid_until"]),
                "import", user_id) for u in plan.clearance_updates]
    for batch in _chunks(events, _BATCH):
        _executemany(s, "INSERT INTO clearance_event (clearance_id, at, status, level, "
                     "valid_until, reason, user_id) VALUES (?,?,?,?,?,?,?)", list(batch))

    desk.record(s, "staff.import", "staff", "", after={
        "file": name, "sha256": digest, "added": len(plan.added),
        "changed": len(plan.changed), "unchanged": len(plan.unchanged),
        "held": [{"personal_code": c, "why": w} for c, w in plan.held],
        "added_codes": [r.personal_code for r in plan.added]})
    # Before/after of every changed person, AUDIT_GROUP people to an entry: one entry per
    # person costs ~1.6 ms each (the chain is appended one by one), so a re-import that
    # touches every one of 60,000 people would take minutes instead of seconds.
    clearance_before = {u["_person_id"]: u["_before"] for u in plan.clearance_updates}
    changes = [_change_entry(plan, row, pid, fields, clearance_before)
               for row, pid, fields in plan.changed]
    for i, group in enumerate(_chunks(changes, AUDIT_GROUP)):
        desk.record(s, "staff.import.changes", "person", "",
                    after={"sha256": digest, "part": i + 1, "people": list(group)})
        tell(min((i + 1) * AUDIT_GROUP, len(changes)), len(changes),
             "Recording changes in the audit trail")


def _change_entry(plan: _Plan, row: StaffRow, pid: int, fields: tuple[str, ...],
                  clearance_before: dict[int, dict[str, Any]]) -> dict[str, Any]:
    before: dict[str, Any] = dict(plan.before.get(pid, {}))
    after: dict[str, Any] = {f: getattr(row, f) for f in fields if f in PERSON_FIELDS}
    if "category" in after:
        after["category"] = row.category.value
    if row.clearance is not None and any(f in CLEARANCE_FIELDS for f in fields):
        if pid in clearance_before:
            before["clearance"] = clearance_before[pid]
        after["clearance"] = {"level": row.clearance.level.value,
                              "number": row.clearance.number,
                              "issued": row.clearance.issued.isoformat(),
                              "valid_until": row.clearance.valid_until.isoformat()}
    return {"person_id": pid, "personal_code": row.personal_code, "fields": list(fields),
            "before": before, "after": after}
