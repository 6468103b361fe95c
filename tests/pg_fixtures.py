"""pytest plugin: one real PostgreSQL cluster per run (`pg_server`), a fresh database per test
(`pg_database`). A machine without PostgreSQL fails these tests in one line: never a skip."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.pg_server import PgServer, PostgresMissing

_numbers = itertools.count(1)


@dataclass(frozen=True)
class PgDatabase:
    server: PgServer
    name: str
    url: str  # the superuser's SQLAlchemy URL for this database
    dsn: str  # the same as a libpq URI, for psycopg.connect()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = PgServer()
    except PostgresMissing as e:
        pytest.fail(str(e), pytrace=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[PgDatabase]:
    name = pg_server.create_database(f"permit_desk_test_{next(_numbers)}")
    yield PgDatabase(pg_server, name, pg_server.superuser_url(name),
                     pg_server.superuser_dsn(name))
    pg_server.drop_database(name)
