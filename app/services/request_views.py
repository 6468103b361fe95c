"""Frozen values the request services return: no ORM object ever leaves a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import (
    ClearanceLevel,
    ClearanceStatus,
    DecisionOutcome,
    ReasonCategory,
    RequestState,
)
from app.domain.policy import Flag


@dataclass(frozen=True)
class Leg:
    country: str
    place: str = ""
    arrive: date | None = None
    leave: date | None = None
    stopover: bool = False


@dataclass(frozen=True)
class CompanionInfo:
    name: str
    citizenship: str = ""
    relationship: str = ""


@dataclass(frozen=True)
class ContactInfo:
    name: str
    description: str = ""


@dataclass(frozen=True)
class RequestDraft:
    """What a clerk enters; countries are ISO codes in visiting order."""

    person_code: str
    countries: tuple[str, ...]
    depart: date
    return_: date
    purpose: str
    reason_category: ReasonCategory
    crossing: str = ""
    mode: str = ""
    lodging: str = ""
    home_contact: str = ""
    travel_document: str = ""
    legs: tuple[Leg, ...] = ()
    companions: tuple[CompanionInfo, ...] = ()
    contacts: tuple[ContactInfo, ...] = ()


@dataclass(frozen=True)
class RequestRow:
    """One line of the requests table."""

    id: int
    personal_code: str
    traveller: str
    unit: str
    state: RequestState
    countries: tuple[str, ...]
    depart: date
    return_: date
    reason_category: ReasonCategory
    submitted_at: datetime | None


@dataclass(frozen=True)
class DecisionView:
    id: int
    outcome: DecisionOutcome
    reason: str
    conditions: tuple[str, ...]
    debrief_due: date | None
    decided_by: str
    decided_by_name: str
    acting_for: str | None
    acting_for_name: str | None
    decided_at: datetime
    policy_version: int
    supersedes_id: int | None


@dataclass(frozen=True)
class EventView:
    at: datetime
    from_state: RequestState | None
    to_state: RequestState
    username: str
    note: str


@dataclass(frozen=True)
class DebriefView:
    id: int
    request_id: int
    due: date
    recorded_at: datetime | None
    recorded_by: str | None
    deviations: str
    approaches: str
    device_searches: str
    contacts: str
    notes: str


@dataclass(frozen=True)
class RequestView:
    id: int
    person_id: int
    personal_code: str
    traveller: str
    position: str
    unit: str
    state: RequestState
    countries: tuple[str, ...]
    depart: date
    return_: date
    crossing: str
    mode: str
    purpose: str
    reason_category: ReasonCategory
    lodging: str
    home_contact: str
    travel_document: str
    declared: bool
    created_at: datetime
    submitted_at: datetime | None
    legs: tuple[Leg, ...]
    companions: tuple[CompanionInfo, ...]
    contacts: tuple[ContactInfo, ...]
    decisions: tuple[DecisionView, ...]
    events: tuple[EventView, ...]
    debrief: DebriefView | None
    declaration_statement: str = ""

    @property
    def last_decision(self) -> DecisionView | None:
        return self.decisions[-1] if self.decisions else None


@dataclass(frozen=True)
class ClearanceSummary:
    level: ClearanceLevel
    number: str
    status: ClearanceStatus
    valid_until: date


@dataclass(frozen=True)
class ReviewContext:
    """Everything the head sees beside a request before deciding."""

    request: RequestView
    clearance: ClearanceSummary | None
    earlier: tuple[RequestRow, ...]
    earlier_outcomes: dict[int, str] = field(default_factory=dict)
    overdue_debriefs: tuple[DebriefView, ...] = ()
    flags: tuple[Flag, ...] = ()
    policy_version: int = 0
    may_decide: bool = False
    may_decide_reason: str = ""


@dataclass(frozen=True)
class ViolationView:
    id: int
    person_id: int
    personal_code: str
    person_name: str
    request_id: int | None
    kind: str
    occurred_on: date
    evidence: str
    recorded_by: str
    recorded_at: datetime
    clearance_id: int | None
    letter_id: int | None


@dataclass(frozen=True)
class DelegationView:
    id: int
    from_username: str
    to_username: str
    to_name: str
    valid_from: date
    valid_to: date
    units: tuple[str, ...]
    revoked: bool
