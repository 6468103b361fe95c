"""After the trip: debriefs with deadlines, and violations that withdraw the clearance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import LetterKind, RequestState, Role
from app.domain.workflow import Action
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import clearances
from app.services.desk import Desk
from app.services.errors import InvalidInput, NotFound
from app.services.register import queue_letter
from app.services.request_views import DebriefView, RequestView, ViolationView
from app.services.requests import debrief_view, get_request, get_request_row, load_view
from app.services.transitions import set_state
from app.store import locks
from app.store.models import Debrief, Declaration, Letter, Person, User, Violation

VIOLATION_KINDS = ("travel_without_permission", "breach_of_conditions")
REVIEW_ROLES = (Role.SECURITY_OFFICER, Role.HEAD)


def record_debrief(
    desk: Desk,
    request_id: int,
    *,
    deviations: str = "",
    approaches: str = "",
    device_searches: str = "",
    contacts: str = "",
    notes: str = "",
) -> RequestView:
    """What actually happened on the trip, as told to the security officer."""
    def work(s: Session) -> RequestView:
        req = get_request_row(s, request_id, for_update=True)
        deb = s.execute(select(Debrief).where(Debrief.request_id == req.id)).scalar_one_or_none()
        set_state(desk, s, req, Action.DEBRIEF)
        if deb is None:  # a return recorded before debriefs existed, or by hand
            deb = Debrief(request_id=req.id, due=desk.today())
            s.add(deb)
        deb.recorded_at = desk.now()
        deb.recorded_by = desk.actor.user_id
        deb.deviations, deb.approaches = deviations.strip(), approaches.strip()
        deb.device_searches, deb.contacts, deb.notes = (device_searches.strip(), contacts.strip(),
                                                        notes.strip())
        desk.record(s, "debrief.record", "travel_request", req.id,
                    after={"deviations": deviations, "approaches": approaches,
                           "device_searches": device_searches, "contacts": contacts,
                           "notes": notes, "late": desk.today() > deb.due})
        return load_view(s, req.id)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "record debriefs"), Role.SECURITY_OFFICER)
    desk.announce("request", "debrief", ids=(("request", request_id),))
    return view


def overdue_debriefs(desk: Desk, limit: int = 200) -> list[DebriefView]:
    with desk.read() as s:
        rows = s.execute(select(Debrief).where(Debrief.recorded_at.is_(None),
                                               Debrief.due < desk.today())
                         .order_by(Debrief.due, Debrief.id).limit(limit)).scalars().all()
        return [debrief_view(s, d) for d in rows]


def record_violation(
    desk: Desk,
    *,
    person_code: str,
    kind: str,
    occurred_on: date,
    evidence: str,
    request_id: int | None = None,
    review_note: str | None = None,
    lang: str = "lt",
) -> ViolationView:
    """Travel without permission (or a breach of conditions): the clearance is withdrawn at
    once and the withdrawal letter is queued, all in one transaction."""
    if kind not in VIOLATION_KINDS:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A violation is one of: %1."),
                ', '.join(VIOLATION_KINDS)))
    if not evidence.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Describe the evidence of the "
                "violation.")))
    roles = (Role.SECURITY_OFFICER,) if review_note is None else (Role.SECURITY_OFFICER,
                                                                  Role.HEAD)
    def work(s: Session) -> ViolationView:
        person = s.execute(select(Person).where(Person.personal_code == person_code.strip())
                           ).scalar_one_or_none()
        if person is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "No person with personal code %1 is in "
                    "the registry."), person_code))
        if request_id is not None:
            req = get_request_row(s, request_id)
            if req.person_id != person.id:
                raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Request %1 is not %2's request."),
                        request_id, person_code))
            state = RequestState(req.state)
            action = (Action.REVIEW_VIOLATION if state is RequestState.DECLARED
                      else Action.RECORD_VIOLATION)
            set_state(desk, s, req, action, evidence)
            if state is RequestState.DECLARED:
                decl = s.execute(select(Declaration).where(Declaration.request_id == req.id)
                                 ).scalar_one()
                decl.reviewed_by, decl.reviewed_at = desk.actor.user_id, desk.now()
                decl.review_outcome, decl.review_note = "violation", review_note or evidence
        # The withdrawal below writes the first audit entry; the letter's number comes after
        # it, so the register is taken now, in the order every transaction takes its locks.
        locks.hold(s, locks.REGISTER)
        clearance_id = clearances.withdraw_in_session(
            desk, s, person.id, f"Violation: {kind.replace('_', ' ')}", occurred_on)
        v = Violation(person_id=person.id, request_id=request_id, kind=kind,
                      occurred_on=occurred_on, evidence=evidence.strip(),
                      recorded_by=desk.actor.user_id, recorded_at=desk.now(),
                      clearance_id=clearance_id)
        s.add(v)
        s.flush()
        letter = queue_letter(desk, s, LetterKind.WITHDRAWAL, request_id=request_id,
                              violation_id=v.id, lang=lang)
        desk.record(s, "violation.record", "violation", v.id,
                    after={"person_code": person.personal_code, "kind": kind,
                           "occurred_on": occurred_on, "evidence": evidence,
                           "request_id": request_id, "clearance_withdrawn": clearance_id,
                           "letter": letter.registration_number})
        return _violation_view(s, v)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "record violations"), *roles)
    desk.announce("violation", "clearance", "letter", "request")
    return view


def _violation_view(s: object, v: Violation) -> ViolationView:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    p = s.get(Person, v.person_id)
    u = s.get(User, v.recorded_by)
    assert p is not None and u is not None
    letter_id = s.execute(select(Letter.id).where(Letter.violation_id == v.id)).scalar()
    return ViolationView(v.id, p.id, p.personal_code, f"{p.first_name} {p.last_name}",
                         v.request_id, v.kind, v.occurred_on, v.evidence, u.username,
                         v.recorded_at, v.clearance_id, letter_id)


def list_violations(desk: Desk, limit: int = 200) -> list[ViolationView]:
    with desk.read() as s:
        rows = s.execute(select(Violation).order_by(Violation.recorded_at.desc())
                         .limit(limit)).scalars().all()
        return [_violation_view(s, v) for v in rows]


def review_declaration(desk: Desk, request_id: int, *, accept: bool, note: str) -> RequestView:
    """Accept a declared departure, or find it a violation (which withdraws the clearance)."""
    if not note.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Give the reason for the review's "
                "outcome.")))
    if not accept:
        view = get_request(desk, request_id)
        if view.state is not RequestState.DECLARED:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Request %1 is %2, not a declaration "
                    "waiting for review."), request_id, view.state))
        record_violation(desk, person_code=view.personal_code, request_id=request_id,
                         kind="travel_without_permission", occurred_on=view.depart,
                         evidence=note, review_note=note)
        return get_request(desk, request_id)
    def work(s: Session) -> RequestView:
        req = get_request_row(s, request_id, for_update=True)
        set_state(desk, s, req, Action.REVIEW_ACCEPT, note)
        decl = s.execute(select(Declaration).where(Declaration.request_id == req.id)).scalar_one()
        decl.reviewed_by = desk.actor.user_id
        decl.reviewed_at = desk.now()
        decl.review_outcome = "accepted"
        decl.review_note = note
        desk.record(s, "declaration.accept", "travel_request", req.id, after={"note": note})
        return load_view(s, req.id)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "review declarations"), *REVIEW_ROLES)
    desk.announce("request", "declaration", ids=(("request", request_id),))
    return view
