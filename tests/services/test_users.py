"""Users and roles: only an admin changes accounts; every refusal is a sentence and an audit
entry."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.domain.enums import Role, label
from app.domain.text import fold
from app.services import audit_queries, users
from app.services.desk import Desk
from app.services.errors import Conflict, InvalidInput, PermissionDenied
from app.services.opening import open_desk
from app.store.errors import WrongPassphrase
from app.store.keyfile import TEST_KDF
from app.store.models import AuditEntry, Person
from tests.conftest import PASSPHRASES, StoreFixture

NOT_ADMINS = ["pavaduotojas", "rastine", "saugumas", "inspektorius"]


def _add_person(desk: Desk, code: str = "38001010007") -> str:
    now = desk.now()
    with desk.store.session() as s:
        s.add(Person(personal_code=code, last_name="Petraitis", first_name="Jonas",
                     search_name=fold("Petraitis Jonas"), position="", unit="",
                     category="civil_servant",
                     created_at=now, updated_at=now))
        s.commit()
    return code


SERVICES: dict[str, tuple[Callable[[Desk], object], str]] = {
    "add_user": (lambda d: users.add_user(d, "naujas", full_name="Naujas Vartotojas",
                                          roles=["clerk"], passphrase="new-user-passphrase",
                                          kdf=TEST_KDF), "add users"),
    "set_roles": (lambda d: users.set_roles(d, "rastine", ["head", "admin"]), "change roles"),
    "link_person": (lambda d: users.link_person(d, "rastine", "38001010007"),
                    "link users to person records"),
    "remove_user": (lambda d: users.remove_user(d, "rastine" if d.actor.username != "rastine"
                                                else "saugumas"), "remove users"),
    "change_passphrase_of_another": (
        lambda d: users.change_passphrase(d, "vadovas", "stolen-passphrase-1", kdf=TEST_KDF),
        "change another user's passphrase"),
}


def _state(fx: StoreFixture) -> tuple[object, object]:
    return users.list_users(fx.head), fx.credentials()


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_non_admins_are_refused_with_a_sentence_and_an_audit_entry(
        store: StoreFixture, service: str) -> None:
    call, what = SERVICES[service]
    _add_person(store.head)
    for username in NOT_ADMINS:
        before = _state(store)
        desk = store.as_user(username)
        try:
            with pytest.raises(PermissionDenied) as err:
                call(desk)
            assert str(err.value) == (f"{username} may not {what}: that needs the role "
                                      f"{label(Role.ADMIN, 'en')}.")
            with desk.read() as s:
                last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())
                                 .limit(1)).scalar_one()
                assert (last.username, last.action) == (username, "refused")
                assert json.loads(last.after) == {"attempted": what, "needs": ["admin"]}
        finally:
            desk.lock()
        assert _state(store) == before, f"{username} changed something while refused"
    assert audit_queries.verify(store.head).ok


def test_admin_manages_users_end_to_end(store: StoreFixture) -> None:
    code = _add_person(store.head)
    admin = store.as_user("admin")
    try:
        v = users.add_user(admin, "naujas", full_name="Naujas Vartotojas", roles=["clerk", "clerk"],
                           passphrase="new-user-passphrase", kdf=TEST_KDF, person_code=code)
        assert v.roles == ("clerk",) and v.person_code == code
        assert users.set_roles(admin, "naujas", ["inspector"]).roles == ("inspector",)
        assert users.link_person(admin, "naujas", None).person_code is None
        users.change_passphrase(admin, "naujas", "second-passphrase-1", kdf=TEST_KDF)
        with pytest.raises(WrongPassphrase):
            open_desk(store.path, "naujas", "new-user-passphrase")
        open_desk(store.path, "naujas", "second-passphrase-1").lock()
        assert store.can_log_in("naujas")
        users.remove_user(admin, "naujas")
        assert not users.get_user(admin, "naujas").active
        assert not store.can_log_in("naujas")
        with pytest.raises(WrongPassphrase):
            open_desk(store.path, "naujas", "second-passphrase-1")
        with admin.read() as s:
            actions = s.execute(select(AuditEntry.action).where(
                AuditEntry.username == "admin")).scalars().all()
        assert {"user.add", "user.roles", "user.link_person", "user.passwd",
                "user.remove"} <= set(actions)
    finally:
        admin.lock()


def test_users_change_their_own_passphrase_without_admin(store: StoreFixture) -> None:
    clerk = store.as_user("rastine")
    try:
        users.change_passphrase(clerk, "rastine", "clerk-passphrase-2", kdf=TEST_KDF)
    finally:
        clerk.lock()
    with pytest.raises(WrongPassphrase):
        open_desk(store.path, "rastine", PASSPHRASES["rastine"])
    open_desk(store.path, "rastine", "clerk-passphrase-2").lock()


def test_invalid_input_and_last_admin_are_refused(store: StoreFixture) -> None:
    with pytest.raises(InvalidInput):
        users.add_user(store.head, "x", full_name="X", roles=["clerk"], passphrase="short")
    with pytest.raises(InvalidInput):
        users.add_user(store.head, "bad name!", full_name="X", roles=["clerk"],
                       passphrase="long-enough-passphrase")
    with pytest.raises(InvalidInput):
        users.set_roles(store.head, "rastine", ["emperor"])
    with pytest.raises(Conflict):
        users.add_user(store.head, "rastine", full_name="X", roles=["clerk"],
                       passphrase="long-enough-passphrase", kdf=TEST_KDF)
    with pytest.raises(PermissionDenied):
        users.remove_user(store.head, "vadovas")
    users.set_roles(store.head, "admin", ["clerk"])
    with pytest.raises(Conflict):
        users.set_roles(store.head, "vadovas", ["head"])  # would leave no administrator
    # the refused changes left the head an administrator
    assert "admin" in users.get_user(store.head, "vadovas").roles
