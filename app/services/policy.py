"""The policy in force: read the newest version, publish a new one (old decisions keep theirs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.domain.policy import (
    Policy,
    PolicyError,
    policy_from_json,
    policy_to_dict,
    policy_to_json,
    with_changes,
)
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import InvalidInput
from app.store.models import PolicyVersion


@dataclass(frozen=True)
class PolicyInForce:
    version: int
    policy: Policy
    note: str


def in_force(session: Session) -> PolicyInForce:
    row = session.execute(
        select(PolicyVersion).order_by(PolicyVersion.id.desc()).limit(1)
    ).scalar_one()
    return PolicyInForce(row.id, policy_from_json(row.body), row.note)


def current(desk: Desk) -> PolicyInForce:
    with desk.read() as s:
        return in_force(s)


def version(desk: Desk, version_id: int) -> PolicyInForce:
    with desk.read() as s:
        row = s.get(PolicyVersion, version_id)
        if row is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "There is no policy version %1."),
                    version_id))
        return PolicyInForce(row.id, policy_from_json(row.body), row.note)


def publish(desk: Desk, policy: Policy, note: str = "") -> PolicyInForce:
    """A new version; unchanged policy is refused so versions always mean a change."""
    with desk.unit(QT_TRANSLATE_NOOP("Core", "change the policy"), Role.ADMIN) as s:
        old = in_force(s)
        if policy_to_json(policy) == policy_to_json(old.policy):
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The policy is unchanged; no new "
                    "version was made.")))
        row = PolicyVersion(created_at=desk.now(), created_by=desk.actor.user_id,
                            body=policy_to_json(policy), note=note)
        s.add(row)
        s.flush()
        desk.record(s, "policy.publish", "policy_version", row.id,
                    before=policy_to_dict(old.policy), after=policy_to_dict(policy))
        result = PolicyInForce(row.id, policy, note)
    desk.announce("policy")
    return result


def change(desk: Desk, note: str = "", **changes: Any) -> PolicyInForce:
    try:
        new = with_changes(current(desk).policy, **changes)
    except PolicyError as exc:
        raise InvalidInput(str(exc)) from None
    return publish(desk, new, note)
