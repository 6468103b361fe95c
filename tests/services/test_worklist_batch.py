"""A worklist refresh sends all its questions at once (app.store.batch): the answers are the
ones asked one by one would give, and the expiring list follows the policy in force even when
the policy changed since this process last read it (the window is guessed, then checked)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import bindparam, select

from app.services import clearances, policy, queries, transitions, worklist
from app.services.desk import Desk
from app.services.errors import PermissionDenied
from app.store.batch import execute_all, fetch_all
from app.store.models import StateCount, TravelRequest
from tests.conftest import StoreFixture
from tests.services.workflow_helpers import add_cleared_person


def _expiring(desk: Desk) -> list[str | None]:
    return [i.person_code for i in worklist.for_user(desk) if i.kind == "expiring_clearance"]


def test_expiring_follows_a_policy_changed_since_it_was_last_read(store: StoreFixture) -> None:
    officer = store.as_user("saugumas")
    today = officer.today()
    code = add_cleared_person(officer, 1, valid_until=today + timedelta(days=45))
    assert _expiring(officer) == [code]  # the default window: 60 days

    policy.change(store.head, "Trumpesnis įspėjimas", expiring_within_days=30)
    seen = policy.last_seen()
    assert seen is not None and seen.version == 1  # the guess is now wrong
    assert _expiring(officer) == []
    seen = policy.last_seen()
    assert seen is not None and seen.version == 2

    policy.change(store.head, "Ilgesnis įspėjimas", expiring_within_days=90)
    assert _expiring(officer) == [code]


def test_a_batch_answers_as_the_queries_one_by_one(store: StoreFixture) -> None:
    officer = store.as_user("saugumas")
    today = officer.today()
    for serial in range(3):
        add_cleared_person(officer, serial, valid_until=today + timedelta(days=10 + serial))
    asked = [(policy.in_force_q(), {}), (queries.pending_q(), {"limit": 5}),
             (queries.letters_waiting_q(), {"limit": 5})]
    with officer.read() as s:
        asked.append(clearances.expiring_query(s, today, 60, 2))
        together = fetch_all(s, asked)
        alone = [s.execute(stmt, params).all() for stmt, params in asked]
    assert [[tuple(r) for r in rows] for rows in together] == \
        [[tuple(r) for r in rows] for rows in alone]
    assert len(together[0]) == 1 and len(together[-1]) == 2  # the limit applies in a batch


@pytest.mark.parametrize("backend", ["server"], indirect=True)
def test_a_statement_rendered_at_execution_is_refused(store: StoreFixture) -> None:
    """An IN list is rendered per call; sent as compiled once it would be wrong, so a batch
    refuses it rather than answer something else."""
    ids = select(TravelRequest.id).where(TravelRequest.id.in_(bindparam("ids", expanding=True)))
    with store.head.read() as s, pytest.raises(TypeError, match="IN lists"):
        fetch_all(s, [(ids, {"ids": [1, 2]}), (queries.pending_q(), {"limit": 1})])


@pytest.mark.parametrize("backend", ["server"], indirect=True)
def test_a_refusal_in_a_batch_is_told_as_any_other(store: StoreFixture) -> None:
    """The driver's own errors in a batch reach the unit of work as SQLAlchemy's would: a
    privilege the role lacks is the same sentence, and a deadlock would be retried."""
    inspector = store.as_user("inspektorius")
    bump = (transitions._upsert("postgresql", StateCount, ("state",)),
            [{"state": "submitted", "n": 1}])
    with pytest.raises(PermissionDenied, match="your role does not allow"), \
            inspector.unit() as s:
        execute_all(s, [bump, bump])
    with inspector.read() as s:
        assert queries.count_by_state(s) == {}  # nothing was written
