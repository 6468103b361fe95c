"""Helpers for workflow tests: people with clearances and drafts of requests."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.enums import ClearanceLevel, ReasonCategory, StaffCategory
from app.domain.personal_code import make_personal_code
from app.domain.policy import Policy, crossings_for
from app.services import clearances, staff
from app.services.desk import Desk
from app.services.request_views import CompanionInfo, ContactInfo, Leg, RequestDraft


def add_cleared_person(security: Desk, serial: int, *, last: str = "Žukauskas",
                       first: str = "Jonas", unit: str = "Analizės skyrius",
                       level: ClearanceLevel = ClearanceLevel.SECRET,
                       valid_until: date = date(2029, 12, 31)) -> str:
    code = make_personal_code("M", date(1980, 1, 1) + timedelta(days=serial), serial % 1000)
    staff.add_person(security, personal_code=code, last_name=last, first_name=first,
                     position="Vyriausiasis specialistas", unit=unit,
                     category=StaffCategory.CIVIL_SERVANT)
    clearances.set_clearance(security, code, level=level, number=f"SL-{serial:05d}",
                             issued=date(2024, 1, 1), valid_until=valid_until, reason="issued")
    return code


def _crossing(countries: tuple[str, ...]) -> str:
    """A crossing into the trip's countries (Medininkai for Belarus), as the service asks."""
    return next(iter(crossings_for(Policy(), countries)), "")


def draft(code: str, *, countries: tuple[str, ...] = ("BY",), depart: date = date(2026, 12, 20),
          return_: date = date(2026, 12, 27),
          reason: ReasonCategory = ReasonCategory.FAMILY) -> RequestDraft:
    return RequestDraft(
        person_code=code, countries=countries, depart=depart, return_=return_,
        purpose="Aplankyti tėvus Gardine", reason_category=reason, crossing=_crossing(countries),
        mode="automobilis", lodging="Tėvų namai, Gardinas", home_contact="Ona Žukauskienė",
        travel_document="Pasas LT1234567",
        legs=tuple(Leg(c, place="Gardinas" if c == "BY" else "", arrive=depart, leave=return_)
                   for c in countries),
        companions=(CompanionInfo("Ona Žukauskienė", "LT", "sutuoktinė"),),
        contacts=(ContactInfo("Ivan Petrov", "pusbrolis"),),
    )
