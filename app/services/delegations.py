"""Delegations: the head lends approval power to a deputy for a period, optionally for units."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import InvalidInput, NotFound
from app.services.request_views import DelegationView
from app.store.models import Delegation, User, UserRole


def _view(s: Session, d: Delegation) -> DelegationView:
    f = s.get(User, d.from_user_id)
    t = s.get(User, d.to_user_id)
    assert f is not None and t is not None
    return DelegationView(d.id, f.username, t.username, t.full_name, d.valid_from, d.valid_to,
                          tuple(json.loads(d.units)) if d.units else (), d.revoked_at is not None)


def add(desk: Desk, to_username: str, *, valid_from: date, valid_to: date,
        units: tuple[str, ...] = ()) -> DelegationView:
    if valid_to < valid_from:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A delegation must end on or after the "
                "day it starts.")))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "delegate approval"), Role.HEAD) as s:
        to = s.execute(select(User).where(User.username == to_username)).scalar_one_or_none()
        if to is None or not to.active:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no active user named %1."),
                    repr(to_username)))
        roles = set(s.execute(select(UserRole.role).where(UserRole.user_id == to.id)).scalars())
        if Role.DEPUTY.value not in roles:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not a deputy; give them the "
                    "deputy role first."), to_username))
        d = Delegation(from_user_id=desk.actor.user_id, to_user_id=to.id, valid_from=valid_from,
                       valid_to=valid_to,
                       units=json.dumps(sorted(set(units)), ensure_ascii=False) if units else "",
                       created_at=desk.now())
        s.add(d)
        s.flush()
        desk.record(s, "delegation.add", "delegation", d.id,
                    after={"to": to_username, "from": desk.actor.username,
                           "valid_from": valid_from, "valid_to": valid_to, "units": list(units)})
        view = _view(s, d)
    desk.announce("delegation")
    return view


def revoke(desk: Desk, delegation_id: int) -> DelegationView:
    with desk.unit(QT_TRANSLATE_NOOP("Core", "revoke delegations"), Role.HEAD) as s:
        d = s.get(Delegation, delegation_id)
        if d is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no delegation %1."),
                    delegation_id))
        if d.revoked_at is not None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Delegation %1 is already revoked."),
                    delegation_id))
        d.revoked_at = desk.now()
        desk.record(s, "delegation.revoke", "delegation", d.id)
        view = _view(s, d)
    desk.announce("delegation")
    return view


def list_all(desk: Desk) -> list[DelegationView]:
    with desk.read() as s:
        rows = s.execute(select(Delegation).order_by(Delegation.valid_from.desc())).scalars()
        return [_view(s, d) for d in rows]


def in_force_for(s: Session, user_id: int, on: date, unit: str) -> Delegation | None:
    """The delegation that lets this deputy decide for a traveller of this unit on this day."""
    rows = s.execute(
        select(Delegation).where(Delegation.to_user_id == user_id,
                                 Delegation.valid_from <= on, Delegation.valid_to >= on,
                                 Delegation.revoked_at.is_(None))
        .order_by(Delegation.id)).scalars().all()
    for d in rows:
        units = json.loads(d.units) if d.units else []
        if not units or unit in units:
            return d
    return None


