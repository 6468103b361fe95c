"""Travel requests: enter, edit, submit, cancel, depart, come back, declare, review, close."""

from __future__ import annotations

import functools
import json
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, bindparam, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.domain import clearance as clearance_rule
from app.domain.countries import is_country_code, non_latin
from app.domain.enums import (
    ClearanceLevel,
    ClearanceStatus,
    DecisionOutcome,
    ReasonCategory,
    RequestState,
    Role,
    StaffCategory,
)
from app.domain.policy import (
    Policy,
    crossings_for,
    debrief_due,
    may_declare,
    needs_permission,
    unlisted_countries,
)
from app.domain.text import fold
from app.domain.workflow import Action, is_editable
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import policy as policy_svc
from app.services.desk import Desk
from app.services.errors import InvalidInput, NotFound
from app.services.request_views import (
    CompanionInfo,
    ContactInfo,
    DebriefView,
    DecisionView,
    EventView,
    Leg,
    RequestDraft,
    RequestView,
)
from app.services.transitions import retally, set_state, trip_of
from app.store.batch import fetch_all
from app.store.models import (
    Clearance,
    Companion,
    Debrief,
    Decision,
    Declaration,
    ForeignContact,
    ItineraryLeg,
    Person,
    RequestEvent,
    TravelRequest,
    User,
)

ENTER_ROLES = (Role.CLERK, Role.SECURITY_OFFICER, Role.HEAD, Role.DEPUTY)
TRAVEL_ROLES = (Role.CLERK, Role.SECURITY_OFFICER)


# ---- loading -------------------------------------------------------------------------------


def get_request_row(s: Session, request_id: int, *, for_update: bool = False) -> TravelRequest:
    """The request's row; `for_update` when the caller moves its state: on a server the row is
    locked until the commit, so a second workstation deciding or submitting the same request
    waits, then sees the state the first one left and is refused by the workflow, instead of
    both moving it (two decisions, counters off by one). SQLite's one writer needs no lock;
    SQLAlchemy leaves FOR UPDATE out there."""
    req = s.get(TravelRequest, request_id, with_for_update=for_update or None)
    if req is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no request %1."), request_id))
    return req


def _person_by_code(s: Session, code: str) -> Person:
    p = s.execute(select(Person).where(Person.personal_code == code.strip())).scalar_one_or_none()
    if p is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "No person with personal code %1 is in the "
                "registry."), code))
    return p


def current_clearance(s: Session, person_id: int) -> Clearance | None:
    """The clearance that governs travel, by the domain's one rule (app.domain.clearance)."""
    return clearance_rule.current_clearance(
        s.execute(select(Clearance).where(Clearance.person_id == person_id)).scalars())


def load_view(s: Session, request_id: int) -> RequestView:
    """The request as screens show it: its eight parts asked at once (app.store.batch), one
    round trip on a server where they were eight or nine."""
    asked = {"rid": request_id}
    (head, legs, comps, contacts, decisions, events, debriefs,
     declarations) = fetch_all(s, [(q, asked) for q in _view_queries()])
    if not head:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no request %1."), request_id))
    (rid, person_id, state, countries, depart, return_, crossing, mode, purpose, reason,
     lodging, home_contact, document, declared, created_at, submitted_at, code, first, last,
     position, unit) = head[0]
    return RequestView(
        id=rid, person_id=person_id, personal_code=code, traveller=f"{first} {last}",
        position=position, unit=unit, state=RequestState(state),
        countries=tuple(c for c in countries.split(",") if c),
        depart=depart, return_=return_, crossing=crossing, mode=mode,
        purpose=purpose, reason_category=ReasonCategory(reason),
        lodging=lodging, home_contact=home_contact,
        travel_document=document, declared=bool(declared),
        created_at=created_at, submitted_at=submitted_at,
        legs=tuple(Leg(*g) for g in legs),
        companions=tuple(CompanionInfo(*c) for c in comps),
        contacts=tuple(ContactInfo(*c) for c in contacts),
        decisions=tuple(
            DecisionView(did, DecisionOutcome(outcome), why, tuple(json.loads(conditions)),
                         debrief_at, u, un, a, an, decided_at, policy_version, supersedes)
            for (did, outcome, why, conditions, debrief_at, u, un, a, an, decided_at,
                 policy_version, supersedes) in decisions),
        events=tuple(EventView(at, RequestState(before) if before else None,
                               RequestState(after), who or "", note)
                     for at, before, after, who, note in events),
        debrief=DebriefView(*debriefs[0]) if debriefs else None,
        declaration_statement=declarations[0][0] if declarations else "",
    )


@functools.cache
def _view_queries() -> tuple[Select[*tuple[Any, ...]], ...]:
    """load_view's questions, built once, the request's id bound as "rid"."""
    rid = bindparam("rid", type_=Integer)
    decided_by, acting = aliased(User), aliased(User)
    return (
        select(TravelRequest.id, TravelRequest.person_id, TravelRequest.state,
               TravelRequest.countries, TravelRequest.depart, TravelRequest.return_,
               TravelRequest.crossing, TravelRequest.mode, TravelRequest.purpose,
               TravelRequest.reason_category, TravelRequest.lodging, TravelRequest.home_contact,
               TravelRequest.travel_document, TravelRequest.declared, TravelRequest.created_at,
               TravelRequest.submitted_at, Person.personal_code, Person.first_name,
               Person.last_name, Person.position, Person.unit)
        .join(Person, Person.id == TravelRequest.person_id).where(TravelRequest.id == rid),
        select(ItineraryLeg.country, ItineraryLeg.place, ItineraryLeg.arrive,
               ItineraryLeg.leave, ItineraryLeg.stopover)
        .where(ItineraryLeg.request_id == rid).order_by(ItineraryLeg.seq),
        select(Companion.name, Companion.citizenship, Companion.relationship_)
        .where(Companion.request_id == rid).order_by(Companion.id),
        select(ForeignContact.name, ForeignContact.description)
        .where(ForeignContact.request_id == rid).order_by(ForeignContact.id),
        select(Decision.id, Decision.outcome, Decision.reason, Decision.conditions,
               Decision.debrief_due, decided_by.username, decided_by.full_name,
               acting.username, acting.full_name, Decision.decided_at,
               Decision.policy_version_id, Decision.supersedes_id)
        .join(decided_by, decided_by.id == Decision.decided_by)
        .outerjoin(acting, acting.id == Decision.acting_for)
        .where(Decision.request_id == rid).order_by(Decision.id),
        select(RequestEvent.at, RequestEvent.from_state, RequestEvent.to_state, User.username,
               RequestEvent.note)
        .outerjoin(User, User.id == RequestEvent.user_id)
        .where(RequestEvent.request_id == rid).order_by(RequestEvent.id),
        select(Debrief.id, Debrief.request_id, Debrief.due, Debrief.recorded_at, User.username,
               Debrief.deviations, Debrief.approaches, Debrief.device_searches,
               Debrief.contacts, Debrief.notes)
        .outerjoin(User, User.id == Debrief.recorded_by).where(Debrief.request_id == rid),
        select(Declaration.statement).where(Declaration.request_id == rid),
    )


def debrief_view(s: Session, d: Debrief) -> DebriefView:
    who = s.get(User, d.recorded_by).username if d.recorded_by else None  # type: ignore[union-attr]
    return DebriefView(d.id, d.request_id, d.due, d.recorded_at, who, d.deviations, d.approaches,
                       d.device_searches, d.contacts, d.notes)


def get_request(desk: Desk, request_id: int) -> RequestView:
    with desk.read() as s:
        return load_view(s, request_id)


# ---- validation ----------------------------------------------------------------------------


def _check_countries(codes: tuple[str, ...]) -> None:
    """Only assigned ISO 3166-1 alpha-2 codes in Latin capitals: not "XX", not a Cyrillic
    look-alike such as "ВY", which would never match the policy's list."""
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not a two-letter country code "
                "(e.g. BY, RU)."), ', '.join(bad)))
    for c in codes:
        if not c.isascii():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not an ISO 3166-1 country "
                    "code: %2 is not a Latin letter (type e.g. BY, RU in Latin letters)."),
                    c, non_latin(c)))
        if not is_country_code(c):
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not an ISO 3166-1 country "
                    "code (e.g. BY, RU)."), c))


def _check_draft(s: Session, draft: RequestDraft, policy: Policy, declared: bool,
                 today: date) -> Person:
    person = _person_by_code(s, draft.person_code)
    countries = tuple(c.strip().upper() for c in draft.countries if c.strip())
    if not countries:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Name at least one country to visit.")))
    _check_countries((*countries, *(g.country.strip().upper() for g in draft.legs)))
    if not declared and draft.depart < today:
        # A trip already begun is declared after the fact (DOMAIN.md), never permitted.
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The departure (%1) is before today "
                "(%2): a trip that has already begun is declared, not asked permission for."),
                draft.depart, today))
    if draft.return_ < draft.depart:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The return (%1) is before the departure "
                "(%2)."), draft.return_, draft.depart))
    if not draft.purpose.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Say what the trip is for (purpose).")))
    if unlisted_countries(policy, countries) == countries:
        names = ", ".join(countries)
        one = len(countries) == 1
        raise InvalidInput(msg(
            QT_TRANSLATE_NOOP("Core", "No permission is needed: %1 is not on the list of "
                              "countries that need one.") if one else
            QT_TRANSLATE_NOOP("Core", "No permission is needed: %1 are not on the list of "
                              "countries that need one."), names))
    clearance = current_clearance(s, person.id)
    level = (ClearanceLevel(clearance.level) if clearance is not None and clearance.status in
             (ClearanceStatus.ACTIVE.value, ClearanceStatus.SUSPENDED.value) else None)
    if not needs_permission(policy, countries, StaffCategory(person.category), level):
        raise InvalidInput(
            msg(QT_TRANSLATE_NOOP("Core", "No permission is needed: %1 holds no clearance "
                "that the policy covers."), f"{person.first_name} {person.last_name}"))
    if declared and not may_declare(policy, draft.reason_category):
        raise InvalidInput(
            msg(QT_TRANSLATE_NOOP("Core", "The reason '%1' does not allow a declaration "
                "instead of permission; enter a request instead."), draft.reason_category))
    for leg in draft.legs:
        if leg.arrive and leg.leave and leg.leave < leg.arrive:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "In %1 the leaving date is before "
                    "the arrival date."), leg.country))
    if draft.crossing:
        known = {n for names in policy.crossings.values() for n in names}
        if known and draft.crossing not in known:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not an open border crossing "
                    "in the policy (%2)."), draft.crossing, ', '.join(sorted(known))))
        into = crossings_for(policy, draft.countries)
        if draft.crossing in known and draft.crossing not in into:
            # A Russian crossing on a Belarus trip would put a wrong route into the record.
            if not into:
                raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not a crossing into %2; "
                        "the policy lists none for it."), draft.crossing,
                        ", ".join(draft.countries)))
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is not a crossing into %2 "
                    "(the policy lists: %3)."), draft.crossing, ", ".join(draft.countries),
                    ", ".join(into)))
    return person


def _fill(req: TravelRequest, draft: RequestDraft, person: Person) -> None:
    countries = tuple(c.strip().upper() for c in draft.countries if c.strip())
    req.person_id = person.id
    req.countries = ",".join(countries)
    req.depart = draft.depart
    req.return_ = draft.return_
    req.crossing = draft.crossing
    req.mode = draft.mode
    req.purpose = draft.purpose.strip()
    req.reason_category = draft.reason_category.value
    req.lodging = draft.lodging
    req.home_contact = draft.home_contact
    req.travel_document = draft.travel_document
    req.search_text = fold(f"{person.last_name} {person.first_name} {person.personal_code}")
    legs = draft.legs or tuple(Leg(c) for c in countries)
    req.legs = [ItineraryLeg(seq=i + 1, country=g.country.upper(), place=g.place, arrive=g.arrive,
                             leave=g.leave, stopover=g.stopover) for i, g in enumerate(legs)]
    req.companions = [Companion(name=c.name, citizenship=c.citizenship,
                                relationship_=c.relationship) for c in draft.companions]
    req.contacts = [ForeignContact(name=c.name, description=c.description)
                    for c in draft.contacts]


def _draft_dict(draft: RequestDraft) -> dict[str, Any]:
    return asdict(draft)


# ---- use cases -------------------------------------------------------------------------------


def new_request(desk: Desk, draft: RequestDraft) -> RequestView:
    def work(s: Session) -> RequestView:
        pol = policy_svc.in_force(s).policy
        person = _check_draft(s, draft, pol, declared=False, today=desk.today())
        now = desk.now()
        req = TravelRequest(state="", created_by=desk.actor.user_id, created_at=now,
                            updated_at=now, legs=[], companions=[], contacts=[])
        _fill(req, draft, person)
        s.add(req)
        s.flush()
        set_state(desk, s, req, Action.CREATE)
        retally(s, req, None)
        view = load_view(s, req.id)  # before the audit entry, as in _simple
        desk.record(s, "request.create", "travel_request", req.id, after=_draft_dict(draft))
        return view

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "enter travel requests"), *ENTER_ROLES)
    desk.announce("request", ids=(("request", view.id),))
    return view


def update_request(desk: Desk, request_id: int, draft: RequestDraft) -> RequestView:
    def work(s: Session) -> RequestView:
        req = s.execute(select(TravelRequest).where(TravelRequest.id == request_id).options(
            selectinload(TravelRequest.legs), selectinload(TravelRequest.companions),
            selectinload(TravelRequest.contacts)).with_for_update(of=TravelRequest)
        ).scalar_one_or_none()
        if req is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no request %1."), request_id))
        state = RequestState(req.state)
        if not is_editable(state):
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Request %1 is %2 and can no longer "
                    "be edited."), request_id, state))
        before = asdict(load_view(s, request_id))
        pol = policy_svc.in_force(s).policy
        person = _check_draft(s, draft, pol, declared=False, today=desk.today())
        # The children were loaded eagerly above; replacing the lists deletes the orphans.
        was = trip_of(req)
        _fill(req, draft, person)
        retally(s, req, was)
        req.updated_at = desk.now()
        desk.record(s, "request.update", "travel_request", req.id,
                    before={k: before[k] for k in ("countries", "depart", "return_", "purpose")},
                    after=_draft_dict(draft))
        return load_view(s, req.id)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "edit travel requests"), *ENTER_ROLES)
    desk.announce("request", ids=(("request", view.id),))
    return view


def _simple(desk: Desk, request_id: int, action: Action, what: str, roles: tuple[Role, ...],
            note: str = "", audit_action: str | None = None) -> RequestView:
    def work(s: Session) -> RequestView:
        req = get_request_row(s, request_id, for_update=True)
        before = req.state
        set_state(desk, s, req, action, note)
        if action is Action.SUBMIT:
            req.submitted_at = desk.now()
        # The view before the audit entry: the chain lock, which every writer waits on, is
        # then held for one insert instead of the view's eight queries as well.
        view = load_view(s, req.id)
        desk.record(s, audit_action or f"request.{action.value}", "travel_request", req.id,
                    before={"state": before}, after={"state": req.state, "note": note})
        return view

    view = desk.run(work, what, *roles)
    desk.announce("request", ids=(("request", request_id),))
    return view


def submit(desk: Desk, request_id: int) -> RequestView:
    return _simple(desk, request_id, Action.SUBMIT,
                   QT_TRANSLATE_NOOP("Core", "submit travel requests"), ENTER_ROLES)


def cancel(desk: Desk, request_id: int, reason: str = "") -> RequestView:
    return _simple(desk, request_id, Action.CANCEL,
                   QT_TRANSLATE_NOOP("Core", "cancel travel requests"), ENTER_ROLES,
                   note=reason)


def mark_departed(desk: Desk, request_id: int) -> RequestView:
    return _simple(desk, request_id, Action.DEPART,
                   QT_TRANSLATE_NOOP("Core", "record departures"), TRAVEL_ROLES)


def mark_returned(desk: Desk, request_id: int, on: date | None = None) -> RequestView:
    """The traveller is back: the debrief falls due N working days after the return."""
    def work(s: Session) -> RequestView:
        req = get_request_row(s, request_id, for_update=True)
        set_state(desk, s, req, Action.COME_BACK)
        back_on = on or desk.today()
        decision = s.execute(select(Decision).where(Decision.request_id == req.id)
                             .order_by(Decision.id.desc()).limit(1)).scalar_one_or_none()
        pol = policy_svc.in_force(s).policy
        due = debrief_due(pol, back_on)
        if decision is not None and decision.debrief_due is not None:
            # The decision's condition counts from the planned return; a late return moves it.
            due = max(due, decision.debrief_due) if back_on > req.return_ else decision.debrief_due
        s.add(Debrief(request_id=req.id, due=due))
        desk.record(s, "request.come_back", "travel_request", req.id,
                    after={"back_on": back_on, "debrief_due": due})
        return load_view(s, req.id)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "record returns"), *TRAVEL_ROLES)
    desk.announce("request", "debrief", ids=(("request", request_id),))
    return view


def close(desk: Desk, request_id: int) -> RequestView:
    return _simple(desk, request_id, Action.CLOSE, QT_TRANSLATE_NOOP("Core", "close requests"),
                   (Role.SECURITY_OFFICER, Role.CLERK))


def declare(desk: Desk, draft: RequestDraft, statement: str) -> RequestView:
    """An exceptional departure declared instead of permitted; reviewed afterwards."""
    if not statement.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A declaration needs the traveller's "
                "statement of the circumstances.")))
    def work(s: Session) -> RequestView:
        pv = policy_svc.in_force(s)
        person = _check_draft(s, draft, pv.policy, declared=True, today=desk.today())
        now = desk.now()
        req = TravelRequest(state="", created_by=desk.actor.user_id, created_at=now,
                            updated_at=now, declared=True, submitted_at=now, legs=[],
                            companions=[], contacts=[])
        _fill(req, draft, person)
        s.add(req)
        s.flush()
        set_state(desk, s, req, Action.DECLARE)
        retally(s, req, None)
        s.add(Declaration(request_id=req.id, declared_at=now, statement=statement.strip(),
                          policy_version_id=pv.version))
        desk.record(s, "declaration.create", "travel_request", req.id,
                    after={**_draft_dict(draft), "statement": statement})
        return load_view(s, req.id)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "enter declarations"), *ENTER_ROLES)
    desk.announce("request", "declaration", ids=(("request", view.id),))
    return view
