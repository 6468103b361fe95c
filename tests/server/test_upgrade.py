"""`permit-desk server upgrade`: a server store at an older schema is refused with the command
that fixes it, and the command brings it to this version's head as the owner role, with the
privileges and guards renewed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text

from app.services import decisions, requests
from app.services.opening import open_desk
from app.store import schema
from app.store.errors import StoreError
from tests.conftest import PASSPHRASES, StoreFixture
from tests.services.tally_check import assert_tallies_match
from tests.services.workflow_helpers import add_cleared_person, draft
from tests.store.helpers import run_cli

on_server = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _back_to_0002(store: StoreFixture) -> None:
    engine = create_engine(store.superuser_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_debrief_open_due"))
            conn.execute(text("DROP TABLE request_tally, leg_tally"))  # 0004
            conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    finally:
        engine.dispose()


@on_server
def test_an_older_server_store_is_refused_then_upgraded(store: StoreFixture) -> None:
    # Requests for 0004 to tally: one approved with two countries, one draft.
    clerk = store.as_user("rastine")
    code = add_cleared_person(store.as_user("saugumas"), 1)
    approved = requests.new_request(clerk, draft(code, countries=("BY", "RU")))
    requests.submit(clerk, approved.id)
    decisions.decide(store.head, approved.id, "approve")
    requests.new_request(clerk, draft(code))
    clerk.lock()
    _back_to_0002(store)
    with pytest.raises(StoreError) as refused:
        open_desk(store.path, "rastine", PASSPHRASES["rastine"])
    assert f"is at schema 0002 and this Permit Desk needs {schema.HEAD}" in str(refused.value)
    assert "permit-desk server upgrade" in str(refused.value)

    assert isinstance(store.path, str)
    from urllib.parse import urlsplit

    password = urlsplit(store.superuser_url).password or ""
    res = run_cli(store.path, None, "server", "upgrade", PERMIT_DESK_SETUP_PASSWORD=password)
    assert res.returncode == 0, res.stderr
    assert f"upgraded from schema 0002 to {schema.HEAD}" in res.stdout

    clerk = open_desk(store.path, "rastine", PASSPHRASES["rastine"], clock=store.clock)
    try:
        with clerk.read() as s:
            assert s.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                  "'ix_debrief_open_due'")).scalar() == 1
            # 0004 filled the tallies from the rows (the month by to_char on PostgreSQL)...
            assert s.execute(text("SELECT sum(n) FROM request_tally WHERE country = '*'")
                             ).scalar() == 2
            assert_tallies_match(s, date(2026, 12, 31))
        # ... and the renewed privileges let a clerk keep them.
        later = requests.new_request(clerk, draft(code, countries=("RU",)))
        requests.submit(clerk, later.id)
        with clerk.read() as s:
            assert_tallies_match(s, date(2026, 12, 31))
        # The guards are still in force after the renewal: the clerk cannot touch the trail.
        with pytest.raises(Exception) as guarded:
            with clerk.store.engine.begin() as conn:
                conn.execute(text("DELETE FROM audit_entry"))
        assert "permission denied" in str(guarded.value) or "append-only" in str(guarded.value)
    finally:
        clerk.lock()

    again = run_cli(store.path, None, "server", "upgrade", PERMIT_DESK_SETUP_PASSWORD=password)
    assert again.returncode == 0 and f"is at schema {schema.HEAD}" in again.stdout, \
        again.stderr
