"""Migrations: an upgraded store has the schema of a new one (models.py), and a store made by
the shipped 0001 migration gains 0002's indexes when it is opened."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, func, select

from app.services import requests
from app.services.opening import open_desk
from app.services.transitions import ALL_COUNTRIES
from app.store import engine as eng
from app.store import schema
from app.store.models import Base, RequestTally
from app.store.store import latest_backup
from tests.conftest import PASSPHRASES, StoreFixture
from tests.services.tally_check import assert_tallies_match
from tests.services.workflow_helpers import add_cleared_person, draft

NEW_IN_0002 = {
    "ix_request_return": ("travel_request", ["return_date", "id"]),
    "ix_request_submitted": ("travel_request", ["submitted_at", "id"]),
    "ix_request_state_depart": ("travel_request",
                                ["state", "depart", "id", "return_date", "countries"]),
    "ix_request_search": ("travel_request", ["search_text", "id", "depart"]),
    "ix_leg_country": ("itinerary_leg", ["country", "request_id"]),
}


def _schema(conn: Connection) -> dict[tuple[str, str], Any]:
    """Every table's columns and every index's columns, as SQLite reports them."""
    out: dict[tuple[str, str], Any] = {}
    for kind, name, table in conn.exec_driver_sql(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'").all():
        if kind == "table":
            out[(kind, name)] = (
                [tuple(r) for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')],
                sorted(tuple(r)[2:] for r in conn.exec_driver_sql(
                    f'PRAGMA foreign_key_list("{name}")')),
                sorted((r[2], r[3]) for r in conn.exec_driver_sql(
                    f'PRAGMA index_list("{name}")') if r[3] != "c"),  # unique / pk autoindexes
            )
        elif kind == "index":
            out[(kind, name)] = (table, [r[2] for r in conn.exec_driver_sql(
                f'PRAGMA index_info("{name}")')])
    return out


def _indexes(conn: Connection) -> dict[str, tuple[str, list[str]]]:
    return {name: v for (kind, name), v in _schema(conn).items() if kind == "index"}


def _migrate(conn: Connection, how: str, target: str) -> None:
    getattr(command, how)(schema._config(conn), target)


def test_upgrading_from_0001_gives_the_schema_of_a_new_store(tmp_path: Path) -> None:
    key = os.urandom(32)
    made, migrated = (eng.make_engine(tmp_path / f"{n}.db", key) for n in ("made", "migrated"))
    try:
        with made.begin() as conn:
            Base.metadata.create_all(conn)
            want = _schema(conn)
        with migrated.begin() as conn:
            _migrate(conn, "upgrade", "0001")
            old = _indexes(conn)
            assert "ix_request_return" not in old and "ix_leg_country" not in old
            assert old["ix_request_search"] == ("travel_request", ["search_text", "id"])
            schema.upgrade(conn)
            assert schema.current_revision(conn) == schema.HEAD
            assert _schema(conn) == want
        for name, where in NEW_IN_0002.items():
            assert want[("index", name)] == where
        with migrated.begin() as conn:  # and back: 0002's downgrade restores 0001's indexes
            _migrate(conn, "downgrade", "0001")
            assert _indexes(conn) == old
    finally:
        made.dispose()
        migrated.dispose()


def test_opening_a_0001_store_backs_it_up_and_adds_the_indexes(store: StoreFixture) -> None:
    with store.head.store.engine.begin() as conn:
        _migrate(conn, "downgrade", "0001")
        assert schema.current_revision(conn) == "0001"
        assert not set(NEW_IN_0002) - {"ix_request_state_depart", "ix_request_search"} \
            & set(_indexes(conn))
    store.head.lock()
    desk = open_desk(store.path, "vadovas", PASSPHRASES["vadovas"], clock=store.clock)
    try:
        assert desk.store.upgraded_from == "0001"
        assert latest_backup(desk.store.paths) is not None
        with desk.store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD
            found = _indexes(conn)
            conn.rollback()
        for name, where in NEW_IN_0002.items():
            assert found[name] == where
    finally:
        desk.lock()


def test_0004_tallies_the_requests_already_in_the_store(store: StoreFixture) -> None:
    """A store upgraded to 0004 counts its requests in request_tally and leg_tally as the
    services would have kept them (the month from SQLite's date text, `countries` split)."""
    clerk = store.as_user("rastine")
    code = add_cleared_person(store.as_user("saugumas"), 1)
    submitted = requests.new_request(clerk, draft(code, countries=("BY", "RU")))
    requests.submit(clerk, submitted.id)
    requests.new_request(clerk, draft(code, depart=date(2026, 11, 30), return_=date(2026, 12, 1)))
    with store.head.store.engine.begin() as conn:
        _migrate(conn, "downgrade", "0003")
        assert "request_tally" not in {n for _, n in _schema(conn)}
        schema.upgrade(conn)
    with store.head.read() as s:
        assert s.execute(select(func.sum(RequestTally.n)).where(
            RequestTally.country == ALL_COUNTRIES)).scalar() == 2
        assert_tallies_match(s, date(2026, 11, 25), date(2026, 12, 31))
