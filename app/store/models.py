"""SQLAlchemy 2.0 models of every record Permit Desk keeps.

Enumerated values are stored as their string values (portable to PostgreSQL, readable in
an export); relationships are lazy="raise" so a lazy load outside a session is an error.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # Every model here maps one Table; SQLAlchemy types __table__ as any FromClause
        # (a model may map a join or subquery), which hides .insert(), .name and .indexes.
        __table__: ClassVar[Table]


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    personal_code: Mapped[str] = mapped_column(String(11), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    # Case- and diacritic-folded "last first" for prefix search (zuk finds Žukauskas),
    # kept as a column so the search is an index range scan on any database.
    search_name: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(200), default="", index=True)
    category: Mapped[str] = mapped_column(String(40))
    nato_certificate: Mapped[str | None] = mapped_column(String(100), default=None)
    nato_valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    clearances: Mapped[list[Clearance]] = relationship(back_populates="person", lazy="raise")


class Clearance(Base):
    __tablename__ = "clearance"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60))
    issued: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    person: Mapped[Person] = relationship(back_populates="clearances", lazy="raise")

    # Expiring clearances (status in the live ones, valid_until in a window): with status
    # alone indexed the planner read every live clearance and sorted them (100 ms at 60k).
    __table_args__ = (Index("ix_clearance_status_valid", "status", "valid_until"),)


class ClearanceEvent(Base):
    """One change of a clearance: its full history, with reason and who made it."""

    __tablename__ = "clearance_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    clearance_id: Mapped[int] = mapped_column(ForeignKey("clearance.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(20))
    valid_until: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class UserRole(Base):
    __tablename__ = "user_role"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), primary_key=True)


class Delegation(Base):
    """The head's approval power lent to a deputy for a period, optionally for some units."""

    __tablename__ = "delegation"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    to_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    units: Mapped[str] = mapped_column(Text, default="")  # JSON list; "" means every unit
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class PolicyVersion(Base):
    __tablename__ = "policy_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    body: Mapped[str] = mapped_column(Text)  # canonical JSON of app.domain.policy.Policy
    note: Mapped[str] = mapped_column(Text, default="")


class TravelRequest(Base):
    __tablename__ = "travel_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    state: Mapped[str] = mapped_column(String(20))
    countries: Mapped[str] = mapped_column(String(100))  # "BY,RU" in visiting order
    depart: Mapped[date] = mapped_column(Date)
    return_: Mapped[date] = mapped_column("return_date", Date)
    crossing: Mapped[str] = mapped_column(String(100), default="")
    mode: Mapped[str] = mapped_column(String(40), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    reason_category: Mapped[str] = mapped_column(String(20))
    lodging: Mapped[str] = mapped_column(Text, default="")
    home_contact: Mapped[str] = mapped_column(Text, default="")
    travel_document: Mapped[str] = mapped_column(String(100), default="")
    declared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Folded traveller name copied in, so the request list filters by text without a join.
    search_text: Mapped[str] = mapped_column(String(300), default="")

    legs: Mapped[list[ItineraryLeg]] = relationship(
        lazy="raise", order_by="ItineraryLeg.seq", cascade="all, delete-orphan"
    )
    companions: Mapped[list[Companion]] = relationship(lazy="raise", cascade="all, delete-orphan")
    contacts: Mapped[list[ForeignContact]] = relationship(
        lazy="raise", cascade="all, delete-orphan"
    )

    __table_args__ = (
        # Per state in date order (list pages walk it and stop at the LIMIT); return_date
        # makes it covering for who-is-abroad counts (state, depart <= d, return >= d), and
        # countries for the dashboard's one-country chart (a year of rows read from the table
        # took about 1 s at 500k; covering, 50 ms).
        Index("ix_request_state_depart", "state", "depart", "id", "return_date", "countries"),
        Index("ix_request_state_submitted", "state", "submitted_at", "id"),
        Index("ix_request_person", "person_id", "depart"),
        Index("ix_request_depart", "depart", "id"),
        # The whole list (or a country's requests: EXISTS per row walked) by return date or by
        # submission: an ordered walk that stops at the LIMIT, not a sort of 500k rows.
        Index("ix_request_return", "return_date", "id"),
        Index("ix_request_submitted", "submitted_at", "id"),
        # Name prefix in (search_text, id) order; depart makes a prefix sorted by departure
        # covering (18k matches for "zuk" read from the table: 230 ms cold, covering: 8 ms).
        Index("ix_request_search", "search_text", "id", "depart"),
    )


class ItineraryLeg(Base):
    __tablename__ = "itinerary_leg"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("travel_request.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    country: Mapped[str] = mapped_column(String(2))
    place: Mapped[str] = mapped_column(String(200), default="")
    arrive: Mapped[date | None] = mapped_column(Date, default=None)
    leave: Mapped[date | None] = mapped_column(Date, default=None)
    stopover: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # Covering for the request list's country filter (EXISTS per candidate request).
        Index("ix_leg_request", "request_id", "seq", "country"),
        # Counting one country's requests reads its range, not every leg.
        Index("ix_leg_country", "country", "request_id"),
    )


class Companion(Base):
    __tablename__ = "companion"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("travel_request.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    citizenship: Mapped[str] = mapped_column(String(60), default="")
    relationship_: Mapped[str] = mapped_column("relationship", String(100), default="")


class ForeignContact(Base):
    __tablename__ = "foreign_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("travel_request.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class RequestEvent(Base):
    """Every state change of a request: the action log approvers and inspectors read."""

    __tablename__ = "request_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("travel_request.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class StateCount(Base):
    """Requests per state, kept on every transition so counting is instant at 500k rows."""

    __tablename__ = "state_count"
    state: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class RequestTally(Base):
    """Requests per month of departure, country and state, kept with every change of a
    request's state, departure or countries (app.services.transitions), so the dashboard's
    months are a dozen rows, not a range of the year's requests (84 ms at 500k).

    `country` is one of the request's `countries` (each distinct code once) or "*", under
    which every request counts once."""

    __tablename__ = "request_tally"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-03" of depart
    # As long as `countries` itself: a token is whatever the column holds between commas.
    country: Mapped[str] = mapped_column(String(100), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class LegTally(Base):
    """Requests with a leg in each country, kept whenever a request's legs are written: the
    request list's country filter (and so its row count) asks the legs, which may name a
    country the `countries` column does not (a transit leg), so request_tally cannot answer
    it. Counting from ix_leg_country took 46 ms at 500k."""

    __tablename__ = "leg_tally"
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class Decision(Base):
    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("travel_request.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    debrief_due: Mapped[date | None] = mapped_column(Date, default=None)
    decided_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    acting_for: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), default=None)
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    policy_version_id: Mapped[int] = mapped_column(ForeignKey("policy_version.id"))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), default=None)


class Declaration(Base):
    __tablename__ = "declaration"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("travel_request.id"), unique=True)
    declared_at: Mapped[datetime] = mapped_column(DateTime)
    statement: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    review_outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    review_note: Mapped[str] = mapped_column(Text, default="")
    policy_version_id: Mapped[int] = mapped_column(ForeignKey("policy_version.id"))


class Debrief(Base):
    __tablename__ = "debrief"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("travel_request.id"), unique=True)
    due: Mapped[date] = mapped_column(Date, index=True)
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    deviations: Mapped[str] = mapped_column(Text, default="")
    approaches: Mapped[str] = mapped_column(Text, default="")
    device_searches: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_debrief_open", "recorded_at", "due"),
        # Only the open ones, in the order the overdue list reads them (migration 0003).
        Index("ix_debrief_open_due", "due", "id", postgresql_where=text("recorded_at IS NULL"),
              sqlite_where=text("recorded_at IS NULL")),
    )


class Violation(Base):
    __tablename__ = "violation"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("travel_request.id"), default=None)
    # travel_without_permission | breach_of_conditions
    kind: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    clearance_id: Mapped[int | None] = mapped_column(ForeignKey("clearance.id"), default=None)


class Letter(Base):
    __tablename__ = "letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(2), default="lt")
    request_id: Mapped[int | None] = mapped_column(ForeignKey("travel_request.id"), default=None)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), default=None)
    violation_id: Mapped[int | None] = mapped_column(ForeignKey("violation.id"), default=None)
    # Registers restart every year, so a number is unique only within its year's register.
    register_year: Mapped[int] = mapped_column(Integer, default=0)
    registration_number: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), index=True)  # pending | signed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    audit_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    audit_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (
        UniqueConstraint("register_year", "registration_number", name="uq_letter_register"),
    )


class RegisterCounter(Base):
    """The per-year document register that letter registration numbers come from."""

    __tablename__ = "register_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_number: Mapped[int] = mapped_column(Integer, default=1)


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # UTC ISO-8601, exactly as hashed
    username: Mapped[str] = mapped_column(String(64))
    acting_for: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    before: Mapped[str] = mapped_column(Text, default="null")
    after: Mapped[str] = mapped_column(Text, default="null")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class AuditCheckpoint(Base):
    __tablename__ = "audit_checkpoint"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    head_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(32))
    signature: Mapped[str] = mapped_column(Text)  # base64 Ed25519


class TrustAnchor(Base):
    __tablename__ = "trust_anchor"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class RevocationList(Base):
    __tablename__ = "revocation_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    this_update: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    next_update: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    added_at: Mapped[datetime] = mapped_column(DateTime)


__all__ = [
    "AuditCheckpoint",
    "AuditEntry",
    "Base",
    "Clearance",
    "ClearanceEvent",
    "Companion",
    "Debrief",
    "Decision",
    "Declaration",
    "Delegation",
    "ForeignContact",
    "ItineraryLeg",
    "LegTally",
    "Letter",
    "Person",
    "PolicyVersion",
    "RegisterCounter",
    "RequestEvent",
    "RequestTally",
    "RevocationList",
    "Setting",
    "StateCount",
    "TravelRequest",
    "TrustAnchor",
    "User",
    "UserRole",
]
