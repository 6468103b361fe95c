"""The unit of work every service write goes through (Desk.unit, Desk.run, Desk.rehearse),
on both backends: committed when the block ends, rolled back on any exception, a refusal
found midway audited on its own, and work run again after the database chose it as the
loser of a serialization failure."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.services.desk import Desk, Refused, ServerBusy
from app.services.errors import PermissionDenied
from app.store.models import AuditEntry
from tests.conftest import StoreFixture


def _count(desk: Desk, action: str) -> int:
    with desk.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.action == action)).scalar_one())


def _last_action(desk: Desk) -> tuple[str, str]:
    with desk.read() as s:
        row = s.execute(select(AuditEntry.action, AuditEntry.after)
                        .order_by(AuditEntry.seq.desc()).limit(1)).one()
        return str(row[0]), str(row[1])


def _busy(s: Session, on_server: bool) -> None:
    """What a server does to the loser of a serialization failure; a file store has one
    writer and never does it, so there the work says so itself."""
    if on_server:
        s.execute(text("DO $$ BEGIN RAISE EXCEPTION 'chosen as the loser' "
                       "USING ERRCODE = 'serialization_failure'; END $$"))
    raise ServerBusy("busy")


def test_a_unit_commits_at_its_end_and_keeps_nothing_after_an_exception(
        store: StoreFixture) -> None:
    head = store.head
    with head.unit() as s:
        head.record(s, "test.kept", "", "")
    with pytest.raises(ValueError), head.unit() as s:
        head.record(s, "test.dropped", "", "")
        s.flush()
        raise ValueError("the use case failed after writing")
    with head.rehearse() as s:
        head.record(s, "test.rehearsed", "", "")
        s.flush()
    assert (_count(head, "test.kept"), _count(head, "test.dropped"),
            _count(head, "test.rehearsed")) == (1, 0, 0)


def test_a_refusal_found_midway_is_audited_and_the_work_is_not(store: StoreFixture) -> None:
    head = store.head
    with pytest.raises(PermissionDenied, match="not this one"), head.unit() as s:
        head.record(s, "test.before_refusal", "", "")
        s.flush()
        raise Refused("not this one", "do the test's thing")
    assert _count(head, "test.before_refusal") == 0
    action, after = _last_action(head)
    assert action == "refused" and "do the test's thing" in after


def test_run_runs_the_work_again_after_a_serialization_failure(store: StoreFixture) -> None:
    head = store.head
    tries: list[int] = []

    def work(s: Session) -> int:
        tries.append(len(tries) + 1)
        head.record(s, "test.retried", "", "", after={"try": tries[-1]})
        s.flush()
        if len(tries) < 3:
            _busy(s, store.on_server)
        return tries[-1]

    assert head.run(work) == 3
    assert _count(head, "test.retried") == 1  # the two losers kept nothing
    assert json.loads(_last_action(head)[1])["try"] == 3


def test_run_gives_up_after_its_attempts_and_says_so(store: StoreFixture) -> None:
    head = store.head
    tries: list[int] = []

    def work(s: Session) -> None:
        tries.append(1)
        head.record(s, "test.given_up", "", "")
        s.flush()
        _busy(s, store.on_server)

    with pytest.raises(ServerBusy):
        head.run(work, attempts=2)
    assert len(tries) == 2 and _count(head, "test.given_up") == 0
