"""The institution's document register: each letter's registration number, and the queued
letter row that carries it.

Decisions, violations and letters all queue letters; they import this module, and it imports
none of them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.enums import LetterKind
from app.services.desk import Desk
from app.store import locks
from app.store.models import Letter, RegisterCounter, Setting

DEFAULT_REG_FORMAT = "7-{n}"


def next_registration_number(s: Session, year: int) -> str:
    """The next number of the year's register, in the institution's format.

    Read, bump, write: the register lock is held from before the read to the commit, so two
    writers never take the same number, and only one of them inserts the year's first
    counter row. Take it before the transaction's first audit entry (app.store.locks)."""
    # The format is read before the lock, which is then held for the counter alone.
    fmt_row = s.get(Setting, "letters.registration_format")
    fmt = fmt_row.value if fmt_row and fmt_row.value else DEFAULT_REG_FORMAT
    locks.hold(s, locks.REGISTER)
    counter = s.get(RegisterCounter, year)
    if counter is None:
        counter = RegisterCounter(year=year, next_number=1)
        s.add(counter)
        s.flush()
    n = counter.next_number
    counter.next_number = n + 1
    return fmt.format(n=n, year=year, yy=f"{year % 100:02d}")


def queue_letter(desk: Desk, s: Session, kind: LetterKind, *, request_id: int | None = None,
                 decision_id: int | None = None, violation_id: int | None = None,
                 lang: str = "lt") -> Letter:
    """A letter row in the same transaction as what it reports; signing follows the commit."""
    year = desk.today().year
    letter = Letter(kind=kind.value, lang=lang, request_id=request_id, decision_id=decision_id,
                    violation_id=violation_id, status="pending", created_at=desk.now(),
                    register_year=year, registration_number=next_registration_number(s, year))
    s.add(letter)
    s.flush()
    return letter
