"""Realistic synthetic data for demos and benchmarks, written with Core bulk inserts.

Lithuanian names with diacritics, valid personal codes, several units, and years of
requests in every state. ORM objects measured 4.9x slower than Core here, so the
generator builds plain rows in chunks (flat memory) and inserts them with executemany.
"""

from __future__ import annotations

import json
import random
from bisect import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from app.domain.enums import (
    ClearanceLevel,
    ClearanceStatus,
    ReasonCategory,
    RequestState,
    Role,
    StaffCategory,
)
from app.domain.personal_code import make_personal_code
from app.domain.policy import Policy, debrief_due
from app.domain.text import fold
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import policy as policy_svc
from app.services.desk import Desk
from app.services.errors import ServiceError
from app.services.transitions import bump_legs, bump_state_count, bump_tally, tally_keys
from app.store.bulk import (
    bulk_cache,
    deferred_indexes,
    insert_rows,
    sqlite_date,
    sqlite_datetime,
)
from app.store.models import (
    Clearance,
    ClearanceEvent,
    Debrief,
    Decision,
    ItineraryLeg,
    Person,
    TravelRequest,
)

Progress = Callable[[int, int, str], None]
CHUNK = 20_000

MALE_FIRST = ["Jonas", "Petras", "Antanas", "Mindaugas", "Tomas", "Darius", "Gintaras",
              "Žygimantas", "Šarūnas", "Andrius", "Vytautas", "Rimantas", "Algirdas", "Kęstutis",
              "Mantas", "Lukas", "Povilas", "Gediminas", "Arūnas", "Saulius", "Dovydas",
              "Justinas"]
FEMALE_FIRST = ["Ona", "Rūta", "Aušra", "Eglė", "Jūratė", "Giedrė", "Dalia", "Živilė", "Gintarė",
                "Ieva", "Inga", "Rasa", "Lina", "Vaida", "Neringa", "Agnė", "Kotryna", "Greta",
                "Ūla", "Austėja", "Milda", "Laura"]
MALE_LAST = ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas",
             "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Šimkus",
             "Baranauskas", "Navickas", "Ramanauskas", "Savickas", "Rutkauskas", "Ąžuolas",
             "Čepulis", "Šaltenis", "Ėmužis", "Jurgaitis", "Mockus", "Lukoševičius", "Žemaitis",
             "Grigas", "Sabonis", "Valančius", "Čiurlionis", "Įžulis", "Ūsas"]
FEMALE_LAST = ["Kazlauskienė", "Jankauskienė", "Petrauskaitė", "Stankevičienė",
               "Vasiliauskaitė", "Žukauskienė", "Butkutė", "Paulauskienė", "Urbonaitė",
               "Kavaliauskienė", "Šimkutė", "Baranauskienė", "Navickaitė", "Ramanauskienė",
               "Savickaitė", "Rutkauskienė", "Ąžuolaitė", "Čepulienė", "Šaltenytė", "Ėmužienė",
               "Jurgaitytė", "Mockutė", "Lukoševičienė", "Žemaitienė", "Grigienė"]
UNITS = ["Analizės skyrius", "Ryšių skyrius", "Kontržvalgybos valdyba", "Personalo skyrius",
         "Finansų skyrius", "Teisės skyrius", "Informacinių technologijų skyrius",
         "Ūkio skyrius", "Tarptautinio bendradarbiavimo skyrius", "Vadovybė",
         "Kauno padalinys", "Klaipėdos padalinys", "Šiaulių padalinys", "Panevėžio padalinys"]
POSITIONS = ["Vyriausiasis specialistas", "Vyresnysis specialistas", "Skyriaus vedėjas",
             "Patarėjas", "Vyriausiasis tyrėjas", "Inspektorius", "Analitikas", "Referentas"]
PURPOSES = {
    ReasonCategory.FAMILY: ["Aplankyti tėvus", "Sesers vestuvės", "Šeimos šventė"],
    ReasonCategory.BEREAVEMENT: ["Tėvo laidotuvės", "Motinos sunki liga", "Brolio laidotuvės"],
    ReasonCategory.MEDICAL: ["Odontologinis gydymas", "Reabilitacija sanatorijoje"],
    ReasonCategory.PROPERTY: ["Buto pardavimas", "Paveldėjimo dokumentai", "Sodybos priežiūra"],
    ReasonCategory.CUSTODY: ["Vaiko globos byla teisme", "Susitikimas su vaiku"],
    ReasonCategory.OFFICIAL: ["Tarnybinė komandiruotė", "Tarptautinis pasitarimas"],
    ReasonCategory.TRANSIT: ["Tranzitu į Karaliaučiaus sritį", "Tranzitas traukiniu"],
    ReasonCategory.OTHER: ["Kita asmeninė priežastis"],
}
PLACES = {"BY": ["Minskas", "Gardinas", "Lyda", "Brestas", "Vitebskas"],
          "RU": ["Karaliaučius", "Sovetskas", "Maskva", "Sankt Peterburgas"],
          "CN": ["Pekinas", "Šanchajus"], "LV": ["Ryga", "Daugpilis"], "PL": ["Varšuva"]}
CROSSINGS = {"BY": ["Medininkai", "Šalčininkai"], "RU": ["Kybartai", "Panemunė"]}
MODES = ["automobilis", "autobusas", "traukinys", "lėktuvas"]


@dataclass(frozen=True)
class DemoStats:
    people: int
    requests: int
    by_state: dict[str, int]


def _codes(rng: random.Random, n: int, taken: set[str]) -> Iterator[tuple[str, str, date]]:
    made = 0
    while made < n:
        sex = "M" if rng.random() < 0.55 else "F"
        born = date(1955, 1, 1) + timedelta(days=rng.randrange(0, 365 * 48))
        code = make_personal_code(sex, born, rng.randrange(0, 1000))  # type: ignore[arg-type]
        if code in taken:
            continue
        taken.add(code)
        made += 1
        yield code, sex, born


def generate(desk: Desk, *, staff: int, requests: int, seed: int = 7,
             progress: Progress | None = None) -> DemoStats:
    """Add `staff` people and `requests` requests to the store in one transaction."""
    desk.require(QT_TRANSLATE_NOOP("Core", "generate demo data"), Role.ADMIN)
    if desk.store.kind == "server":
        # Demo rows go into every table at once, past the per-role privileges a server
        # enforces; a demo for a server is made in a file and moved there (migrate --to).
        raise ServiceError(msg(QT_TRANSLATE_NOOP(
            "Core", "Demo data is made in a store kept in a file; to try a server, move such "
            "a store there with \"permit-desk migrate --to\".")))
    rng = random.Random(seed)
    say = progress or (lambda done, total, msg: None)
    today = desk.today()
    now = desk.now()
    with desk.unit() as s:
        pv = policy_svc.in_force(s)
        conn = s.connection()
        taken = set(conn.execute(select(Person.personal_code)).scalars())
        first_person = (conn.execute(select(func.max(Person.id))).scalar() or 0) + 1
        # Random-order index inserts thrash the page cache once the tables outgrow it
        # (50k requests took 3 s, 500k took 108 s); building each index once, after the
        # load, is a single in-memory sort.
        with bulk_cache(conn), deferred_indexes(
                conn, [Person.__table__, Clearance.__table__,
                       TravelRequest.__table__, ItineraryLeg.__table__,
                       Decision.__table__, Debrief.__table__]):
            person_ids, units = _people(conn, rng, staff, taken, first_person, now, today, say)
            counts, trips = _requests(conn, rng, requests, person_ids, units, pv.version,
                                      pv.policy, desk.actor.user_id, now, today, say)
            say(0, 1, "indexes")
        say(1, 1, "indexes")
        for state, n in counts.items():
            bump_state_count(s, state, n)
        # The tallies as transitions.move_state and retally would have kept them, request by
        # request: the demo's legs are its countries, one each.
        tally: Counter[tuple[str, str, str]] = Counter()
        legs: Counter[str] = Counter()
        for (month, countries, state), n in trips.items():
            for m, c in tally_keys(month, ",".join(countries)):
                tally[(m, c, state)] += n
            for c in countries:
                legs[c] += n
        bump_tally(s, tally)
        bump_legs(s, legs)
        desk.record(s, "demo.generate", "store", "",
                    after={"people": staff, "requests": requests, "seed": seed})
    desk.announce("person", "clearance", "request")
    return DemoStats(staff, requests, dict(counts))


class _Picker:
    """Weighted choice by bisect over cumulative weights: rng.choices was the hot spot."""

    def __init__(self, pairs: list[tuple[Any, float]]) -> None:
        self.values = [p[0] for p in pairs]
        total = float(sum(p[1] for p in pairs))
        acc = 0.0
        self.cum: list[float] = []
        for _v, w in pairs:
            acc += w / total
            self.cum.append(acc)

    def __call__(self, r: float) -> Any:
        return self.values[min(bisect(self.cum, r), len(self.values) - 1)]


PERSON_COLS = ("id", "personal_code", "last_name", "first_name", "search_name", "position",
               "unit", "category", "created_at", "updated_at")
CLEARANCE_COLS = ("id", "person_id", "level", "number", "issued", "valid_until", "status",
                  "updated_at")
EVENT_COLS = ("clearance_id", "at", "status", "level", "valid_until", "reason")
REQUEST_COLS = ("id", "person_id", "state", "countries", "depart", "return_date", "crossing",
                "mode", "purpose", "reason_category", "lodging", "home_contact",
                "travel_document", "declared", "created_by", "created_at", "submitted_at",
                "updated_at", "search_text")
LEG_COLS = ("request_id", "seq", "country", "place", "arrive", "leave", "stopover")
DECISION_COLS = ("request_id", "outcome", "reason", "conditions", "debrief_due", "decided_by",
                 "decided_at", "policy_version_id")
DEBRIEF_COLS = ("request_id", "due", "recorded_at", "recorded_by", "deviations", "approaches",
                "device_searches", "contacts", "notes")


def _people(conn: Connection, rng: random.Random, n: int, taken: set[str], first_id: int,
            now: datetime, today: date, say: Progress) -> tuple[list[int], dict[int, str]]:
    ids: list[int] = []
    units: dict[int, str] = {}
    people: list[tuple[Any, ...]] = []
    clearances: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    cats = _Picker([(StaffCategory.CIVIL_SERVANT.value, 45),
                    (StaffCategory.STATUTORY_OFFICER.value, 25),
                    (StaffCategory.SOLDIER.value, 15), (StaffCategory.EMPLOYEE.value, 10),
                    (StaffCategory.STATE_POLITICIAN.value, 1), (StaffCategory.OTHER.value, 4)])
    levels = _Picker([(ClearanceLevel.TOP_SECRET.value, 10), (ClearanceLevel.SECRET.value, 35),
                      (ClearanceLevel.CONFIDENTIAL.value, 30),
                      (ClearanceLevel.RESTRICTED.value, 25)])
    clearance_id = (conn.execute(select(func.max(Clearance.id))).scalar() or 0) + 1
    now_s = sqlite_datetime(now)

    def flush() -> None:
        insert_rows(conn, Person.__table__, PERSON_COLS, people)
        if clearances:
            insert_rows(conn, Clearance.__table__, CLEARANCE_COLS, clearances)
            insert_rows(conn, ClearanceEvent.__table__, EVENT_COLS, events)
        people.clear()
        clearances.clear()
        events.clear()

    for i, (code, sex, _born) in enumerate(_codes(rng, n, taken)):
        pid = first_id + i
        first = rng.choice(MALE_FIRST if sex == "M" else FEMALE_FIRST)
        last = rng.choice(MALE_LAST if sex == "M" else FEMALE_LAST)
        unit = rng.choice(UNITS)
        people.append((pid, code, last, first, fold(f"{last} {first}"), rng.choice(POSITIONS),
                       unit, cats(rng.random()), now_s, now_s))
        ids.append(pid)
        units[pid] = unit
        if rng.random() < 0.93:
            issued = today - timedelta(days=rng.randrange(30, 365 * 5))
            valid_until = issued + timedelta(days=365 * 5)
            r = rng.random()
            status = (ClearanceStatus.EXPIRED if valid_until < today else
                      ClearanceStatus.SUSPENDED if r < 0.01 else
                      ClearanceStatus.WITHDRAWN if r < 0.015 else ClearanceStatus.ACTIVE).value
            level = levels(rng.random())
            vu = sqlite_date(valid_until)
            clearances.append((clearance_id, pid, level, f"L-{clearance_id:06d}",
                               sqlite_date(issued), vu, status, now_s))
            events.append((clearance_id, now_s, status, level, vu, "demo data"))
            clearance_id += 1
        if len(people) >= CHUNK:
            flush()
            say(i + 1, n, "people")
    if people:
        flush()
    say(n, n, "people")
    return ids, units


_DECIDED = frozenset({RequestState.APPROVED, RequestState.DENIED, RequestState.RETURNED,
                      RequestState.TRAVELLING, RequestState.BACK, RequestState.DEBRIEFED,
                      RequestState.CLOSED, RequestState.CANCELLED})
_DEBRIEFED = frozenset({RequestState.BACK, RequestState.DEBRIEFED, RequestState.CLOSED})


def _requests(conn: Connection, rng: random.Random, n: int, person_ids: list[int],
              units: dict[int, str], policy_version: int, policy: Policy, user_id: int,
              now: datetime, today: date, say: Progress
              ) -> tuple[Counter[str], Counter[tuple[str, tuple[str, ...], str]]]:
    """The requests, and how many there are per state and per (month of departure, countries,
    state) for the counters."""
    counts: Counter[str] = Counter()
    trips: Counter[tuple[str, tuple[str, ...], str]] = Counter()
    if not person_ids or n <= 0:
        return counts, trips
    first_id = (conn.execute(select(func.max(TravelRequest.id))).scalar() or 0) + 1
    reasons = _Picker([(ReasonCategory.FAMILY, 40), (ReasonCategory.BEREAVEMENT, 6),
                       (ReasonCategory.MEDICAL, 8), (ReasonCategory.PROPERTY, 12),
                       (ReasonCategory.CUSTODY, 3), (ReasonCategory.OFFICIAL, 10),
                       (ReasonCategory.TRANSIT, 16), (ReasonCategory.OTHER, 5)])
    # The search text needs each traveller's folded name: read them once.
    folded = dict(conn.execute(select(Person.id, Person.search_name)).all())
    span_days = 365 * 4
    start = today - timedelta(days=span_days - 120)
    days = [start + timedelta(days=k) for k in range(span_days + 60)]
    day_s = [sqlite_date(d) for d in days]
    month_s = [d[:7] for d in day_s]
    # Submission and decision times, 09:00 on a day; index k stands for day k - 60.
    day_nine = [sqlite_datetime(datetime.combine(start + timedelta(days=k - 60), _NINE))
                for k in range(span_days + 120)]
    now_s = sqlite_datetime(now)
    conditions = json.dumps(["Saugumo instruktažas prieš išvyką"], ensure_ascii=False)
    reqs: list[tuple[Any, ...]] = []
    legs: list[tuple[Any, ...]] = []
    decisions: list[tuple[Any, ...]] = []
    debriefs: list[tuple[Any, ...]] = []
    today_idx = (today - start).days
    random_ = rng.random
    n_people = len(person_ids)

    def flush() -> None:
        for table, cols, rows in ((TravelRequest, REQUEST_COLS, reqs),
                                  (ItineraryLeg, LEG_COLS, legs),
                                  (Decision, DECISION_COLS, decisions),
                                  (Debrief, DEBRIEF_COLS, debriefs)):
            if rows:
                insert_rows(conn, table.__table__, cols, rows)
                rows.clear()

    # Per-row work is the load's Python cost: draw with random() and index lists (randrange
    # and choice cost ~1 us each), and precompute every string that depends on a day.
    value = {st: st.value for st in RequestState}
    reason_value = {r: r.value for r in ReasonCategory}
    crossings = {c: CROSSINGS[c] for c in CROSSINGS}
    places = {c: PLACES[c] for c in PLACES}
    purposes = {r: PURPOSES[r] for r in PURPOSES}
    n_modes = len(MODES)
    countries_s = {("BY",): "BY", ("RU",): "RU", ("BY", "RU"): "BY,RU", ("RU", "LV"): "RU,LV"}
    # Debrief deadlines depend only on the return day: work them out once per day.
    due_s_by_day: dict[int, str] = {}
    for i in range(n):
        rid = first_id + i
        pid = person_ids[int(random_() * n_people)]
        d0 = int(random_() * span_days)
        d1 = d0 + 1 + int(random_() * 14)
        reason = reasons(random_())
        country = "BY" if random_() < 0.62 else "RU"
        two = random_() >= 0.85
        countries: tuple[str, ...] = ((country, "LV" if country == "RU" else "RU") if two
                                      else (country,))
        state = _state_for(random_(), d0 - today_idx, d1 - today_idx,
                           reason is ReasonCategory.BEREAVEMENT)
        if state is RequestState.DRAFT:
            sub_s = decided_s = None
        elif state is RequestState.SUBMITTED:
            sub_s = sqlite_datetime(now - timedelta(hours=1 + int(random_() * (24 * 20 - 1))))
            decided_s = None
        else:
            k = d0 - 10 - int(random_() * 30) + 60
            sub_s, decided_s = day_nine[k], day_nine[k + 2]
        cross = crossings[country]
        purp = purposes[reason]
        pl = places[country]
        d0_s, d1_s = day_s[d0], day_s[d1]
        reqs.append((rid, pid, value[state], countries_s[countries], d0_s, d1_s,
                     cross[int(random_() * len(cross))], MODES[int(random_() * n_modes)],
                     purp[int(random_() * len(purp))],
                     reason_value[reason], "Giminaičių namai", "Sutuoktinis", "Pasas",
                     int(state in _DECLARED), user_id, sub_s or now_s, sub_s, now_s,
                     folded.get(pid, "")))
        legs.append((rid, 1, country, pl[int(random_() * len(pl))], d0_s, d1_s, int(two)))
        if two:
            pl2 = places[countries[1]]
            legs.append((rid, 2, countries[1], pl2[int(random_() * len(pl2))], d0_s, d1_s, 0))
        counts[value[state]] += 1
        trips[(month_s[d0], countries, value[state])] += 1
        if state in _DECIDED:
            due_s = due_s_by_day.get(d1)
            if due_s is None:
                due_s = due_s_by_day[d1] = sqlite_date(debrief_due(policy, days[d1]))
            if state is RequestState.DENIED:
                decisions.append((rid, "deny", "Nepakankamai pagrįsta", "[]", None, user_id,
                                  decided_s, policy_version))
            elif state is RequestState.RETURNED:
                decisions.append((rid, "return", "Patikslinkite maršrutą", "[]", None, user_id,
                                  decided_s, policy_version))
            else:
                decisions.append((rid, "approve", "", conditions, due_s, user_id, decided_s,
                                  policy_version))
            if state in _DEBRIEFED:
                recorded = state is not RequestState.BACK
                debriefs.append((rid, due_s, f"{due_s} 10:00:00.000000" if recorded else None,
                                 user_id if recorded else None, "Nebuvo" if recorded else "",
                                 "", "", "", ""))
        if len(reqs) >= CHUNK:
            flush()
            say(i + 1, n, "requests")
    flush()
    say(n, n, "requests")
    return counts, trips


_NINE = time(9, 0)
_DECLARED = frozenset({RequestState.DECLARED, RequestState.ACCEPTED})


def _state_for(r: float, depart_in: int, return_in: int, bereavement: bool) -> RequestState:
    """A plausible state for a trip `depart_in` days from today (negative: in the past)."""
    if bereavement and r < 0.3:
        return RequestState.ACCEPTED if depart_in < -20 or r < 0.25 else RequestState.DECLARED
    if return_in < -20:  # long past
        if r < 0.80:
            return RequestState.CLOSED
        if r < 0.90:
            return RequestState.DENIED
        if r < 0.97:
            return RequestState.CANCELLED
        if r < 0.995:
            return RequestState.DEBRIEFED
        return RequestState.VIOLATION
    if return_in < 0:  # recently back
        return (RequestState.BACK if r < 0.45 else RequestState.DEBRIEFED if r < 0.75
                else RequestState.CLOSED if r < 0.9 else RequestState.DENIED)
    if depart_in <= 0:  # away now
        return RequestState.TRAVELLING if r < 0.7 else RequestState.APPROVED
    if depart_in > 60:  # far future
        return (RequestState.DRAFT if r < 0.5 else RequestState.SUBMITTED if r < 0.503
                else RequestState.APPROVED)
    if r < 0.10:
        return RequestState.DRAFT
    if r < 0.11:
        return RequestState.SUBMITTED
    if r < 0.13:
        return RequestState.RETURNED
    if r < 0.85:
        return RequestState.APPROVED
    if r < 0.93:
        return RequestState.DENIED
    return RequestState.CANCELLED
