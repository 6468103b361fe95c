"""The request state machine: every (state, action) pair, allowed or refused."""

from __future__ import annotations

import pytest

from app.domain.enums import RequestState as S
from app.domain.workflow import (
    TRANSITIONS,
    Action,
    TransitionRefused,
    allowed_actions,
    is_editable,
    is_final,
    next_state,
)

A = Action

# The expected table, written out independently of app.domain.workflow.TRANSITIONS.
EXPECTED: dict[tuple[S | None, Action], S] = {
    (None, A.CREATE): S.DRAFT,
    (None, A.DECLARE): S.DECLARED,
    (None, A.RECORD_VIOLATION): S.VIOLATION,
    (S.DRAFT, A.SUBMIT): S.SUBMITTED,
    (S.DRAFT, A.CANCEL): S.CANCELLED,
    (S.DRAFT, A.DECLARE): S.DECLARED,
    (S.DRAFT, A.RECORD_VIOLATION): S.VIOLATION,
    (S.SUBMITTED, A.APPROVE): S.APPROVED,
    (S.SUBMITTED, A.DENY): S.DENIED,
    (S.SUBMITTED, A.RETURN): S.RETURNED,
    (S.SUBMITTED, A.CANCEL): S.CANCELLED,
    (S.SUBMITTED, A.RECORD_VIOLATION): S.VIOLATION,
    (S.RETURNED, A.SUBMIT): S.SUBMITTED,
    (S.RETURNED, A.CANCEL): S.CANCELLED,
    (S.RETURNED, A.RECORD_VIOLATION): S.VIOLATION,
    (S.DENIED, A.RECORD_VIOLATION): S.VIOLATION,
    (S.CANCELLED, A.RECORD_VIOLATION): S.VIOLATION,
    (S.APPROVED, A.DEPART): S.TRAVELLING,
    (S.APPROVED, A.CANCEL): S.CANCELLED,
    (S.APPROVED, A.RECORD_VIOLATION): S.VIOLATION,
    (S.TRAVELLING, A.COME_BACK): S.BACK,
    (S.TRAVELLING, A.RECORD_VIOLATION): S.VIOLATION,
    (S.BACK, A.DEBRIEF): S.DEBRIEFED,
    (S.BACK, A.RECORD_VIOLATION): S.VIOLATION,
    (S.DEBRIEFED, A.CLOSE): S.CLOSED,
    (S.DEBRIEFED, A.RECORD_VIOLATION): S.VIOLATION,
    (S.DECLARED, A.REVIEW_ACCEPT): S.ACCEPTED,
    (S.DECLARED, A.REVIEW_VIOLATION): S.VIOLATION,
}

ALL_PAIRS = [(s, a) for s in [None, *S] for a in Action]


@pytest.mark.parametrize(("state", "action"), ALL_PAIRS)
def test_every_state_action_pair(state: S | None, action: Action) -> None:
    expected = EXPECTED.get((state, action))
    if expected is not None:
        assert next_state(state, action) is expected
        assert action in allowed_actions(state)
    else:
        with pytest.raises(TransitionRefused) as e:
            next_state(state, action)
        assert e.value.current is state and e.value.action is action
        assert isinstance(e.value, ValueError)
        assert str(e.value).startswith("A request that ")
        assert str(e.value).endswith(".")
        assert action not in allowed_actions(state)


def test_table_has_no_transitions_beyond_the_expected_ones() -> None:
    assert dict(TRANSITIONS) == EXPECTED


def test_refusal_message_names_state_and_action() -> None:
    with pytest.raises(
        TransitionRefused, match="^A request that is approved cannot be submitted.$"
    ):
        next_state(S.APPROVED, A.SUBMIT)
    with pytest.raises(TransitionRefused, match="closed cannot be recorded as a violation"):
        next_state(S.CLOSED, A.RECORD_VIOLATION)


def test_every_state_is_reachable_from_nothing() -> None:
    seen: set[S | None] = {None}
    frontier: list[S | None] = [None]
    while frontier:
        s = frontier.pop()
        for a in allowed_actions(s):
            t = next_state(s, a)
            if t not in seen:
                seen.add(t)
                frontier.append(t)
    assert seen == {None, *S}


def test_the_happy_path() -> None:
    state: S | None = None
    for action in (
        A.CREATE,
        A.SUBMIT,
        A.RETURN,
        A.SUBMIT,
        A.APPROVE,
        A.DEPART,
        A.COME_BACK,
        A.DEBRIEF,
        A.CLOSE,
    ):
        state = next_state(state, action)
    assert state is S.CLOSED


def test_editable_and_final_states() -> None:
    assert {s for s in S if is_editable(s)} == {S.DRAFT, S.RETURNED}
    assert {s for s in S if is_final(s)} == {S.CLOSED, S.ACCEPTED, S.VIOLATION}


def test_actions_are_plain_strings_for_storage() -> None:
    assert A.RETURN.value == "return" and A("come_back") is A.COME_BACK
