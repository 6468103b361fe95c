"""request_tally and leg_tally on both backends: after every kind of change a request goes
through (entry, submission, decisions, a reconsidered decision, a draft edit moving its month,
countries and legs, a return for changes and its resubmission, a cancellation), the dashboard
and the country count read from them equal a recount from the rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.enums import DecisionOutcome, RequestState
from app.services import dashboard, decisions, requests
from app.services.queries import RequestFilter, count_requests
from app.services.request_views import Leg
from tests.conftest import StoreFixture
from tests.services.tally_check import assert_tallies_match, leg_recount, per_month_recount
from tests.services.workflow_helpers import add_cleared_person, draft

# The clock's day (2026-11-25), and one whose year includes December and January.
TODAY, LATER = date(2026, 11, 25), date(2027, 1, 31)


def test_tallies_follow_every_change_of_a_request(store: StoreFixture) -> None:
    clerk, sec, head = store.as_user("rastine"), store.as_user("saugumas"), store.head
    codes = [add_cleared_person(sec, i, last=f"Petraitis{i}") for i in range(1, 6)]

    def check() -> None:
        with head.read() as s:
            assert_tallies_match(s, TODAY, LATER)

    # Approved, then reconsidered: denied.
    a = requests.new_request(clerk, draft(codes[0], depart=date(2026, 11, 27),
                                          return_=date(2026, 11, 29)))
    check()
    requests.submit(clerk, a.id)
    decisions.decide(head, a.id, "approve")
    check()
    assert decisions.reconsider(head, a.id, "deny", reason="Nauji duomenys").state \
        is RequestState.DENIED
    check()

    # A draft edited: December (outside the dashboard's year today) becomes November, BY,RU
    # becomes RU,LV, and a transit leg names BY, which `countries` does not.
    b = requests.new_request(clerk, draft(codes[1], countries=("BY", "RU"),
                                          depart=date(2026, 12, 3), return_=date(2026, 12, 9)))
    check()
    edited = replace(draft(codes[1], countries=("RU", "LV"), depart=date(2026, 11, 28),
                           return_=date(2026, 12, 4)),
                     legs=(Leg("BY"), Leg("RU"), Leg("LV")))
    b = requests.update_request(clerk, b.id, edited)
    assert b.depart == date(2026, 11, 28) and b.countries == ("RU", "LV")
    check()
    with head.read() as s:
        assert leg_recount(s, "BY") == count_requests(s, RequestFilter(country="by")) == 2
        november = [c for c in dashboard.requests_per_month(s, TODAY, 12, "LV")
                    if c.month == "2026-11"]
        assert [(c.outcome, c.n) for c in november] == [("other", 1)]  # a draft
    requests.submit(clerk, b.id)
    decisions.decide(head, b.id, "approve")
    check()

    # Returned for changes, edited while returned (another month and country), resubmitted.
    c = requests.new_request(clerk, draft(codes[2], countries=("RU",), depart=date(2026, 11, 30),
                                          return_=date(2026, 12, 2)))
    requests.submit(clerk, c.id)
    decisions.decide(head, c.id, DecisionOutcome.RETURN, reason="Nurodykite maršrutą")
    check()
    requests.update_request(clerk, c.id, draft(codes[2], countries=("BY",),
                                                depart=date(2027, 1, 5),
                                                return_=date(2027, 1, 9)))
    check()
    assert requests.submit(clerk, c.id).state is RequestState.SUBMITTED
    check()

    # Cancelled, and one left a draft.
    d = requests.new_request(clerk, draft(codes[3], countries=("LV", "BY"),
                                          depart=date(2026, 11, 29), return_=date(2026, 11, 30)))
    requests.cancel(clerk, d.id, "Kelionė atšaukta")
    requests.new_request(clerk, draft(codes[4], depart=date(2026, 11, 26),
                                      return_=date(2026, 11, 27)))
    check()

    # What the screens show, on this day: three November departures besides the pending one,
    # which January holds.
    numbers = dashboard.numbers(head)
    with head.read() as s:
        assert list(numbers.per_month) == per_month_recount(s, TODAY, None)
        assert {(m.outcome, m.n) for m in numbers.per_month if m.month == "2026-11"} == \
            {("denied", 1), ("approved", 1), ("other", 2)}
        january = dashboard.requests_per_month(s, LATER, 12, "BY")
        assert [(m.month, m.outcome, m.n) for m in january if m.month == "2027-01"] == \
            [("2027-01", "pending", 1)]
        assert count_requests(s, RequestFilter(country="RU")) == 1
