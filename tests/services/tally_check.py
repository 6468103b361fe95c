"""The kept tallies against a recount from the rows themselves, the way the dashboard and the
request list counted before request_tally and leg_tally (issue 15): a request's `countries`
matched as text (",RU," in ",BY,RU,"), a country's requests as those with a leg there."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import RequestState
from app.services import dashboard, queries
from app.services.queries import RequestFilter
from app.services.transitions import ALL_COUNTRIES
from app.store.models import ItineraryLeg, LegTally, RequestTally, TravelRequest

COUNTRIES = ("BY", "RU", "LV", "PL")


def per_month_recount(s: Session, today: date, country: str | None,
                      months: int = 12) -> list[dashboard.MonthCount]:
    """dashboard.requests_per_month as its GROUP BY over travel_request answered it."""
    keys = dashboard.month_keys(today, months)
    first = date.fromisoformat(keys[0] + "-01")
    after = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    counts: Counter[tuple[str, str]] = Counter()
    for depart, state, countries in s.execute(select(
            TravelRequest.depart, TravelRequest.state, TravelRequest.countries)):
        if state not in {st.value for st in RequestState} or not first <= depart < after:
            continue
        if country and f",{country}," not in f",{countries},":
            continue
        counts[(depart.isoformat()[:7], dashboard.outcome_of(state))] += 1
    return [dashboard.MonthCount(m, country or ALL_COUNTRIES, o, n)
            for (m, o), n in sorted(counts.items())]


def leg_recount(s: Session, country: str) -> int:
    """Requests with a leg in the country, as the request list's filter finds them."""
    return len(set(s.execute(select(ItineraryLeg.request_id).where(
        ItineraryLeg.country == country)).scalars()))


def assert_tallies_match(s: Session, *days: date) -> None:
    """The dashboard's months (as of each of `days`: a later day brings future departures into
    its year) and each country's count equal a recount, and the tallies hold no row the rows
    do not explain (zeros aside)."""
    for day in days:
        for country in (None, *COUNTRIES):
            got = dashboard.requests_per_month(s, day, 12, country)
            assert got == per_month_recount(s, day, country), (day, country)
    for country in COUNTRIES:
        assert queries.count_requests(s, RequestFilter(country=country)) == \
            leg_recount(s, country), country
    # Every row of the tables, not only the months and countries asked above.
    kept = {(m, c, st): n for m, c, st, n in s.execute(select(
        RequestTally.month, RequestTally.country, RequestTally.state, RequestTally.n)) if n}
    want: Counter[tuple[str, str, str]] = Counter()
    for depart, state, countries in s.execute(select(
            TravelRequest.depart, TravelRequest.state, TravelRequest.countries)):
        month = depart.isoformat()[:7]
        want[(month, ALL_COUNTRIES, state)] += 1
        for c in set(countries.split(",")) - {""}:
            want[(month, c, state)] += 1
    assert kept == dict(want)
    legs = {c: n for c, n in s.execute(select(LegTally.country, LegTally.n)) if n}
    assert legs == {c: n for c in {c for (c,) in s.execute(select(ItineraryLeg.country))}
                    if (n := leg_recount(s, c))}
