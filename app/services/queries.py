"""Reading requests: filtered and sorted lists in SQL, worklists, counts, review context."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypeVarTuple

from sqlalchemy import (
    Date,
    Integer,
    Select,
    bindparam,
    func,
    literal,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from app.domain.enums import ClearanceLevel, ClearanceStatus, ReasonCategory, RequestState
from app.domain.policy import review_flags
from app.domain.text import fold, prefix_upper_bound
from app.services import policy as policy_svc
from app.services.desk import Desk
from app.services.request_views import ClearanceSummary, DebriefView, RequestRow, ReviewContext
from app.services.requests import current_clearance, load_view
from app.store.models import (
    Debrief,
    Decision,
    ItineraryLeg,
    LegTally,
    Letter,
    Person,
    StateCount,
    TravelRequest,
    User,
)

# A query's selected columns, kept through the filters that only add WHERE and ORDER BY.
_Cols = TypeVarTuple("_Cols")

SORTS = {
    "id": TravelRequest.id,
    "depart": TravelRequest.depart,
    "return": TravelRequest.return_,
    "state": TravelRequest.state,
    "traveller": TravelRequest.search_text,
    "submitted": TravelRequest.submitted_at,
}


@dataclass(frozen=True)
class RequestFilter:
    states: tuple[RequestState, ...] = ()
    country: str | None = None
    depart_from: date | None = None
    depart_to: date | None = None
    unit: str | None = None
    text: str | None = None  # name prefix (case and diacritics ignored) or personal code prefix
    person_id: int | None = None


def _apply(q: Select[*_Cols], f: RequestFilter) -> Select[*_Cols]:
    if f.states:
        q = q.where(TravelRequest.state.in_([s.value for s in f.states]))
    if f.country:
        # EXISTS probes ix_leg_request per candidate row, so a LIMIT stops early; an IN list
        # built every one of the ~350k request ids of a common country first (1.1 s).
        q = q.where(select(ItineraryLeg.id).where(
            ItineraryLeg.request_id == TravelRequest.id,
            ItineraryLeg.country == f.country.upper()).exists())
    if f.depart_from:
        q = q.where(TravelRequest.depart >= f.depart_from)
    if f.depart_to:
        q = q.where(TravelRequest.depart <= f.depart_to)
    if f.unit:
        q = q.where(TravelRequest.person_id.in_(select(Person.id).where(Person.unit == f.unit)))
    if f.person_id is not None:
        q = q.where(TravelRequest.person_id == f.person_id)
    if f.text and f.text.strip():
        t = f.text.strip()
        if t.isdigit():
            q = q.where(TravelRequest.person_id.in_(
                select(Person.id).where(Person.personal_code >= t,
                                        Person.personal_code < prefix_upper_bound(t))))
        else:
            p = fold(t)
            q = q.where(TravelRequest.search_text >= p,
                        TravelRequest.search_text < prefix_upper_bound(p))
    return q


def _order(q: Select[*_Cols], sort: str, descending: bool) -> Select[*_Cols]:
    col = SORTS.get(sort, TravelRequest.id)
    if descending:
        return q.order_by(col.desc(), TravelRequest.id.desc())
    return q.order_by(col.asc(), TravelRequest.id.asc())


def request_ids(s: Session, f: RequestFilter, sort: str = "id",
                descending: bool = False) -> list[int]:
    """Every matching id in order: what a big table holds instead of rows."""
    q = _order(_apply(select(TravelRequest.id), f), sort, descending)
    return list(s.execute(q).scalars())


def count_requests(s: Session, f: RequestFilter) -> int:
    if f == RequestFilter():
        return int(s.execute(select(func.coalesce(func.sum(StateCount.n), 0))).scalar() or 0)
    if f.states and f == RequestFilter(states=f.states):
        return int(s.execute(select(func.coalesce(func.sum(StateCount.n), 0)).where(
            StateCount.state.in_([x.value for x in f.states]))).scalar() or 0)
    if f.country and f == RequestFilter(country=f.country):
        # Kept per country in leg_tally, as the filter asks the legs: one row, where a pass
        # over ix_leg_country took 46 ms in a file, 55 ms on a server (~237k of 500k).
        return int(s.execute(select(func.coalesce(func.sum(LegTally.n), 0)).where(
            LegTally.country == f.country.upper())).scalar() or 0)
    return int(s.execute(_apply(select(func.count()).select_from(TravelRequest), f)).scalar()
               or 0)


def count_is_fast(f: RequestFilter) -> bool:
    """Whether count_requests answers without reading every match (state_count, leg_tally)."""
    return (f == RequestFilter() or (bool(f.states) and f == RequestFilter(states=f.states))
            or (bool(f.country) and f == RequestFilter(country=f.country)))


def _row_select() -> Select[*tuple[Any, ...]]:
    return select(TravelRequest.id, Person.personal_code, Person.first_name, Person.last_name,
                  Person.unit, TravelRequest.state, TravelRequest.countries, TravelRequest.depart,
                  TravelRequest.return_, TravelRequest.reason_category,
                  TravelRequest.submitted_at).join(Person, Person.id == TravelRequest.person_id)


# Enum members by stored value: a dict lookup is 0.1 us where RequestState(value) is 1.2 us,
# and a worklist builds 600 rows at 500k (two lookups each).
_STATE_OF = {m.value: m for m in RequestState}
_REASON_OF = {m.value: m for m in ReasonCategory}


def _to_row(r: Any) -> RequestRow:
    countries = r[6]
    return RequestRow(r[0], r[1], f"{r[2]} {r[3]}", r[4], _STATE_OF[r[5]],
                      tuple(countries.split(",")) if countries else (), r[7], r[8],
                      _REASON_OF[r[9]], r[10])


def rows_by_ids(s: Session, ids: Sequence[int]) -> list[RequestRow]:
    """Rows for a window of ids, in the order given."""
    if not ids:
        return []
    found = {r[0]: _to_row(r) for r in s.execute(_row_select().where(TravelRequest.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


# Sorts that an index (state, column, id) walks in order for one state.
_STATE_ORDERED = {"depart", "submitted"}


def _id_page(f: RequestFilter, sort: str, descending: bool, limit: int, offset: int,
             after: tuple[Any, int] | None = None,
             keys: bool = False) -> Select[*tuple[Any, ...]]:
    """The ids of one page, in order, from the indexes alone (rows are fetched after).

    With several states and a sort that (state, column, id) indexes hold in order, each
    state is its own ordered walk that stops after offset+limit matches, and the walks
    are merged: one walk over every state in the date range read and sorted up to 100k
    rows for a page of 200.
    """
    col = SORTS.get(sort, TravelRequest.id)

    def ordered(q: Select[*_Cols]) -> Select[*_Cols]:
        if after is not None:
            v, i = after
            key = tuple_(col, TravelRequest.id)
            bound = tuple_(literal(v, col.type), literal(i, TravelRequest.id.type))
            q = q.where(key < bound if descending else key > bound)
        return _order(q, sort, descending)

    if f.states and sort in _STATE_ORDERED:
        rest = replace(f, states=())
        branches = [ordered(_apply(select(TravelRequest.id, col.label("k")), rest)
                            .where(TravelRequest.state == st.value)).limit(offset + limit)
                    .subquery() for st in dict.fromkeys(f.states)]
        u = (branches[0] if len(branches) == 1 else
             union_all(*[select(b.c.id, b.c.k) for b in branches]).subquery())
        order = (u.c.k.desc(), u.c.id.desc()) if descending else (u.c.k, u.c.id)
        return (select(u.c.id, u.c.k) if keys else select(u.c.id)).order_by(*order).limit(
            limit).offset(offset)
    base: Select[*tuple[Any, ...]] = (select(TravelRequest.id, col) if keys
                                      else select(TravelRequest.id))
    return ordered(_apply(base, f)).limit(limit).offset(offset)


def list_requests(s: Session, f: RequestFilter, *, sort: str = "id", descending: bool = False,
                  limit: int = 200, offset: int = 0) -> list[RequestRow]:
    """A page of rows: the page's ids from the indexes first, then only those rows (joining
    the person for every candidate before the LIMIT cost 160 ms for a common name)."""
    ids = list(s.execute(_id_page(f, sort, descending, limit, offset)).scalars())
    return rows_by_ids(s, ids)


def page_after(s: Session, f: RequestFilter, *, after: tuple[Any, int] | None, sort: str = "depart",
               limit: int = 200) -> list[RequestRow]:
    """Keyset paging (ascending): the next page after (sort value, id) without an OFFSET."""
    ids = list(s.execute(_id_page(f, sort, False, limit, 0, after)).scalars())
    return rows_by_ids(s, ids)


# Sorts on NOT NULL columns, where (value, id) row comparisons page correctly (submitted_at is
# NULL for drafts, so that sort pages by OFFSET only).
KEYSET_SORTS = frozenset({"id", "depart", "return", "state", "traveller"})

PageKey = tuple[Any, int]


def request_page(s: Session, f: RequestFilter, *, sort: str = "id", descending: bool = False,
                 limit: int = 200, offset: int = 0, after: PageKey | None = None,
                 before: PageKey | None = None) -> tuple[list[RequestRow], list[PageKey]]:
    """A page of rows with each row's (sort value, id), for keyset paging in either direction.

    `after`: the rows following that key in the sort order; `before`: the `limit` rows just
    before it (read in the opposite order, returned in sort order). Both need a sort in
    KEYSET_SORTS; without them the page starts at `offset`.
    """
    if before is not None:
        got = list(s.execute(_id_page(f, sort, not descending, limit, 0, before, keys=True)))
        got.reverse()
    else:
        got = list(s.execute(_id_page(f, sort, descending, limit, 0 if after else offset, after,
                                      keys=True)))
    rows = rows_by_ids(s, [r[0] for r in got])
    return rows, [(r[1], r[0]) for r in got]


def page_bookmarks(s: Session, f: RequestFilter, *, sort: str = "id", descending: bool = False,
                   every: int = 200) -> list[PageKey]:
    """(sort value, id) of every `every`-th row in order: entry p-1 is where page p starts
    after, so a jump to any page is a keyset read instead of a deep OFFSET. One ordered pass
    over the matches in SQL (0.5-1.4 s at 500k); only `count / every` keys come back."""
    col = SORTS.get(sort, TravelRequest.id)
    order = (col.desc(), TravelRequest.id.desc()) if descending else (col, TravelRequest.id)
    inner = _apply(select(TravelRequest.id.label("id"), col.label("k"),
                          func.row_number().over(order_by=order).label("rn")), f).subquery()
    q = select(inner.c.k, inner.c.id).where(inner.c.rn % every == 0).order_by(inner.c.rn)
    return [(r[0], r[1]) for r in s.execute(q)]


# ---- worklists --------------------------------------------------------------------------------


# Each worklist statement is built once, its values bound at execution: building one cost
# 0.3-0.5 ms a call, and a batch (app.store.batch) compiles it once per dialect. The *_q
# functions give them to the worklist, which sends a user's whole refresh at once.
PAGE_LIMIT = bindparam("limit", type_=Integer)  # a page's size, bound as "limit"


@functools.cache
def pending_q() -> Select[*tuple[Any, ...]]:
    return (_row_select().where(TravelRequest.state == RequestState.SUBMITTED.value)
            .order_by(TravelRequest.submitted_at, TravelRequest.id).limit(PAGE_LIMIT))


@functools.cache
def returned_q() -> Select[*tuple[Any, ...]]:
    return (_row_select().where(TravelRequest.state == RequestState.RETURNED.value)
            .order_by(TravelRequest.updated_at, TravelRequest.id).limit(PAGE_LIMIT))


@functools.cache
def starting_soon_q() -> Select[*tuple[Any, ...]]:
    """Parameters: first and last day of departure, limit."""
    return (_row_select().where(TravelRequest.state == RequestState.APPROVED.value,
                                TravelRequest.depart >= bindparam("first", type_=Date),
                                TravelRequest.depart <= bindparam("last", type_=Date))
            .order_by(TravelRequest.depart, TravelRequest.id).limit(PAGE_LIMIT))


def to_rows(rows: Sequence[Any]) -> list[RequestRow]:
    return [_to_row(r) for r in rows]


def pending_decisions(s: Session, limit: int = 200) -> list[RequestRow]:
    """Submitted requests, oldest first: the head's queue."""
    return to_rows(s.execute(pending_q(), {"limit": limit}).all())


def returned_requests(s: Session, limit: int = 200) -> list[RequestRow]:
    return to_rows(s.execute(returned_q(), {"limit": limit}).all())


def starting_soon(s: Session, today: date, days: int = 7, limit: int = 200) -> list[RequestRow]:
    return to_rows(s.execute(starting_soon_q(), {
        "first": today, "last": today + timedelta(days=days), "limit": limit}).all())


def abroad_on(s: Session, day: date, limit: int = 1000) -> list[RequestRow]:
    """Who is away on a day: marked travelling, or approved with the day inside the dates."""
    # The page of requests first, then their people: joined before the LIMIT, PostgreSQL
    # hashed all 60,000 people for ~3,000 matches (38 ms); after it, 1,000 key lookups (10 ms).
    page = (select(TravelRequest.id, TravelRequest.return_.label("back")).where(
        TravelRequest.state.in_([RequestState.TRAVELLING.value, RequestState.APPROVED.value]),
        TravelRequest.depart <= day, TravelRequest.return_ >= day)
        .order_by(TravelRequest.return_, TravelRequest.id).limit(limit).subquery())
    q = (_row_select().join(page, page.c.id == TravelRequest.id)
         .order_by(page.c.back, page.c.id))
    return [_to_row(r) for r in s.execute(q)]


def count_abroad_on(s: Session, day: date) -> int:
    q = select(func.count()).select_from(TravelRequest).where(
        TravelRequest.state.in_([RequestState.TRAVELLING.value, RequestState.APPROVED.value]),
        TravelRequest.depart <= day, TravelRequest.return_ >= day)
    return int(s.execute(q).scalar() or 0)


def _debrief_select() -> Select[*tuple[Any, ...]]:
    """DebriefView columns as plain rows: ORM objects plus a user lookup each cost 14 ms a
    page of 200."""
    return select(Debrief.id, Debrief.request_id, Debrief.due, Debrief.recorded_at,
                  User.username, Debrief.deviations, Debrief.approaches,
                  Debrief.device_searches, Debrief.contacts, Debrief.notes
                  ).outerjoin(User, User.id == Debrief.recorded_by)


@functools.cache
def overdue_debriefs_q() -> Select[*tuple[Any, ...]]:
    """Parameters: today, limit."""
    return (_debrief_select().where(Debrief.recorded_at.is_(None),
                                    Debrief.due < bindparam("today", type_=Date))
            .order_by(Debrief.due, Debrief.id).limit(PAGE_LIMIT))


def overdue_debrief_rows(s: Session, today: date, limit: int = 200) -> list[DebriefView]:
    return [DebriefView(*r) for r in s.execute(overdue_debriefs_q(),
                                               {"today": today, "limit": limit})]


def count_overdue_debriefs(s: Session, today: date) -> int:
    return int(s.execute(select(func.count()).select_from(Debrief).where(
        Debrief.recorded_at.is_(None), Debrief.due < today)).scalar() or 0)


def count_by_state(s: Session) -> dict[RequestState, int]:
    """Kept per transition in state_count, so this is instant at any size."""
    return {RequestState(st): n for st, n in s.execute(select(StateCount.state, StateCount.n))
            if n}


def _letters_select() -> Select[*tuple[Any, ...]]:
    return select(Letter.id, Letter.kind, Letter.registration_number, Letter.request_id)


@functools.cache
def letters_waiting_q() -> Select[*tuple[Any, ...]]:
    return (_letters_select().where(Letter.status == "pending")
            .order_by(Letter.id).limit(PAGE_LIMIT))


@functools.cache
def letters_to_print_q() -> Select[*tuple[Any, ...]]:
    return (_letters_select().where(Letter.status == "signed", Letter.printed_at.is_(None))
            .order_by(Letter.id).limit(PAGE_LIMIT))


def to_letters(rows: Sequence[Any]) -> list[tuple[int, str, str, int | None]]:
    """(letter id, kind, registration number, request id)."""
    return [(r[0], r[1], r[2] or "", r[3]) for r in rows]


def letters_waiting(s: Session, limit: int = 200) -> list[tuple[int, str, str, int | None]]:
    """Committed decisions whose letter is not yet signed: (letter id, kind, reg no, request)."""
    return to_letters(s.execute(letters_waiting_q(), {"limit": limit}).all())


def letters_to_print(s: Session, limit: int = 200) -> list[tuple[int, str, str, int | None]]:
    return to_letters(s.execute(letters_to_print_q(), {"limit": limit}).all())


def person_history(s: Session, person_id: int, limit: int = 100) -> list[RequestRow]:
    q = (_row_select().where(TravelRequest.person_id == person_id)
         .order_by(TravelRequest.depart.desc(), TravelRequest.id.desc()).limit(limit))
    return [_to_row(r) for r in s.execute(q)]


# ---- review --------------------------------------------------------------------------------


def review_context(desk: Desk, request_id: int) -> ReviewContext:
    from app.services.decisions import may_decide

    with desk.read() as s:
        view = load_view(s, request_id)
        person = s.get(Person, view.person_id)
        assert person is not None
        c = current_clearance(s, view.person_id)
        summary = (ClearanceSummary(ClearanceLevel(c.level), c.number, ClearanceStatus(c.status),
                                    c.valid_until) if c else None)
        earlier = tuple(r for r in person_history(s, view.person_id) if r.id != request_id)
        outcomes: dict[int, str] = {}
        if earlier:
            for rid, outcome in s.execute(
                    select(Decision.request_id, Decision.outcome)
                    .where(Decision.request_id.in_([r.id for r in earlier]))
                    .order_by(Decision.id)):
                outcomes[rid] = outcome
        overdue = tuple(
            DebriefView(*r) for r in s.execute(
                _debrief_select().join(TravelRequest, TravelRequest.id == Debrief.request_id)
                .where(TravelRequest.person_id == view.person_id, Debrief.recorded_at.is_(None),
                       Debrief.due < desk.today())))
        pv = policy_svc.in_force(s)
        flags = review_flags(pv.policy, today=desk.today(), depart=view.depart,
                             return_=view.return_,
                             clearance_valid_until=c.valid_until if c else None,
                             clearance_status=ClearanceStatus(c.status) if c else None)
        ok, why = may_decide(desk, s, person, desk.today())
        return ReviewContext(view, summary, earlier, outcomes, overdue, flags, pv.version, ok, why)
