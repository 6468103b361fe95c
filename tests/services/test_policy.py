"""Policy as versioned data: publishing, the version in force, old versions kept, refusals."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.domain.enums import ClearanceLevel, ReasonCategory, StaffCategory
from app.domain.policy import ListedCountry, policy_to_dict
from app.services import policy
from app.services.errors import InvalidInput, PermissionDenied
from app.store.models import AuditEntry
from tests.conftest import StoreFixture


def test_a_change_publishes_version_2_and_keeps_version_1(store: StoreFixture) -> None:
    head = store.head
    v1 = policy.current(head)
    assert v1.version == 1 and v1.policy.country_codes == {"RU", "BY"}
    china = ListedCountry("CN", "Kinija", "China")
    v2 = policy.change(head, "Kinija įtraukta", countries=(*v1.policy.countries, china),
                       crossings={**v1.policy.crossings, "CN": ("Pekinas",)},
                       declaration_reasons=frozenset({ReasonCategory.BEREAVEMENT,
                                                      ReasonCategory.CUSTODY}))
    assert v2.version == 2 and v2.note == "Kinija įtraukta"
    with head.read() as s:
        in_force = policy.in_force(s)
        publishes = s.execute(select(AuditEntry.before, AuditEntry.after).where(
            AuditEntry.action == "policy.publish")).all()
    assert in_force.version == 2 and in_force.policy == v2.policy
    assert in_force.policy.country("cn") == china
    assert policy.current(store.as_user("inspektorius")).version == 2
    old = policy.version(head, 1)
    assert old.policy == v1.policy and old.policy.country("CN") is None
    assert len(publishes) == 1
    assert json.loads(publishes[0].before) == policy_to_dict(v1.policy)
    assert json.loads(publishes[0].after)["crossings"]["CN"] == ["Pekinas"]
    with pytest.raises(InvalidInput, match="no policy version 9"):
        policy.version(head, 9)


def test_an_unchanged_policy_is_refused(store: StoreFixture) -> None:
    with pytest.raises(InvalidInput, match="unchanged"):
        policy.change(store.head, "nothing", min_lead_days=policy.current(store.head)
                      .policy.min_lead_days)
    assert policy.current(store.head).version == 1


@pytest.mark.parametrize(("changes", "message"), [
    ({"countries": (ListedCountry("cn", "Kinija", "China"),)}, "ISO 3166"),
    ({"countries": (ListedCountry("CHN", "Kinija", "China"),)}, "ISO 3166"),
    ({"countries": (ListedCountry("CN", "", "China"),)}, "name is required"),
    ({"min_lead_days": -1}, "min_lead_days"),
    ({"crossings": {"XX": ("Niekur",)}}, "not one of the listed countries"),
    ({"colour": "blue"}, "Unknown policy field"),
])
def test_invalid_policies_are_refused(store: StoreFixture, changes: dict[str, object],
                                      message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        policy.change(store.head, "bad", **changes)
    assert policy.current(store.head).version == 1


def test_scope_changes_are_versions_too(store: StoreFixture) -> None:
    v = policy.change(store.head, "tik valstybės paslaptys",
                      levels_needing_permission=frozenset({ClearanceLevel.TOP_SECRET,
                                                           ClearanceLevel.SECRET}),
                      categories_needing_permission=frozenset({StaffCategory.SOLDIER}),
                      expiring_within_days=30)
    assert v.version == 2 and v.policy.expiring_within_days == 30
    assert policy.version(store.head, 1).policy.levels_needing_permission == frozenset(
        ClearanceLevel)


@pytest.mark.parametrize("username", ["saugumas", "rastine", "inspektorius", "pavaduotojas"])
def test_only_admins_change_the_policy(store: StoreFixture, username: str) -> None:
    desk = store.as_user(username)
    with pytest.raises(PermissionDenied):
        policy.change(desk, "x", min_lead_days=3)
    with desk.read() as s:
        last = s.execute(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(1)
                         ).scalar()
    assert last == "refused" and policy.current(desk).version == 1
    assert policy.change(store.as_user("admin"), "x", min_lead_days=3).version == 2
