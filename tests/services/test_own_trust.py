"""Promises that hold against our own users: who reads the audit trail, who decides a head's
own trip."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.services import decisions, delegations, queries, requests, users
from app.services.errors import PermissionDenied
from app.store.models import AuditEntry, Decision
from tests.conftest import PASSPHRASES, StoreFixture
from tests.services.workflow_helpers import add_cleared_person, draft
from tests.store.helpers import run_cli


def test_a_deputy_never_decides_the_trip_of_the_head_who_delegated(store: StoreFixture) -> None:
    sec, clerk, dep = (store.as_user("saugumas"), store.as_user("rastine"),
                       store.as_user("pavaduotojas"))
    head = store.head
    try:
        code = add_cleared_person(sec, 11, last="Žukauskas", first="Jonas", unit="Vadovybė")
        users.link_person(head, "vadovas", code)
        # A delegation for every unit, in force today (2026-11-25).
        delegations.add(head, "pavaduotojas", valid_from=date(2026, 11, 20),
                        valid_to=date(2026, 12, 5))
        v = requests.new_request(clerk, draft(code))
        requests.submit(clerk, v.id)
        ctx = queries.review_context(dep, v.id)
        assert not ctx.may_decide
        assert "appoints the head" in ctx.may_decide_reason
        for outcome in ("approve", "deny"):
            with pytest.raises(PermissionDenied, match="decided outside the institution"):
                decisions.decide(dep, v.id, outcome, reason="x")
        with dep.read() as s:
            assert s.execute(select(Decision)).first() is None
            last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
            assert last is not None and last.action == "refused"
            assert "head" in last.after
        assert requests.get_request(clerk, v.id).state.value == "submitted"
        # The same deputy still decides anybody else's trip under that delegation.
        other = add_cleared_person(sec, 12, last="Čiurlionis", unit="Vadovybė")
        w = requests.new_request(clerk, draft(other))
        requests.submit(clerk, w.id)
        assert decisions.decide(dep, w.id, "approve").state.value == "approved"
    finally:
        for d in (sec, clerk, dep):
            d.lock()


@pytest.mark.parametrize("username", ["rastine", "pavaduotojas"])
def test_audit_list_is_refused_to_clerk_and_deputy(store: StoreFixture, username: str) -> None:
    store.head.lock()
    res = run_cli(store.path, username, "audit", "list", passphrase=PASSPHRASES[username])
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    assert "read the audit trail" in res.stderr
    assert res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("username", ["vadovas", "saugumas", "inspektorius", "admin"])
def test_audit_list_is_open_to_its_readers(store: StoreFixture, username: str) -> None:
    store.head.lock()
    res = run_cli(store.path, username, "audit", "list", "--json", "--limit", "3",
                  passphrase=PASSPHRASES[username])
    assert res.returncode == 0, res.stderr
    assert '"action": "unlock"' in res.stdout
