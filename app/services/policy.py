"""The policy in force: read the newest version, publish a new one (old decisions keep theirs)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, select
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
from app.store.txn_memo import forget, once_per_transaction


@dataclass(frozen=True)
class PolicyInForce:
    version: int
    policy: Policy
    note: str


# session.info key: the policy in force as this transaction read it (see in_force).
_IN_FORCE = "policy.in_force"


@lru_cache(maxsize=8)
def _parsed(body: str) -> Policy:
    # A Policy is frozen; the same body parses to the same policy (0.3 ms a parse, on every
    # request entered and every decision and its letter).
    return policy_from_json(body)


def in_force(session: Session) -> PolicyInForce:
    """The newest version, read once per transaction: a decision and its letter both ask."""

    def read() -> PolicyInForce:
        return _seen(session.execute(in_force_q()).one())

    return once_per_transaction(session, _IN_FORCE, read)


@functools.cache
def in_force_q() -> Select[*tuple[Any, ...]]:
    """in_force's question, for a worklist that sends its questions at once
    (app.store.batch); `settle` takes the answer."""
    return (select(PolicyVersion.id, PolicyVersion.body, PolicyVersion.note)
            .order_by(PolicyVersion.id.desc()).limit(1))


def settle(session: Session, row: Sequence[Any]) -> PolicyInForce:
    """The policy in force from in_force_q's row, kept for the rest of the transaction."""
    value = _seen(row)
    once_per_transaction(session, _IN_FORCE, lambda: value)
    return value


_last_seen: list[PolicyInForce] = []


def last_seen() -> PolicyInForce | None:
    """The policy this process read last, from any store: a guess for a question that needs
    the policy before the answer comes, to be checked against `settle` in the same snapshot
    (policies change seldom, so the guess is nearly always right)."""
    return _last_seen[0] if _last_seen else None


def _seen(row: Sequence[Any]) -> PolicyInForce:
    value = PolicyInForce(row[0], _parsed(row[1]), row[2])
    _last_seen[:] = [value]
    return value


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
        forget(s, _IN_FORCE)
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
