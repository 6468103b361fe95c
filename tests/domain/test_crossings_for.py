"""Which border crossings a trip may use: only those into the countries it goes to."""

from __future__ import annotations

from app.domain.policy import Policy, crossings_for


def test_a_belarus_trip_gets_only_belarus_crossings() -> None:
    p = Policy()
    assert crossings_for(p, ["BY"]) == ("Medininkai", "Šalčininkai")
    assert crossings_for(p, [" ru "]) == ("Kybartai", "Panemunė")


def test_several_countries_in_visiting_order_without_repeats() -> None:
    p = Policy()
    assert crossings_for(p, ["RU", "BY", "RU"]) == ("Kybartai", "Panemunė", "Medininkai",
                                                    "Šalčininkai")


def test_countries_without_crossings_offer_none() -> None:
    p = Policy(crossings={"BY": ("Medininkai",), "RU": ()})
    assert crossings_for(p, ["RU"]) == ()
    assert crossings_for(p, ["LV", "CN"]) == ()
    assert crossings_for(p, []) == ()
