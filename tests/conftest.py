"""Shared fixtures: real SQLCipher stores with cheap KDF parameters, users of every role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap Argon2 for tests only; `doctor` flags stores made this way.
os.environ["PERMIT_DESK_KDF_PROFILE"] = "test"

from app.services.desk import Desk, init_store, open_desk  # noqa: E402
from app.store.keyfile import TEST_KDF  # noqa: E402

PASSPHRASES = {
    "vadovas": "head-passphrase-1",
    "pavaduotojas": "deputy-passphrase-1",
    "rastine": "clerk-passphrase-1",
    "saugumas": "security-passphrase-1",
    "inspektorius": "inspector-passphrase-1",
    "admin": "admin-passphrase-1",
}
ROLES = {
    "pavaduotojas": ["deputy"],
    "rastine": ["clerk"],
    "saugumas": ["security_officer"],
    "inspektorius": ["inspector"],
    "admin": ["admin"],
}
FULL_NAMES = {
    "vadovas": "Jonas Žukauskas",
    "pavaduotojas": "Aušra Čepulienė",
    "rastine": "Rūta Šimkutė",
    "saugumas": "Gintarė Ąžuolaitė",
    "inspektorius": "Vytautas Ėmužis",
    "admin": "Darius Įžulis",
}


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.when += timedelta(**delta)


@dataclass
class StoreFixture:
    path: Path
    recovery_key: str
    clock: FixedClock
    head: Desk

    def as_user(self, username: str) -> Desk:
        return open_desk(self.path, username, PASSPHRASES[username], clock=self.clock)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[StoreFixture]:
    """A new store with the head (vadovas) and one user of every other role."""
    from app.services import users

    path = tmp_path / "store" / "permit-desk.db"
    new = init_store(path, institution="Valstybės saugumo departamentas", head_username="vadovas",
                     head_full_name=FULL_NAMES["vadovas"], passphrase=PASSPHRASES["vadovas"],
                     kdf=TEST_KDF, bind=False, clock=clock, institution_code="188692688",
                     institution_address="Vilniaus g. 1, LT-01100 Vilnius")
    for username, roles in ROLES.items():
        users.add_user(new.desk, username, full_name=FULL_NAMES[username], roles=roles,
                       passphrase=PASSPHRASES[username], kdf=TEST_KDF)
    fx = StoreFixture(path, new.recovery_key, clock, new.desk)
    yield fx
    new.desk.lock()
