"""Clearances over a real store: the lifecycle with history, refusals, expiry by date."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.clock import in_vilnius
from app.domain.enums import ClearanceLevel, ClearanceStatus
from app.domain.personal_code import make_personal_code
from app.services import clearances, staff
from app.services.desk import Desk
from app.services.errors import InvalidInput, NotFound, PermissionDenied
from app.store.models import AuditEntry, Clearance
from tests.conftest import StoreFixture

# The fixture's clock stands at 2026-11-25 09:00 UTC (11:00 in Vilnius).
CODE = make_personal_code("F", date(1985, 3, 14), 12)


def add(desk: Desk, serial: int = 12, last: str = "Žukauskienė") -> str:
    code = make_personal_code("F", date(1985, 3, 14), serial)
    staff.add_person(desk, personal_code=code, last_name=last, first_name="Aušra",
                     position="Specialistė", unit="Analizės skyrius", category="civil_servant")
    return code


def grant(desk: Desk, code: str, *, number: str = "SL-001",
          valid_until: date = date(2029, 1, 14), level: Any = ClearanceLevel.SECRET) -> Any:
    return clearances.set_clearance(desk, code, level=level, number=number,
                                    issued=date(2024, 1, 15), valid_until=valid_until,
                                    reason="Patikrinimas baigtas")


def actions(desk: Desk) -> list[tuple[str, dict[str, Any]]]:
    with desk.read() as s:
        return [(a, json.loads(after)) for a, after in s.execute(
            select(AuditEntry.action, AuditEntry.after).order_by(AuditEntry.seq))]


@pytest.fixture
def sec(store: StoreFixture) -> Desk:
    return store.as_user("saugumas")


def test_lifecycle_keeps_the_full_history(sec: Desk) -> None:
    code = add(sec)
    c = grant(sec, code)
    assert c.status is ClearanceStatus.ACTIVE and c.level is ClearanceLevel.SECRET
    s1 = clearances.suspend(sec, code, "Tarnybinis patikrinimas")
    assert s1.id == c.id and s1.status is ClearanceStatus.SUSPENDED
    r = clearances.reinstate(sec, code, "Patikrinimas baigtas be pažeidimų")
    assert r.status is ClearanceStatus.ACTIVE
    renewed = grant(sec, code, valid_until=date(2031, 1, 14), level="top_secret")
    assert renewed.id == c.id and renewed.level is ClearanceLevel.TOP_SECRET
    w = clearances.withdraw(sec, code, "Kelionė be leidimo")
    assert w.status is ClearanceStatus.WITHDRAWN
    assert [(e.status, e.reason, e.username) for e in w.history] == [
        (ClearanceStatus.ACTIVE, "Patikrinimas baigtas", "saugumas"),
        (ClearanceStatus.SUSPENDED, "Tarnybinis patikrinimas", "saugumas"),
        (ClearanceStatus.ACTIVE, "Patikrinimas baigtas be pažeidimų", "saugumas"),
        (ClearanceStatus.ACTIVE, "Patikrinimas baigtas", "saugumas"),
        (ClearanceStatus.WITHDRAWN, "Kelionė be leidimo", "saugumas"),
    ]
    assert w.history[3].level is ClearanceLevel.TOP_SECRET
    assert w.history[3].valid_until == date(2031, 1, 14)
    p = staff.get_person(sec, code)
    assert p.clearance == w
    trail = [a for a, _ in actions(sec) if a.startswith("clearance.")]
    assert trail == ["clearance.set", "clearance.suspend", "clearance.reinstate",
                     "clearance.set", "clearance.withdraw"]


def test_refused_transitions_name_the_current_status(sec: Desk) -> None:
    code = add(sec)
    with pytest.raises(NotFound, match="holds no clearance"):
        clearances.suspend(sec, code, "x")
    grant(sec, code)
    with pytest.raises(InvalidInput, match="is active; only a suspended"):
        clearances.reinstate(sec, code, "x")
    clearances.suspend(sec, code, "x")
    with pytest.raises(InvalidInput, match="is suspended; only an active"):
        clearances.suspend(sec, code, "again")
    clearances.withdraw(sec, code, "Pažeidimas")
    with pytest.raises(InvalidInput, match="is withdrawn"):
        clearances.withdraw(sec, code, "twice")
    with pytest.raises(InvalidInput, match="is withdrawn"):
        clearances.reinstate(sec, code, "back")
    with pytest.raises(InvalidInput, match="withdrawn; a new clearance needs a new number"):
        grant(sec, code)
    with pytest.raises(InvalidInput, match="Say why"):
        clearances.suspend(sec, code, "  ")
    with pytest.raises(NotFound):
        clearances.withdraw(sec, "49001010005", "x")
    # After fresh vetting a new number is a new clearance; the withdrawn one stays.
    new = grant(sec, code, number="SL-002")
    assert new.status is ClearanceStatus.ACTIVE and len(new.history) == 1


def test_set_clearance_validates_its_input(sec: Desk) -> None:
    code = add(sec)
    with pytest.raises(InvalidInput, match="Unknown clearance level"):
        grant(sec, code, level="very_secret")
    with pytest.raises(InvalidInput, match="before it was issued"):
        grant(sec, code, valid_until=date(2023, 1, 1))
    with pytest.raises(InvalidInput, match="number"):
        grant(sec, code, number=" ")
    grant(sec, code)
    with pytest.raises(InvalidInput, match="nothing was changed"):
        grant(sec, code)


def test_back_dated_withdrawal_says_so(sec: Desk) -> None:
    code = add(sec)
    grant(sec, code)
    w = clearances.withdraw(sec, code, "Pažeidimas", on=date(2026, 11, 20))
    assert w.history[-1].reason == "Pažeidimas (withdrawn with effect from 2026-11-20)"
    assert actions(sec)[-1][1]["on"] == "2026-11-20"


def test_withdraw_in_session_joins_the_callers_transaction(sec: Desk) -> None:
    code = add(sec)
    other = add(sec, serial=13, last="Be leidimo")
    grant(sec, code)
    person_id = staff.get_person(sec, code).id
    with sec.rehearse() as s:  # the caller decides: rolled back, nothing of it may remain
        cid = clearances.withdraw_in_session(sec, s, person_id, "Pažeidimas", date(2026, 11, 24))
    p = staff.get_person(sec, code)
    assert p.clearance is not None and p.clearance.status is ClearanceStatus.ACTIVE
    with sec.unit() as s:
        cid = clearances.withdraw_in_session(sec, s, person_id, "Pažeidimas", date(2026, 11, 24))
        again = clearances.withdraw_in_session(sec, s, person_id, "Pažeidimas",
                                               date(2026, 11, 24))
        none = clearances.withdraw_in_session(sec, s, staff.get_person(sec, other).id,
                                              "Pažeidimas", date(2026, 11, 24))
    assert cid == p.clearance.id and again is None and none is None
    p = staff.get_person(sec, code)
    assert p.clearance is not None and p.clearance.status is ClearanceStatus.WITHDRAWN
    assert "2026-11-24" in p.clearance.history[-1].reason


@pytest.mark.file_only  # a server bounds expiry by its own date, which a test cannot move
def test_expiry_follows_the_date(store: StoreFixture, sec: Desk) -> None:
    a = add(sec, 1, "Anksti")
    b = add(sec, 2, "Vėliau")
    c = add(sec, 3, "Sustabdyta")
    grant(sec, a, number="A", valid_until=date(2026, 11, 30))
    grant(sec, b, number="B", valid_until=date(2027, 3, 1))
    grant(sec, c, number="C", valid_until=date(2026, 12, 10))
    clearances.suspend(sec, c, "Patikrinimas")
    assert clearances.expire_due(sec) == 0
    seq_before = len(actions(sec))
    assert clearances.expire_due(sec) == 0 and len(actions(sec)) == seq_before  # no writes
    # Expiring soonest first; the policy's default window is 60 days.
    assert [p.personal_code for p in clearances.expiring(sec)] == [a, c]
    assert [p.personal_code for p in clearances.expiring(sec, within_days=120)] == [a, c, b]
    assert [p.personal_code for p in clearances.expiring(sec, within_days=5)] == [a]
    store.clock.advance(days=5)  # 2026-11-30: the last valid day of A
    assert clearances.expire_due(sec) == 0
    store.clock.advance(days=1)
    assert clearances.expire_due(sec) == 1
    pa = staff.get_person(sec, a)
    assert pa.clearance is not None and pa.clearance.status is ClearanceStatus.EXPIRED
    assert pa.clearance.history[-1].reason == "expired on 2026-12-01"
    assert pa.clearance.history[-1].username is None
    store.clock.advance(days=100)
    assert clearances.expire_due(sec) == 2
    assert clearances.expire_due(sec) == 0
    expiries = [after for action, after in actions(sec) if action == "clearance.expire"]
    assert [e["count"] for e in expiries] == [1, 2]
    assert len(expiries[1]["ids"]) == 2
    pc = staff.get_person(sec, c)
    assert pc.clearance is not None and pc.clearance.status is ClearanceStatus.EXPIRED
    with pytest.raises(InvalidInput, match="is expired"):
        clearances.reinstate(sec, c, "x")
    # Renewal under the same number brings it back.
    renewed = grant(sec, c, number="C", valid_until=date(2032, 1, 1))
    assert renewed.status is ClearanceStatus.ACTIVE and renewed.id == pc.clearance.id
    assert clearances.expiring(sec) == []


@pytest.mark.parametrize("backend", ["server"], indirect=True)
def test_a_clock_set_ahead_expires_nothing_early_on_a_server(store: StoreFixture,
                                                            sec: Desk) -> None:
    """The server takes no date later than its own: a clerk's workstation with its clock a
    year ahead expires nothing that is still valid today."""
    real_today = in_vilnius(datetime.now(UTC)).date()
    early = add(sec, 1, "Pasibaigusi")
    still = add(sec, 2, "Galiojanti")
    grant(sec, early, number="A", valid_until=real_today - timedelta(days=1))
    grant(sec, still, number="B", valid_until=real_today + timedelta(days=30))
    store.clock.when = datetime.now(UTC) + timedelta(days=365)
    clerk = store.as_user("rastine")  # opening applies expiry, with the clock a year ahead
    assert staff.get_person(clerk, early).clearance.status.value == "expired"  # type: ignore[union-attr]
    assert staff.get_person(clerk, still).clearance.status.value == "active"  # type: ignore[union-attr]
    assert clearances.expire_due(clerk) == 0


def test_expiry_needs_no_role(store: StoreFixture, sec: Desk) -> None:
    code = add(sec)
    grant(sec, code, valid_until=date(2026, 12, 1))
    store.clock.advance(days=30)
    # Opening the store applies expiry, whoever opens it (here an inspector).
    inspector = store.as_user("inspektorius")
    person = staff.get_person(inspector, code)
    assert person.clearance is not None and person.clearance.status.value == "expired"
    assert clearances.expire_due(inspector) == 0
    inspector.lock()


@pytest.mark.parametrize("username", ["rastine", "inspektorius", "pavaduotojas"])
def test_only_security_officers_and_admins_change_clearances(
        store: StoreFixture, sec: Desk, username: str) -> None:
    code = add(sec)
    grant(sec, code)
    desk = store.as_user(username)
    attempts: list[Callable[[], Any]] = [
        lambda: grant(desk, code, number="SL-XYZ"),
        lambda: clearances.suspend(desk, code, "x"),
        lambda: clearances.reinstate(desk, code, "x"),
        lambda: clearances.withdraw(desk, code, "x"),
    ]
    for attempt in attempts:
        before = len(actions(sec))
        with pytest.raises(PermissionDenied, match="security_officer|Security officer"):
            attempt()
        trail = actions(sec)
        assert len(trail) == before + 1 and trail[-1][0] == "refused"
    p = staff.get_person(desk, code)
    assert p.clearance is not None and p.clearance.status is ClearanceStatus.ACTIVE
    assert len(p.clearance.history) == 1
    assert [v.personal_code for v in clearances.expiring(desk, within_days=5000)] == [code]


def test_admin_may_change_clearances(store: StoreFixture, sec: Desk) -> None:
    code = add(sec)
    admin = store.as_user("admin")
    assert grant(admin, code).history[0].username == "admin"
    assert clearances.suspend(admin, code, "x").status is ClearanceStatus.SUSPENDED


def test_expiring_lists_only_current_clearances_and_fills_its_page(store: StoreFixture,
                                                                   sec: Desk) -> None:
    """A record that a later one superseded (an import can leave the old one active) is not
    the person's clearance: it never shows, and never takes a place on a limited page."""
    old, plain, last = add(sec, 1, "Senas"), add(sec, 2, "Paprastas"), add(sec, 3, "Paskutinis")
    grant(sec, old, number="OLD", valid_until=date(2026, 12, 1))
    grant(sec, plain, number="P", valid_until=date(2026, 12, 5))
    grant(sec, last, number="L", valid_until=date(2026, 12, 9))
    superseded = staff.get_person(sec, old).clearance
    assert superseded is not None
    with store.raw_write() as conn:
        conn.execute(
            Clearance.__table__.insert().values(
                person_id=superseded.person_id, level="secret", number="NEW",
                issued=date(2025, 6, 1), valid_until=date(2031, 6, 1), status="active",
                updated_at=datetime(2025, 6, 1)))
    assert [p.personal_code for p in clearances.expiring(sec)] == [plain, last]
    assert [p.personal_code for p in clearances.expiring(sec, limit=1)] == [plain]
    (p,) = clearances.expiring(sec, limit=1)
    assert p.clearance is not None and p.clearance.number == "P"
    assert p.clearance.status is ClearanceStatus.ACTIVE and p.full_name == "Aušra Paprastas"
    clearances.suspend(sec, last, "Patikrinimas")
    got = clearances.expiring(sec)
    assert [(v.personal_code, v.clearance.status if v.clearance else None) for v in got] == [
        (plain, ClearanceStatus.ACTIVE), (last, ClearanceStatus.SUSPENDED)]
