"""Audit trail pages: filters in SQL, newest first, keyset paging, verification with progress."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.services import audit_queries as aq
from app.services.errors import PermissionDenied
from app.services.staff_queries import count_people, units
from tests.services.workflow_helpers import add_cleared_person


def test_pages_filters_and_counts(store) -> None:
    sec = store.as_user("saugumas")
    for i in range(1, 6):
        add_cleared_person(sec, i, unit="Analizės skyrius" if i % 2 else "Ryšių skyrius")
    admin = store.as_user("admin")
    rows = aq.audit_page(admin, limit=1000)
    seqs = [r.seq for r in rows]
    assert seqs == sorted(seqs, reverse=True) and seqs[-1] == 1
    first = aq.audit_page(admin, limit=3)
    second = aq.audit_page(admin, before_seq=first[-1].seq, limit=3)
    assert [r.seq for r in first + second] == seqs[:6]
    clearance = aq.audit_page(admin, aq.AuditFilter(action="clearance"))
    assert len(clearance) == 5 and {r.action for r in clearance} == {"clearance.set"}
    assert aq.audit_count(admin, aq.AuditFilter(action="clearance")) == 5
    assert aq.audit_count(admin, aq.AuditFilter(action="clear")) == 0
    assert {r.username for r in aq.audit_page(admin, aq.AuditFilter(username="saugumas"))} == {
        "saugumas"}
    assert aq.audit_count(admin, aq.AuditFilter(entity="person")) == 5
    assert aq.audit_count(admin, aq.AuditFilter(date_from=date(2026, 11, 25),
                                                date_to=date(2026, 11, 25))) == len(seqs)
    assert aq.audit_count(admin, aq.AuditFilter(date_to=date(2026, 11, 24))) == 0
    users, actions, entities = aq.audit_choices(admin)
    assert "saugumas" in users and "clearance" in actions and "clearance.set" in actions
    assert "person" in entities
    assert units(admin) == ["Analizės skyrius", "Ryšių skyrius"]
    assert count_people(admin, unit="Ryšių skyrius") == 2
    assert count_people(admin, prefix="ZUK") == 5


def test_clerks_cannot_read_the_trail(store) -> None:
    with pytest.raises(PermissionDenied):
        aq.audit_page(store.as_user("rastine"))


def test_verification_reports_progress_names_a_tampered_entry_and_stops(store) -> None:
    admin = store.as_user("admin")
    seen: list[tuple[int, int]] = []
    report = aq.verify_with_progress(admin, lambda d, t, m: seen.append((d, t)), every=2)
    assert report.ok and report.entries == report.last_seq >= 8
    assert seen[0] == (0, report.last_seq) and seen[-1] == (report.last_seq, report.last_seq)
    assert len(seen) > 3
    with store.raw_write() as conn:  # the strongest insider of the backend
        conn.execute(text("UPDATE audit_entry SET after = '{\"username\":\"x\"}' WHERE seq = 4"))
    bad = aq.verify_with_progress(admin)
    assert not bad.ok and bad.first_bad_seq == 4 and "4" in (bad.problem or "")

    class Stop(Exception):
        pass

    def stop(done: int, total: int, message: str) -> None:
        if done >= 2:
            raise Stop

    with pytest.raises(Stop):
        aq.verify_with_progress(admin, stop, every=2)
