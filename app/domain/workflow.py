"""The travel request's state machine: a transition table and pure functions over it."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from app.domain.enums import RequestState
from app.i18n import QT_TRANSLATE_NOOP, msg

S = RequestState


class Action(StrEnum):
    CREATE = "create"  # a new request, entered as a draft
    SUBMIT = "submit"
    APPROVE = "approve"
    DENY = "deny"
    RETURN = "return"  # back to the clerk for changes
    CANCEL = "cancel"
    DEPART = "depart"
    COME_BACK = "come_back"
    DEBRIEF = "debrief"
    CLOSE = "close"
    DECLARE = "declare"
    REVIEW_ACCEPT = "review_accept"
    REVIEW_VIOLATION = "review_violation"
    RECORD_VIOLATION = "record_violation"


A = Action

# Why the table looks like this:
# - `returned` is an editable state of its own (no `reopen` step): the clerk edits the
#   request and submits it again, so the register shows that it went back once.
# - A request may be cancelled at any point before departure (draft, submitted,
#   returned, approved): plans change, and the traveller must be able to withdraw.
# - `None` stands for "no request yet": `create` starts a draft, `declare` records an
#   exceptional departure, `record_violation` records a trip nobody asked about.
#   A draft may also be turned into a declaration once the reason turns out to allow it.
# - `record_violation` covers travel without permission (from draft, submitted,
#   returned, denied, cancelled: the person went without a valid permission) and
#   breach of conditions (approved, travelling, back, debriefed: e.g. no briefing
#   before leaving, another route, a breach that comes out in the debrief).
#   `closed`, `accepted` and `violation` are final; a breach found after closing is a
#   new violation record, so closed cases stay closed in the register.
#   A declaration found unjustified uses `review_violation` instead.
TRANSITIONS: Mapping[tuple[RequestState | None, Action], RequestState] = MappingProxyType(
    {
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
)

EDITABLE_STATES: frozenset[RequestState] = frozenset({S.DRAFT, S.RETURNED})

# Words for refusal messages: "A request that <state> cannot be <action>."
_STATE_WORDS: Mapping[RequestState | None, str] = MappingProxyType(
    {
        None: QT_TRANSLATE_NOOP("Core", "does not exist yet"),
        S.DRAFT: QT_TRANSLATE_NOOP("Core", "is a draft"),
        S.SUBMITTED: QT_TRANSLATE_NOOP("Core", "is submitted"),
        S.APPROVED: QT_TRANSLATE_NOOP("Core", "is approved"),
        S.DENIED: QT_TRANSLATE_NOOP("Core", "is denied"),
        S.RETURNED: QT_TRANSLATE_NOOP("Core", "is returned for changes"),
        S.CANCELLED: QT_TRANSLATE_NOOP("Core", "is cancelled"),
        S.TRAVELLING: QT_TRANSLATE_NOOP("Core", "is marked as travelling"),
        S.BACK: QT_TRANSLATE_NOOP("Core", "is marked as back"),
        S.DEBRIEFED: QT_TRANSLATE_NOOP("Core", "is debriefed"),
        S.CLOSED: QT_TRANSLATE_NOOP("Core", "is closed"),
        S.DECLARED: QT_TRANSLATE_NOOP("Core", "is declared"),
        S.ACCEPTED: QT_TRANSLATE_NOOP("Core", "is accepted"),
        S.VIOLATION: QT_TRANSLATE_NOOP("Core", "is recorded as a violation"),
    }
)
_ACTION_WORDS: Mapping[Action, str] = MappingProxyType(
    {
        A.CREATE: QT_TRANSLATE_NOOP("Core", "created"),
        A.SUBMIT: QT_TRANSLATE_NOOP("Core", "submitted"),
        A.APPROVE: QT_TRANSLATE_NOOP("Core", "approved"),
        A.DENY: QT_TRANSLATE_NOOP("Core", "denied"),
        A.RETURN: QT_TRANSLATE_NOOP("Core", "returned for changes"),
        A.CANCEL: QT_TRANSLATE_NOOP("Core", "cancelled"),
        A.DEPART: QT_TRANSLATE_NOOP("Core", "marked as departed"),
        A.COME_BACK: QT_TRANSLATE_NOOP("Core", "marked as back"),
        A.DEBRIEF: QT_TRANSLATE_NOOP("Core", "debriefed"),
        A.CLOSE: QT_TRANSLATE_NOOP("Core", "closed"),
        A.DECLARE: QT_TRANSLATE_NOOP("Core", "declared"),
        A.REVIEW_ACCEPT: QT_TRANSLATE_NOOP("Core", "accepted after review"),
        A.REVIEW_VIOLATION: QT_TRANSLATE_NOOP("Core", "judged a violation after review"),
        A.RECORD_VIOLATION: QT_TRANSLATE_NOOP("Core", "recorded as a violation"),
    }
)


class TransitionRefused(ValueError):
    """An action that the request's current state does not allow."""

    def __init__(self, current: RequestState | None, action: Action) -> None:
        self.current = current
        self.action = action
        super().__init__(msg(QT_TRANSLATE_NOOP("Core", "A request that %1 cannot be %2."),
                             msg(_STATE_WORDS[current]), msg(_ACTION_WORDS[action])))


def next_state(current: RequestState | None, action: Action) -> RequestState:
    """The state after action; current is None for a request that does not exist yet."""
    try:
        return TRANSITIONS[(current, action)]
    except KeyError:
        raise TransitionRefused(current, action) from None


def allowed_actions(state: RequestState | None) -> frozenset[Action]:
    return frozenset(a for (s, a) in TRANSITIONS if s == state)


def is_editable(state: RequestState) -> bool:
    """Whether the clerk may change the request's details (itinerary, dates, reason)."""
    return state in EDITABLE_STATES


def is_final(state: RequestState) -> bool:
    """No action leads anywhere from here (closed, accepted, violation)."""
    return not allowed_actions(state)
