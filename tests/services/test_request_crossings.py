"""A request's border crossing leads into one of its countries: a Belarus trip through a Russian
crossing is refused in one sentence and nothing is saved (issue 13, point 10)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.services import requests
from app.services.errors import InvalidInput
from app.store.models import TravelRequest
from tests.services.workflow_helpers import add_cleared_person, draft


def test_a_belarus_trip_cannot_cross_at_a_russian_crossing(store) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 41)
    clerk = store.as_user("rastine")
    with pytest.raises(InvalidInput, match=r"^Kybartai is not a crossing into BY \(the policy "
                                           r"lists: Medininkai, Šalčininkai\)\.$"):
        requests.new_request(clerk, replace(draft(code), crossing="Kybartai"))
    with clerk.read() as s:
        assert s.execute(select(func.count()).select_from(TravelRequest)).scalar() == 0


def test_a_crossing_into_any_of_the_countries_is_accepted(store) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 42)
    clerk = store.as_user("rastine")
    v = requests.new_request(clerk, replace(draft(code, countries=("BY", "RU")),
                                            crossing="Kybartai"))
    assert v.crossing == "Kybartai"
    w = requests.update_request(clerk, v.id, replace(draft(code, countries=("BY", "RU")),
                                                     crossing="Medininkai"))
    assert w.crossing == "Medininkai"
    with pytest.raises(InvalidInput, match="not a crossing into RU"):
        requests.update_request(clerk, v.id, replace(draft(code, countries=("RU",)),
                                                     crossing="Medininkai"))
    assert requests.get_request(clerk, v.id).crossing == "Medininkai"
