"""Deciding a request: who may, on whose behalf, under which policy; decided and signed as
one act (or, by explicit choice, recorded now with the letter to sign later)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DecisionOutcome, LetterKind, RequestState, Role
from app.domain.policy import debrief_due
from app.domain.workflow import Action
from app.i18n import QT_TRANSLATE_NOOP, Message, msg
from app.services import delegations
from app.services import policy as policy_svc
from app.services.desk import RETRIES, Desk, Refused
from app.services.errors import Conflict, InvalidInput
from app.services.letters import PreparedLetter, prepare_letter, render_unsigned, sign_in_session
from app.services.register import queue_letter
from app.services.request_views import RequestView
from app.services.requests import get_request_row, load_view
from app.services.transitions import move_state, set_state
from app.store.models import (
    Decision,
    Delegation,
    Letter,
    Person,
    TravelRequest,
    User,
    UserRole,
)

if TYPE_CHECKING:
    from app.letters.signers import LetterSigner

_ACTIONS = {
    DecisionOutcome.APPROVE: Action.APPROVE,
    DecisionOutcome.DENY: Action.DENY,
    DecisionOutcome.RETURN: Action.RETURN,
}


@dataclass(frozen=True)
class Authority:
    """Why this actor may decide this request: as head, or as deputy for the head."""

    delegation: Delegation | None
    acting_for: User | None


def _judge(desk: Desk, s: Session, person: Person, on: date
           ) -> tuple[Authority | None, str, Message | str]:
    """The one rule of who decides: (authority, "", "") or (None, what was attempted, why not)."""
    actor = desk.actor
    if actor.person_id is not None and actor.person_id == person.id:
        return (None, "decide their own travel request",
                msg(QT_TRANSLATE_NOOP("Core", "This is your own request: nobody may decide "
                                          "their own travel request.")))
    if actor.has(Role.HEAD):
        return Authority(None, None), "", ""
    if actor.has(Role.DEPUTY):
        # A head's own trip is decided by whoever appoints the head, never by a subordinate,
        # whatever delegation the deputy holds (the head who delegated, or any other head).
        head = _head_travelling(s, person)
        if head is not None:
            return (None, "decide the trip of the head of the institution",
                    msg(QT_TRANSLATE_NOOP("Core", "This is the trip of %1, the head of the "
                        "institution: a head's own trip is decided outside the institution, "
                        "by whoever appoints the head, never by a deputy."), head.full_name))
        d = delegations.in_force_for(s, actor.user_id, on, person.unit)
        if d is not None:
            return Authority(d, s.get(User, d.from_user_id)), "", ""
        return (None, "decide without a delegation",
                msg(QT_TRANSLATE_NOOP("Core", "%1 has no delegation in force on %2 for the "
                                          "unit '%3'."), actor.username, on, person.unit))
    return (None, "decide travel requests",
            msg(QT_TRANSLATE_NOOP("Core", "%1 may not decide travel requests: that needs the "
                                  "head, or a deputy with a delegation."), actor.username))


def _head_travelling(s: Session, person: Person) -> User | None:
    """The head of the institution whose own trip this is (a head's account linked to the
    traveller), or None."""
    return s.execute(
        select(User).join(UserRole, UserRole.user_id == User.id)
        .where(User.person_id == person.id, User.active.is_(True),
               UserRole.role == Role.HEAD.value)
        .limit(1)).scalar_one_or_none()


def authority(desk: Desk, s: Session, person: Person, on: date) -> Authority:
    """Raise Refused unless the actor may decide for this traveller: the unit of work rolls
    the decision back and audits the attempt."""
    found, what, why = _judge(desk, s, person, on)
    if found is None:
        raise Refused(why, what)
    return found


def may_decide(desk: Desk, s: Session, person: Person, on: date) -> tuple[bool, str]:
    """The same rule as authority(), as an answer for the UI (nothing is audited)."""
    found, _what, why = _judge(desk, s, person, on)
    return found is not None, why


@dataclass(frozen=True)
class DecisionPreview:
    """What the head confirms before anything is recorded: the letter exactly as it will be
    signed (None for a return, which has no letter) and its registration number."""

    request_id: int
    outcome: DecisionOutcome
    reason: str
    conditions: tuple[str, ...]
    addressee: str
    registration_number: str | None
    pdf: bytes | None


@dataclass
class _Made:
    req: TravelRequest
    decision: Decision
    letter: Letter | None


def _checked(outcome: DecisionOutcome | str, reason: str, conditions: Sequence[str]
             ) -> tuple[DecisionOutcome, str, tuple[str, ...]]:
    outcome = DecisionOutcome(outcome)
    reason = reason.strip()
    kept = tuple(c.strip() for c in conditions if c.strip())
    if outcome is not DecisionOutcome.APPROVE and not reason:
        raise InvalidInput(msg(
            QT_TRANSLATE_NOOP("Core", "A denial needs a written reason.")
            if outcome is DecisionOutcome.DENY else
            QT_TRANSLATE_NOOP("Core", "A return for changes needs a written reason.")))
    if outcome is not DecisionOutcome.APPROVE and kept:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Only an approval carries conditions.")))
    return outcome, reason, kept


def check_decision(outcome: DecisionOutcome | str, reason: str, conditions: Sequence[str], *,
                   reconsidering: bool = False) -> None:
    """Refuse a decision that could never be recorded (no reason, conditions on a denial)
    before anything else is asked, e.g. the signing PIN."""
    if reconsidering:
        _checked_reconsider(outcome, reason, conditions)
    else:
        _checked(outcome, reason, conditions)


@dataclass
class _Begun:
    """A decision recorded up to its letter: the request moved, the decision row written."""

    req: TravelRequest
    person: Person
    decision: Decision
    acting_for: User | None
    before: RequestState
    policy_version: int


def _letter_kind(outcome: DecisionOutcome) -> LetterKind | None:
    if outcome is DecisionOutcome.RETURN:
        return None
    return LetterKind.APPROVAL if outcome is DecisionOutcome.APPROVE else LetterKind.DENIAL


def _begin_decision(desk: Desk, s: Session, request_id: int, outcome: DecisionOutcome,
                    reason: str, conditions: tuple[str, ...]) -> _Begun:
    """The request moved and the decision row written, in the caller's transaction; no
    registration number and no audit entry yet (_finish_decision)."""
    # The row is locked to the commit, so a second workstation deciding the same request
    # waits and then finds it decided. A decider locks it at once; anyone else is told who may
    # decide before the lock (on a server a clerk's role may not lock the row at all, and
    # would be shown the database's refusal instead of the rule), then reads it again locked.
    decider = desk.actor.has(Role.HEAD, Role.DEPUTY)
    req = get_request_row(s, request_id, for_update=decider)
    person = s.get(Person, req.person_id)
    assert person is not None
    auth = authority(desk, s, person, desk.today())
    if not decider:
        s.refresh(req, with_for_update=True)
    state = RequestState(req.state)
    pv = policy_svc.in_force(s)
    set_state(desk, s, req, _ACTIONS[outcome], reason)
    d = Decision(request_id=req.id, outcome=outcome.value, reason=reason,
                 conditions=json.dumps(list(conditions), ensure_ascii=False),
                 debrief_due=(debrief_due(pv.policy, req.return_)
                              if outcome is DecisionOutcome.APPROVE else None),
                 decided_by=desk.actor.user_id,
                 acting_for=auth.acting_for.id if auth.acting_for else None,
                 delegation_id=auth.delegation.id if auth.delegation else None,
                 decided_at=desk.now(), policy_version_id=pv.version)
    s.add(d)
    s.flush()
    return _Begun(req, person, d, auth.acting_for, state, pv.version)


def _finish_decision(desk: Desk, s: Session, b: _Begun, outcome: DecisionOutcome, reason: str,
                     conditions: tuple[str, ...], lang: str,
                     reg_format: str | None = None) -> _Made:
    """The decision's letter row with the next registration number (the register lock) and
    its audit entry (the chain lock): both locks are held from here to the commit.
    `reg_format`: the register's number format, if read already (prepare_letter)."""
    kind = _letter_kind(outcome)
    letter = None
    if kind is not None:
        letter = queue_letter(desk, s, kind, request_id=b.req.id, decision_id=b.decision.id,
                              lang=lang, reg_format=reg_format)
    desk.record(s, f"decision.{outcome.value}", "travel_request", b.req.id,
                before={"state": b.before.value},
                after={"decision_id": b.decision.id, "outcome": outcome.value,
                       "reason": reason, "conditions": list(conditions),
                       "policy_version": b.policy_version,
                       "letter": letter.registration_number if letter else None},
                acting_for=b.acting_for.username if b.acting_for else "")
    return _Made(b.req, b.decision, letter)


def _decide_in(desk: Desk, s: Session, request_id: int, outcome: DecisionOutcome, reason: str,
               conditions: tuple[str, ...], lang: str) -> _Made:
    """The decision, its letter row (with the next registration number) and the audit entry,
    in the caller's transaction."""
    begun = _begin_decision(desk, s, request_id, outcome, reason, conditions)
    return _finish_decision(desk, s, begun, outcome, reason, conditions, lang)


def _attempts(signer: LetterSigner | None) -> int:
    """A serialization failure or deadlock runs the decision again, signature and all, unless
    the signer asks its PIN for every signature (an ID card): the user is not asked twice,
    and is told instead that nothing was recorded."""
    from app.letters.signers import asks_pin_per_signature

    return 1 if signer is not None and asks_pin_per_signature(signer) else RETRIES


def _sign_made(desk: Desk, s: Session, made: _Made, signer: LetterSigner | None,
               expected_number: str | None, prepared: PreparedLetter | None = None) -> None:
    """Sign the decision's letter in the same transaction; the number must be the one the
    head saw in the preview."""
    letter = made.letter
    if letter is None:
        return
    if expected_number is not None and letter.registration_number != expected_number:
        raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "The letter would now be number %1, not %2 "
                "as shown; nothing was recorded. Look at the letter again."),
                letter.registration_number, expected_number))
    if signer is not None:
        sign_in_session(desk, s, letter, signer, prepared)


def decide(
    desk: Desk,
    request_id: int,
    outcome: DecisionOutcome | str,
    *,
    reason: str = "",
    conditions: Sequence[str] = (),
    lang: str = "lt",
    signer: LetterSigner | None = None,
    expected_number: str | None = None,
) -> RequestView:
    """Approve, deny or return a submitted request. With a signer, the letter is signed in
    the same transaction (decide_and_sign); without one, the decision is recorded and its
    letter waits, pending: "record now, sign later", an explicit choice of the caller."""
    outcome, reason, kept = _checked(outcome, reason, conditions)

    def work(s: Session) -> RequestView:
        begun = _begin_decision(desk, s, request_id, outcome, reason, kept)
        # What the letter and the view read from the records is read now, before the register
        # and audit-chain locks, which every other writer waits on: under them remain the
        # number, the audit entries, the checkpoint, the rendering and the signature
        # (one decision and its letter on the 500k server store: 35 of its 44 round trips
        # were under the register lock, now 9 of 32).
        prepared = None
        kind = _letter_kind(outcome)
        if signer is not None and kind is not None:
            prepared = prepare_letter(desk, s, Letter(
                kind=kind.value, lang=lang, request_id=begun.req.id,
                decision_id=begun.decision.id, registration_number=""), signer)
        view = load_view(s, begun.req.id)
        made = _finish_decision(desk, s, begun, outcome, reason, kept, lang,
                                prepared.registration_format if prepared else None)
        _sign_made(desk, s, made, signer, expected_number, prepared)
        return view

    view = desk.run(work, attempts=_attempts(signer))
    desk.announce("request", "decision", "letter", ids=(("request", request_id),))
    return view


def decide_and_sign(
    desk: Desk,
    request_id: int,
    outcome: DecisionOutcome | str,
    *,
    signer: LetterSigner,
    reason: str = "",
    conditions: Sequence[str] = (),
    lang: str = "lt",
    expected_number: str | None = None,
) -> RequestView:
    """The decision and its signed letter as one act: the decision, the registration number,
    the rendered and signed letter and the audit entries commit together; if anything fails
    (a wrong key, a token pulled out, a number taken meanwhile) nothing is recorded."""
    return decide(desk, request_id, outcome, reason=reason, conditions=conditions, lang=lang,
                  signer=signer, expected_number=expected_number)


def preview_decision(
    desk: Desk,
    request_id: int,
    outcome: DecisionOutcome | str,
    *,
    reason: str = "",
    conditions: Sequence[str] = (),
    lang: str = "lt",
    reconsidering: bool = False,
) -> DecisionPreview:
    """The decision worked through exactly as decide/reconsider will record it, with its
    letter rendered as it will be signed, then rolled back: nothing is recorded."""
    if reconsidering:
        outcome, reason, kept = _checked_reconsider(outcome, reason, conditions)
    else:
        outcome, reason, kept = _checked(outcome, reason, conditions)
    with desk.rehearse() as s:
        made = (_reconsider_in(desk, s, request_id, outcome, reason, kept, lang)
                if reconsidering else _decide_in(desk, s, request_id, outcome, reason, kept,
                                                  lang))
        person = s.get(Person, made.req.person_id)
        assert person is not None
        pdf = render_unsigned(desk, s, made.letter) if made.letter is not None else None
        preview = DecisionPreview(request_id, outcome, reason, kept,
                                  f"{person.first_name} {person.last_name}",
                                  made.letter.registration_number if made.letter else None, pdf)
    return preview


def _checked_reconsider(outcome: DecisionOutcome | str, reason: str,
                        conditions: Sequence[str]) -> tuple[DecisionOutcome, str, tuple[str, ...]]:
    outcome = DecisionOutcome(outcome)
    if not reason.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A change of decision needs a written "
                "reason.")))
    if outcome is DecisionOutcome.RETURN:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A decided request cannot be returned "
                "for changes; deny it instead.")))
    return outcome, reason.strip(), tuple(c.strip() for c in conditions if c.strip())


def _reconsider_in(desk: Desk, s: Session, request_id: int, outcome: DecisionOutcome,
                   reason: str, conditions: tuple[str, ...], lang: str) -> _Made:
    req = get_request_row(s, request_id)
    person = s.get(Person, req.person_id)
    assert person is not None
    auth = authority(desk, s, person, desk.today())
    s.refresh(req, with_for_update=True)  # as in _decide_in: one reconsideration at a time
    state = RequestState(req.state)
    target = (RequestState.APPROVED if outcome is DecisionOutcome.APPROVE
              else RequestState.DENIED)
    if state not in (RequestState.APPROVED, RequestState.DENIED) or state is target:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Request %1 is %2; only an approved "
                "request can be denied, or a denied one approved, on reconsideration."),
                request_id, state))
    old = s.execute(select(Decision).where(Decision.request_id == req.id)
                    .order_by(Decision.id.desc()).limit(1)).scalar_one()
    pv = policy_svc.in_force(s)
    move_state(desk, s, req, state, target, f"reconsidered: {reason}")
    d = Decision(request_id=req.id, outcome=outcome.value, reason=reason,
                 conditions=json.dumps(list(conditions), ensure_ascii=False),
                 debrief_due=(debrief_due(pv.policy, req.return_)
                              if outcome is DecisionOutcome.APPROVE else None),
                 decided_by=desk.actor.user_id,
                 acting_for=auth.acting_for.id if auth.acting_for else None,
                 delegation_id=auth.delegation.id if auth.delegation else None,
                 decided_at=desk.now(), policy_version_id=pv.version, supersedes_id=old.id)
    s.add(d)
    s.flush()
    kind = LetterKind.APPROVAL if outcome is DecisionOutcome.APPROVE else LetterKind.DENIAL
    letter = queue_letter(desk, s, kind, request_id=req.id, decision_id=d.id, lang=lang)
    desk.record(s, f"decision.reconsider.{outcome.value}", "travel_request", req.id,
                before={"state": state.value, "decision_id": old.id},
                after={"decision_id": d.id, "reason": reason, "supersedes": old.id,
                       "letter": letter.registration_number},
                acting_for=auth.acting_for.username if auth.acting_for else "")
    return _Made(req, d, letter)


def reconsider(desk: Desk, request_id: int, outcome: DecisionOutcome | str, *, reason: str,
               conditions: Sequence[str] = (), lang: str = "lt",
               signer: LetterSigner | None = None,
               expected_number: str | None = None) -> RequestView:
    """A change of mind: a new decision that refers to the old one; both are kept.

    Only before the trip starts: an approved request may become denied, a denied one approved.
    With a signer, its letter is signed in the same transaction, as in decide().
    """
    outcome, reason, kept = _checked_reconsider(outcome, reason, conditions)

    def work(s: Session) -> RequestView:
        made = _reconsider_in(desk, s, request_id, outcome, reason, kept, lang)
        _sign_made(desk, s, made, signer, expected_number)
        return load_view(s, made.req.id)

    view = desk.run(work, attempts=_attempts(signer))
    desk.announce("request", "decision", "letter", ids=(("request", request_id),))
    return view
