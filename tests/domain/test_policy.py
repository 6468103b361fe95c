"""The policy as data: JSON round trip, validation, and the pure rules."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.domain.enums import ClearanceLevel, ClearanceStatus, ReasonCategory, StaffCategory
from app.domain.policy import (
    ListedCountry,
    Policy,
    PolicyError,
    debrief_due,
    default_policy,
    may_declare,
    needs_permission,
    policy_digest,
    policy_from_json,
    policy_to_json,
    review_flags,
    unlisted_countries,
    with_changes,
)


def test_defaults() -> None:
    p = default_policy()
    assert [c.code for c in p.countries] == ["RU", "BY"]
    assert p.country("by") == ListedCountry("BY", "Baltarusija", "Belarus")
    assert p.categories_needing_permission == frozenset(StaffCategory)
    assert p.levels_needing_permission == frozenset(ClearanceLevel)
    assert p.declaration_reasons == {ReasonCategory.BEREAVEMENT}
    assert (p.min_lead_days, p.debrief_working_days, p.expiring_within_days) == (10, 5, 60)
    assert set(p.crossings) == {"RU", "BY"} and "Medininkai" in p.crossings["BY"]


def test_json_round_trip_is_canonical() -> None:
    p = with_changes(
        default_policy(),
        countries=(*default_policy().countries, ListedCountry("CN", "Kinija", "China")),
        crossings={"BY": ("Medininkai",), "RU": ("Kybartai", "Panemunė"), "CN": ()},
        declaration_reasons=frozenset({ReasonCategory.BEREAVEMENT, ReasonCategory.CUSTODY}),
        min_lead_days=14,
    )
    s = policy_to_json(p)
    back = policy_from_json(s)
    assert back == p and hash(back) == hash(p)
    assert policy_to_json(back) == s
    assert policy_digest(back) == policy_digest(p) != policy_digest(default_policy())
    assert "Panemunė" in s  # not \\u-escaped
    assert list(json.loads(s)) == sorted(json.loads(s))


def test_policy_is_immutable() -> None:
    p = default_policy()
    with pytest.raises(AttributeError):
        p.min_lead_days = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        p.crossings["BY"] = ()  # type: ignore[index]


def _json_with(**changes: object) -> str:
    data = json.loads(policy_to_json(default_policy()))
    for k, v in changes.items():
        if v is _DROP:
            del data[k]
        else:
            data[k] = v
    return json.dumps(data)


_DROP = object()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "Not valid JSON"),
        ("[]", "JSON object"),
        (_json_with(schema=2), "schema"),
        (_json_with(min_lead_days=_DROP), "Missing policy field: min_lead_days"),
        (_json_with(colour="red"), "Unknown policy field: colour"),
        (_json_with(min_lead_days=-1), "min_lead_days"),
        (_json_with(min_lead_days=True), "min_lead_days"),
        (_json_with(debrief_working_days="5"), "debrief_working_days"),
        (_json_with(levels_needing_permission=["secret", "ultra"]), "'ultra' is not one of"),
        (_json_with(categories_needing_permission="soldier"), "expected a list"),
        (
            _json_with(countries=[{"code": "rus", "name_lt": "Rusija", "name_en": "Russia"}]),
            "countries[0].code",
        ),
        (
            _json_with(
                countries=[
                    {"code": "RU", "name_lt": "Rusija", "name_en": "Russia"},
                    {"code": "RU", "name_lt": "Rusija", "name_en": "Russia"},
                ],
                crossings={},
            ),
            "listed twice",
        ),
        (_json_with(countries=[{"code": "RU", "name_lt": " ", "name_en": "R"}]), "name_lt"),
        (_json_with(countries=[{"code": "RU"}]), "countries[0]"),
        (_json_with(crossings={"BY": ["Medininkai"], "PL": ["Lazdijai"]}), "'PL'"),
        (_json_with(crossings={"BY": ["Medininkai", "Medininkai"]}), "listed twice"),
        (_json_with(crossings={"BY": "Medininkai"}), "crossings[BY]"),
    ],
)
def test_invalid_json_is_refused_with_a_clear_message(text: str, words: str) -> None:
    with pytest.raises(PolicyError) as e:
        policy_from_json(text)
    assert words in str(e.value)


def test_with_changes_validates_and_refuses_unknown_fields() -> None:
    with pytest.raises(PolicyError, match="Unknown policy field"):
        with_changes(default_policy(), lead_days=3)
    with pytest.raises(PolicyError, match="min_lead_days"):
        with_changes(default_policy(), min_lead_days=-2)
    assert with_changes(default_policy(), min_lead_days=3).min_lead_days == 3


def test_needs_permission() -> None:
    p = default_policy()
    cs, top = StaffCategory.CIVIL_SERVANT, ClearanceLevel.TOP_SECRET
    assert needs_permission(p, ["LV", "by"], cs, top)
    assert not needs_permission(p, ["LV", "PL"], cs, top)
    assert not needs_permission(p, ["RU"], cs, None)  # no clearance, no rule
    narrow = with_changes(
        p,
        categories_needing_permission=frozenset({StaffCategory.SOLDIER}),
        levels_needing_permission=frozenset({ClearanceLevel.TOP_SECRET, ClearanceLevel.SECRET}),
    )
    assert not needs_permission(narrow, ["RU"], cs, top)
    assert needs_permission(narrow, ["RU"], StaffCategory.SOLDIER, top)
    assert not needs_permission(narrow, ["RU"], StaffCategory.SOLDIER, ClearanceLevel.RESTRICTED)


def test_unlisted_countries_and_declarations() -> None:
    p = default_policy()
    assert unlisted_countries(p, ["LV", "RU", "lv", "KZ", "BY"]) == ("LV", "KZ")
    assert may_declare(p, ReasonCategory.BEREAVEMENT)
    assert not may_declare(p, ReasonCategory.FAMILY)


TODAY = date(2026, 11, 25)


def _codes(**kw: object) -> list[str]:
    args: dict[str, object] = dict(
        today=TODAY,
        depart=date(2026, 12, 20),
        return_=date(2026, 12, 27),
        clearance_valid_until=date(2030, 1, 1),
        clearance_status=ClearanceStatus.ACTIVE,
    )
    args.update(kw)
    flags = review_flags(default_policy(), **args)  # type: ignore[arg-type]
    assert all(f.message for f in flags)
    return [f.code for f in flags]


def test_review_flags_clean_request() -> None:
    assert _codes() == []


def test_review_flags_lead_time_boundary() -> None:
    assert _codes(depart=date(2026, 12, 5), return_=date(2026, 12, 6)) == []  # 10 days
    assert _codes(depart=date(2026, 12, 4), return_=date(2026, 12, 6)) == ["lead_time"]
    assert _codes(depart=date(2026, 11, 24)) == ["departure_passed"]


def test_review_flags_clearance() -> None:
    assert _codes(clearance_valid_until=date(2026, 12, 27)) == ["clearance_expiring"]
    assert _codes(clearance_valid_until=date(2026, 12, 26)) == ["clearance_expires_before_return"]
    assert _codes(clearance_status=ClearanceStatus.SUSPENDED) == ["clearance_not_active"]
    assert _codes(clearance_status=None, clearance_valid_until=None) == ["no_clearance"]
    assert _codes(return_=date(2026, 12, 19)) == ["return_before_depart"]


def test_debrief_due_counts_working_days_after_return() -> None:
    p = default_policy()
    # Dec 24-26 and Jan 1 are holidays: Dec 28, 29, 30, 31 and then Monday Jan 4.
    assert debrief_due(p, date(2026, 12, 23)) == date(2027, 1, 4)
    assert debrief_due(with_changes(p, debrief_working_days=1), date(2026, 12, 23)) == date(
        2026, 12, 28
    )


def test_policy_constructor_validates() -> None:
    with pytest.raises(PolicyError):
        Policy(countries=(ListedCountry("XX1", "a", "b"),), crossings={})
