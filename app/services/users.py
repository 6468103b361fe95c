"""User accounts: roles, key slots, passphrases, links to person records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk, file_store
from app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.store.keyfile import KdfParams, kdf_from_environment
from app.store.models import Person, User, UserRole
from app.store.server import ServerStore
from app.store.store import OpenStore, Rotation, StoreBusy, user_slot_id

MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    position: str
    roles: tuple[Role, ...]
    person_code: str | None
    active: bool


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A passphrase must be at least %1 "
                "characters long."), MIN_PASSPHRASE))


def _valid_username(username: str) -> str:
    u = username.strip()
    if not u or len(u) > 64 or not all(ch.isalnum() or ch in "._-" for ch in u):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A user name is 1-64 letters, digits, "
                "dots, dashes or underscores.")))
    return u


def _roles(values: list[str] | tuple[str, ...]) -> list[Role]:
    out = []
    for v in values:
        try:
            out.append(Role(v))
        except ValueError:
            names = ", ".join(r.value for r in Role)
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Unknown role %1; the roles are %2."),
                    repr(v), names)) from None
    if not out:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A user needs at least one role.")))
    return sorted(set(out))


def add_user(
    desk: Desk,
    username: str,
    *,
    full_name: str,
    roles: list[str] | tuple[str, ...],
    passphrase: str,
    position: str = "",
    person_code: str | None = None,
    kdf: KdfParams | None = None,
) -> UserView:
    username = _valid_username(username)
    role_list = _roles(roles)
    check_passphrase(passphrase)
    if not full_name.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A user needs a full name.")))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "add users"), Role.ADMIN) as s:
        if s.execute(select(User.id).where(User.username == username)).first():
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "A user named %1 already exists."),
                    repr(username)))
        person_id = _person_id(s, person_code)
        user = User(username=username, full_name=full_name.strip(), position=position,
                    person_id=person_id, created_at=desk.now())
        s.add(user)
        s.flush()
        s.add_all([UserRole(user_id=user.id, role=r.value) for r in role_list])
        desk.record(s, "user.add", "user", user.id,
                    after={"username": username, "full_name": full_name, "roles": role_list,
                           "person_code": person_code})
        # The key slot (file) or login role (server) goes with the row (see StoreHandle). A
        # file's slot is written into the key file before this unit commits, deliberately:
        # a slot without its user is harmless and replaced by the next try, a user without a
        # slot could never log in. For the same reason this is a unit, not a retried `run`.
        desk.store.add_login(s, username, passphrase, [r.value for r in role_list],
                             kdf or kdf_from_environment())
        view = _view(s, user)
    desk.announce("user")
    return view


def _person_id(s: object, person_code: str | None) -> int | None:
    if not person_code:
        return None
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    pid = s.execute(select(Person.id).where(Person.personal_code == person_code)).scalar()
    if pid is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "No person with personal code %1 is in the "
                "registry."), person_code))
    return pid


def _view(s: object, user: User) -> UserView:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    roles = tuple(sorted(Role(r) for r in s.execute(
        select(UserRole.role).where(UserRole.user_id == user.id)).scalars()))
    code = None
    if user.person_id is not None:
        code = s.execute(select(Person.personal_code).where(Person.id == user.person_id)).scalar()
    return UserView(user.id, user.username, user.full_name, user.position, roles, code,
                    user.active)


def list_users(desk: Desk) -> list[UserView]:
    with desk.read() as s:
        users = s.execute(select(User).order_by(User.username)).scalars().all()
        return [_view(s, u) for u in users]


def get_user(desk: Desk, username: str) -> UserView:
    with desk.read() as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if u is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no user named %1."),
                    repr(username)))
        return _view(s, u)


def rotate_keys(desk: Desk, why: str, new_recovery: str | None = None) -> Rotation:
    """A new key generation for the slots that remain (no passphrase needed), audited.
    Only a file store has keys to rotate; a server drops the login role instead."""
    store = file_store(desk)
    # Two steps, deliberately: the key file is rotated first (it is not in the database),
    # then its audit entry is the unit of work below.
    rotation = store.rotate(new_recovery)
    with desk.unit() as s:
        desk.record(s, "store.rekey", "store", desk.store.store_id,
                    after={"generation": rotation.generation, "why": why,
                           "dropped_users": list(rotation.dropped_users),
                           "new_recovery_key": new_recovery is not None})
    return rotation


def change_passphrase(desk: Desk, username: str, new_passphrase: str,
                      kdf: KdfParams | None = None) -> Rotation | None:
    """A new key pair for the slot under the new passphrase, then a new key generation: a
    copy of the key file taken with the old (perhaps leaked) passphrase opens nothing new.
    Users change their own; an admin may reset anyone's. None when the keys could not be
    rotated (a recovery slot from format /1: see OpenStore.rotate)."""
    check_passphrase(new_passphrase)
    if username != desk.actor.username and not desk.actor.has(Role.ADMIN):
        if desk.actor.username != "(recovery)":
            desk.require(QT_TRANSLATE_NOOP("Core", "change another user's passphrase"), Role.ADMIN)
    # The new slot is written before the commit, as in add_user; the key rotation after it
    # is a second step of its own (rotate_keys), skipped when the store is open elsewhere.
    with desk.unit() as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if u is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no user named %1."),
                    repr(username)))
        desk.record(s, "user.passwd", "user", u.id, after={"username": username})
        desk.store.change_login_password(s, username, new_passphrase,
                                         kdf or kdf_from_environment())
    if not isinstance(desk.store, OpenStore) or not desk.store.can_rotate():
        return None
    try:
        return rotate_keys(desk, "user.passwd")
    except StoreBusy:
        return None


def set_roles(desk: Desk, username: str, roles: list[str]) -> UserView:
    role_list = _roles(roles)
    with desk.unit(QT_TRANSLATE_NOOP("Core", "change roles"), Role.ADMIN) as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if u is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no user named %1."),
                    repr(username)))
        before = _view(s, u).roles
        s.execute(delete(UserRole).where(UserRole.user_id == u.id))
        s.add_all([UserRole(user_id=u.id, role=r.value) for r in role_list])
        _keep_an_admin(s, excluding=None)
        desk.store.set_login_roles(s, username, [r.value for r in role_list])
        desk.record(s, "user.roles", "user", u.id, before={"roles": before},
                    after={"roles": role_list})
        view = _view(s, u)
    desk.announce("user")
    return view


def _keep_an_admin(s: object, excluding: int | None) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    q = select(UserRole.user_id).join(User, User.id == UserRole.user_id).where(
        UserRole.role == Role.ADMIN.value, User.active.is_(True))
    if excluding is not None:
        q = q.where(UserRole.user_id != excluding)
    if s.execute(q.limit(1)).first() is None:
        raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "The store must keep at least one active "
                "administrator.")))


def link_person(desk: Desk, username: str, person_code: str | None) -> UserView:
    with desk.unit(QT_TRANSLATE_NOOP("Core", "link users to person records"), Role.ADMIN) as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if u is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no user named %1."),
                    repr(username)))
        before = u.person_id
        u.person_id = _person_id(s, person_code)
        desk.record(s, "user.link_person", "user", u.id, before={"person_id": before},
                    after={"person_id": u.person_id, "person_code": person_code})
        view = _view(s, u)
    desk.announce("user")
    return view


def remove_user(desk: Desk, username: str) -> Rotation | None:
    """Deactivate the account (its history stays), delete its key slot, and rotate the keys:
    a copy of the slot the user may have kept opens nothing of the store from now on.
    None when the store was open elsewhere and could not be rotated (run rekey then)."""
    if username == desk.actor.username:
        raise PermissionDenied(msg(QT_TRANSLATE_NOOP("Core", "You cannot remove your own "
                "account.")))
    if desk.actor.has(Role.ADMIN) and isinstance(desk.store, OpenStore) \
            and not desk.store.can_rotate():
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Core", "A removed user's old copy of the key file would still open this store: "
            "first open it once with the recovery key, or run rekey --new-recovery-key.")))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "remove users"), Role.ADMIN) as s:
        u = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if u is None or not u.active:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no active user named %1."),
                    repr(username)))
        u.active = False
        _keep_an_admin(s, excluding=u.id)
        desk.record(s, "user.remove", "user", u.id, after={"username": username})
        if isinstance(desk.store, ServerStore):
            # The login role goes in the same transaction: from the commit on, the server
            # refuses the removed user whatever copy of anything they kept.
            desk.store.remove_login(s, username)
    # On a file store, two more steps after the commit: the slot leaves the key file and the
    # keys are rotated (each outside the database; rotate_keys audits the rotation).
    if not isinstance(desk.store, OpenStore):
        desk.announce("user")
        return None
    desk.store.remove_user_slot(username)
    try:
        rotation: Rotation | None = rotate_keys(desk, "user.remove")
    except StoreBusy:
        rotation = None
    desk.announce("user")
    return rotation


def slot_id(username: str) -> str:
    return user_slot_id(username)
