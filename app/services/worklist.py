"""The home screen's worklist: what waits for this user, by role, most urgent first."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, select

from app.domain.enums import DecisionOutcome, RequestState, Role
from app.services import clearances, queries
from app.services import policy as policy_svc
from app.services.desk import Desk
from app.services.request_views import DebriefView, RequestRow
from app.store.batch import Query, fetch_all
from app.store.models import Decision, Person, TravelRequest, User


# Not frozen: a frozen dataclass sets each field through object.__setattr__ (2.7 us an item
# against 0.7), and a security officer's refresh builds 750 of them at 500k requests. Nothing
# changes an item after the service returns it.
@dataclass(slots=True)
class WorkItem:
    # decide | returned | sign_letter | print_letter | overdue_debrief | review_declaration
    # | expiring_clearance | starting_soon | backup_due
    kind: str
    title: str
    detail: str
    request_id: int | None = None
    letter_id: int | None = None
    person_code: str | None = None
    due: date | None = None
    # The facts behind title and detail, so a screen can say them in its own language
    # instead of re-reading the English sentences.
    values: dict[str, str] = field(default_factory=dict, compare=False)


# The most urgent items of each kind a refresh shows. A hundred is more than a day's work of
# any kind, and keeps a refresh within 10 ms on a server at 500,000 requests (200 of each
# kind, 750 items for a security officer, took 12 ms of CPU alone). When a kind has more,
# the screens say that only the first ones are shown (`capped_kinds`); the Requests screen
# lists them all.
PER_KIND = 100


class WorkList(list[WorkItem]):
    """A refresh's items, and the kinds of which more wait than it shows: each kind is asked
    for one more than it shows, so a kind with exactly PER_KIND is not said to have more."""

    more: frozenset[str] = frozenset()


def capped_kinds(items: list[WorkItem], limit: int | None = None) -> list[str]:
    """The kinds of which more wait than `items` show, in the order they appear. A plain list
    (not from for_user) counts: a kind that filled its `limit` (PER_KIND) may have more."""
    kinds = list(dict.fromkeys(i.kind for i in items))
    if isinstance(items, WorkList):
        return [kind for kind in kinds if kind in items.more]
    counts = Counter(i.kind for i in items)
    return [kind for kind in kinds if counts[kind] >= (limit or PER_KIND)]


def for_user(desk: Desk, limit: int | None = None) -> WorkList:
    """What waits for the user, the first `limit` (PER_KIND) of each kind.

    Every question of the user's roles goes to the store at once (app.store.batch): on a
    server one round trip for all of them."""
    limit = limit or PER_KIND
    a = desk.actor
    today = desk.today()
    page = {"limit": limit + 1}  # one more than shown: does more wait?
    asked: list[Query] = []
    kinds: list[str] = []

    def ask(kind: str, query: Query) -> None:
        kinds.append(kind)
        asked.append(query)

    with desk.read() as s:
        # The policy comes in the same answer. The expiring list needs its window before
        # that, so it asks with the policy last seen, and again in the rare case that the
        # policy changed since (a round trip saved on nearly every refresh).
        if a.has(Role.HEAD, Role.DEPUTY, Role.SECURITY_OFFICER):
            ask("policy", (policy_svc.in_force_q(), {}))
        if a.has(Role.HEAD, Role.DEPUTY):
            ask("decide", (queries.pending_q(), page))
        if a.has(Role.HEAD, Role.DEPUTY, Role.CLERK):
            ask("sign_letter", (queries.letters_waiting_q(), page))
        if a.has(Role.CLERK):
            ask("returned", (queries.returned_q(), page))
            ask("return_reasons", (_return_reasons_q(), page))
            ask("print_letter", (queries.letters_to_print_q(), page))
        if a.has(Role.SECURITY_OFFICER, Role.CLERK):
            ask("starting_soon", (queries.starting_soon_q(), {
                "first": today, "last": today + timedelta(days=7), **page}))
        if a.has(Role.SECURITY_OFFICER):
            ask("overdue_debrief", (queries.overdue_debriefs_q(), {"today": today, **page}))
            ask("review_declaration", (_declared_q(), page))
            guess = policy_svc.last_seen() or policy_svc.in_force(s)
            window = guess.policy.expiring_within_days
            ask("expiring_clearance", clearances.expiring_query(s, today, window, limit + 1))
        answers = dict(zip(kinds, fetch_all(s, asked), strict=True))
        lead = 0
        if "policy" in answers:
            policy = policy_svc.settle(s, answers["policy"][0]).policy
            lead = policy.min_lead_days
            if "expiring_clearance" in answers and policy.expiring_within_days != window:
                stmt, params = clearances.expiring_query(s, today, limit=limit + 1)
                answers["expiring_clearance"] = s.execute(stmt, params).all()
    listed = [kind for kind in answers if kind not in ("policy", "return_reasons")]
    more = frozenset(kind for kind in listed if len(answers[kind]) > limit)
    answers.update((kind, answers[kind][:limit]) for kind in listed)
    items = WorkList()
    items.more = more
    if "decide" in answers:
        items += _decide_items(queries.to_rows(answers["decide"]), lead)
    for lid, kind, reg, rid in queries.to_letters(answers.get("sign_letter", ())):
        items.append(WorkItem("sign_letter", f"Letter {reg} ({kind})",
                              "decided, not yet signed", request_id=rid, letter_id=lid,
                              values={"number": reg}))
    if "returned" in answers:
        why = {rid: (reason, by) for rid, reason, by in answers["return_reasons"]}  # last wins
        items += _returned_items(queries.to_rows(answers["returned"]), why)
    for lid, kind, reg, rid in queries.to_letters(answers.get("print_letter", ())):
        items.append(WorkItem("print_letter", f"Letter {reg} ({kind})", "signed, to print",
                              request_id=rid, letter_id=lid, values={"number": reg}))
    for r in queries.to_rows(answers.get("starting_soon", ())):
        trip = _trip(r)
        items.append(WorkItem("starting_soon", f"{trip['name']}: {trip['countries']}",
                              f"departs {trip['depart']}", request_id=r.id,
                              person_code=r.personal_code, due=r.depart, values=trip))
    for d in answers.get("overdue_debrief", ()):
        debrief = DebriefView(*d)
        items.append(WorkItem("overdue_debrief", f"Debrief for request {debrief.request_id}",
                              f"was due {debrief.due}", request_id=debrief.request_id,
                              due=debrief.due, values={"request": str(debrief.request_id),
                                                       "due": str(debrief.due)}))
    for rid, first, last, dep in answers.get("review_declaration", ()):
        items.append(WorkItem("review_declaration", f"{first} {last}: declared departure",
                              f"departed {dep}", request_id=rid,
                              values={"name": f"{first} {last}", "depart": str(dep)}))
    if a.has(Role.ADMIN):
        from app.services.backups import backup_due, config

        cfg = config(desk)
        reminder = backup_due(desk, cfg)
        if reminder:
            items.append(WorkItem("backup_due", "Backup", reminder,
                                  values=_backup_values(desk, cfg)))
    # Plain rows, as _expiring_select gives them: a PersonView and a ClearanceView for each
    # cost more than the rest of the item.
    for (_pid, code, last, first, _position, _unit, _category, _cid, _level, number, _issued,
         until, _status) in answers.get("expiring_clearance", ()):
        name = f"{first} {last}"
        items.append(WorkItem("expiring_clearance", f"{name}: clearance {number}",
                              f"valid until {until}", person_code=code, due=until,
                              values={"name": name, "number": number,
                                      "valid_until": until.isoformat()}))
    return items


def _decide_items(rows: list[RequestRow], lead: int) -> list[WorkItem]:
    # A decision is due the policy's lead time before departure (the review the lead time
    # leaves room for); past that day it is late, not yet impossible.
    before = timedelta(days=lead)
    items = []
    for r in rows:
        trip = _trip(r)
        trip["lead_days"] = str(lead)
        items.append(WorkItem("decide", f"{trip['name']}: {trip['countries']}",
                              f"{trip['depart']} – {trip['return']}, submitted "
                              f"{trip['submitted']}" if r.submitted_at else "",
                              request_id=r.id, person_code=r.personal_code,
                              due=r.depart - before, values=trip))
    return items


def _returned_items(rows: list[RequestRow],
                    why: dict[int, tuple[str, str]]) -> list[WorkItem]:
    items = []
    for r in rows:
        reason, by = why.get(r.id, ("", ""))
        trip = _trip(r)
        trip.update(reason=reason, returned_by=by)
        items.append(WorkItem("returned", f"{trip['name']}: {trip['countries']}",
                              f"returned for changes: {' '.join(reason.split())}" if reason
                              else "returned for changes", request_id=r.id,
                              person_code=r.personal_code, values=trip))
    return items


@functools.cache
def _declared_q() -> Select[*tuple[Any, ...]]:
    """Departures declared after the fact, for the security officer to review."""
    return (select(TravelRequest.id, Person.first_name, Person.last_name, TravelRequest.depart)
            .join(Person, Person.id == TravelRequest.person_id)
            .where(TravelRequest.state == RequestState.DECLARED.value)
            .order_by(TravelRequest.id).limit(queries.PAGE_LIMIT))


@functools.cache
def _return_reasons_q() -> Select[*tuple[Any, ...]]:
    """The latest return decision's reason and who wrote it, per returned request: the clerk
    corrects what the head asked for, so the worklist says it where the item appears.

    The requests are returned_q's own page as a subquery: 200 ids as bind parameters cost
    more to compile and send than the query itself on a server (3 ms of 22). Ordered so that
    the last row of each request is its latest return."""
    page = (select(TravelRequest.id).where(TravelRequest.state == RequestState.RETURNED.value)
            .order_by(TravelRequest.updated_at, TravelRequest.id)
            .limit(queries.PAGE_LIMIT).scalar_subquery())
    return (select(Decision.request_id, Decision.reason, User.full_name)
            .join(User, User.id == Decision.decided_by)
            .where(Decision.request_id.in_(page),
                   Decision.outcome == DecisionOutcome.RETURN.value)
            .order_by(Decision.request_id, Decision.decided_at, Decision.id))


def _trip(r: RequestRow) -> dict[str, str]:
    # isoformat, not strftime: 0.2 us instead of 2 us, for up to 600 rows a refresh.
    return {"name": r.traveller, "countries": ",".join(r.countries),
            "depart": r.depart.isoformat(), "return": r.return_.isoformat(),
            "submitted": r.submitted_at.date().isoformat() if r.submitted_at else ""}


def _backup_values(desk: Desk, cfg: Any) -> dict[str, str]:
    values = {"every": str(cfg.every_days)}
    if cfg.last_at:
        taken = datetime.strptime(cfg.last_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        values.update(days=str((desk.clock().astimezone(UTC) - taken).days),
                      taken=f"{taken:%Y-%m-%d}")
    return values
