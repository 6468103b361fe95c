"""A travel request's itinerary names real countries, and a permission is asked before the
trip: unknown or look-alike country codes and past departures are refused, nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.countries import ISO_3166_ALPHA2, is_country_code
from app.domain.enums import ReasonCategory
from app.services import requests
from app.services.desk import Desk
from app.services.errors import InvalidInput
from app.services.request_views import Leg
from app.store.models import TravelRequest
from tests.conftest import StoreFixture
from tests.services.workflow_helpers import add_cleared_person, draft


def stored_requests(desk: Desk) -> int:
    with desk.read() as s:
        return int(s.execute(select(func.count(TravelRequest.id))).scalar_one())


def test_the_static_list_is_iso_3166_1() -> None:
    assert len(ISO_3166_ALPHA2) == 249
    assert all(len(c) == 2 and c.isascii() and c.isupper() for c in ISO_3166_ALPHA2)
    assert {"LT", "BY", "RU", "CN", "UA", "GB", "XK"} & ISO_3166_ALPHA2 == {
        "LT", "BY", "RU", "CN", "UA", "GB"}
    assert not is_country_code("by") and not is_country_code("\u0412Y")


@pytest.mark.parametrize(("countries", "legs", "words"), [
    (("BY", "XX"), None, "XX is not an ISO 3166-1 country code"),
    (("\u0412Y",), None, r"U\+0412 is not a Latin letter"),
    (("BY",), ("BY", "ZZ"), "ZZ is not an ISO 3166-1 country code"),
    (("BY",), ("\u0420U",), r"U\+0420 is not a Latin letter"),
])
def test_unknown_country_codes_are_refused(store: StoreFixture, countries: tuple[str, ...],
                                           legs: tuple[str, ...] | None, words: str) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 1)
    clerk = store.as_user("rastine")
    d = draft(code, countries=countries)
    if legs is not None:
        d = replace(d, legs=tuple(Leg(c) for c in legs))
    with pytest.raises(InvalidInput, match=words):
        requests.new_request(clerk, d)
    assert stored_requests(clerk) == 0


def test_a_past_departure_is_refused_for_permission_but_declared(store: StoreFixture) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 2)
    clerk = store.as_user("rastine")
    # The store's clock: 2026-11-25 09:00 UTC, 11:00 in Vilnius.
    yesterday = draft(code, depart=date(2026, 11, 24), return_=date(2026, 11, 30))
    with pytest.raises(InvalidInput, match=r"The departure \(2026-11-24\) is before today "
                                           r"\(2026-11-25\)"):
        requests.new_request(clerk, yesterday)
    v = requests.new_request(clerk, draft(code, depart=date(2026, 11, 25),
                                          return_=date(2026, 11, 30)))
    with pytest.raises(InvalidInput, match="before today"):
        requests.update_request(clerk, v.id, yesterday)
    # A departure already made is what a declaration is for.
    declared = requests.declare(clerk, replace(yesterday,
                                               reason_category=ReasonCategory.BEREAVEMENT),
                                "Mirė tėvas; išvykau skubiai.")
    assert declared.depart == date(2026, 11, 24)


def test_vilnius_today_decides_not_utc(store: StoreFixture) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 3)
    clerk = store.as_user("rastine")
    from datetime import UTC, datetime

    store.clock.when = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # 00:30 on the 26th there
    with pytest.raises(InvalidInput, match="before today"):
        requests.new_request(clerk, draft(code, depart=date(2026, 11, 25),
                                          return_=date(2026, 11, 30)))
