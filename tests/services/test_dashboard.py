"""The dashboard's numbers on both backends: requests per month by outcome, counts of waiting
work (the month key is built in each database's own words: a date is text in SQLite)."""

from __future__ import annotations

from datetime import date

from app.services import dashboard, decisions, requests
from tests.conftest import StoreFixture
from tests.services.workflow_helpers import add_cleared_person, draft


def test_requests_per_month_and_waiting_counts(store: StoreFixture) -> None:
    clerk, sec = store.as_user("rastine"), store.as_user("saugumas")
    code = add_cleared_person(sec, 1)
    approved = requests.new_request(clerk, draft(code, depart=date(2026, 11, 27),
                                                 return_=date(2026, 11, 29)))
    requests.submit(clerk, approved.id)
    decisions.decide(store.head, approved.id, "approve")
    waiting = requests.new_request(clerk, draft(code, depart=date(2026, 11, 30),
                                                return_=date(2026, 12, 2)))
    requests.submit(clerk, waiting.id)
    numbers = dashboard.numbers(store.head)
    assert numbers.months[-1] == "2026-11" and len(numbers.months) == 12
    november = {c.outcome: c.n for c in numbers.per_month if c.month == "2026-11"}
    assert november.get("approved") == 1 and sum(november.values()) == 2
    assert numbers.pending_decisions == 1
    by_country = dashboard.numbers(store.head, country="BY")
    assert sum(c.n for c in by_country.per_month) == 2
    assert sum(c.n for c in dashboard.numbers(store.head, country="RU").per_month) == 0
