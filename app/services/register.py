"""The institution's document register: each letter's registration number, and the queued
letter row that carries it.

Decisions, violations and letters all queue letters; they import this module, and it imports
none of them.
"""

from __future__ import annotations

import functools

from sqlalchemy import Integer, bindparam
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from app.domain.enums import LetterKind
from app.services.desk import Desk
from app.store import locks
from app.store.batch import dialect_insert
from app.store.models import Letter, RegisterCounter, Setting

DEFAULT_REG_FORMAT = "7-{n}"


def next_registration_number(s: Session, year: int, fmt: str | None = None) -> str:
    """The next number of the year's register, in the institution's format.

    The register lock is held from before the counter moves to the commit, so two writers
    never take the same number, and only one of them inserts the year's first counter row.
    Take it before the transaction's first audit entry (app.store.locks)."""
    # The format is read before the lock (or was, by the caller: `fmt`), which is then held
    # for the counter alone.
    if fmt is None:
        fmt_row = s.get(Setting, "letters.registration_format")
        fmt = fmt_row.value if fmt_row and fmt_row.value else DEFAULT_REG_FORMAT
    # The lock, then the counter read and bumped in one statement: one round trip on a
    # server, where they were three.
    ((after,),) = locks.hold_then(s, locks.REGISTER,
                                  (_take_number(locks.dialect_name(s)), {"year": year}))
    n = int(after) - 1
    return fmt.format(n=n, year=year, yy=f"{year % 100:02d}")


@functools.cache
def _take_number(dialect: str) -> ReturningInsert[int]:
    """The year's counter moved on by one, its new value returned (the number taken is one
    less); the year's first letter makes the row."""
    ins = dialect_insert(dialect, RegisterCounter).values(
        year=bindparam("year", type_=Integer), next_number=2)
    return ins.on_conflict_do_update(
        index_elements=["year"], set_={"next_number": RegisterCounter.next_number + 1}
    ).returning(RegisterCounter.next_number)


def queue_letter(desk: Desk, s: Session, kind: LetterKind, *, request_id: int | None = None,
                 decision_id: int | None = None, violation_id: int | None = None,
                 lang: str = "lt", reg_format: str | None = None) -> Letter:
    """A letter row in the same transaction as what it reports; signing follows the commit.
    `reg_format`: the register's number format, if the caller has read it."""
    year = desk.today().year
    letter = Letter(kind=kind.value, lang=lang, request_id=request_id, decision_id=decision_id,
                    violation_id=violation_id, status="pending", created_at=desk.now(),
                    register_year=year, registration_number=next_registration_number(
                        s, year, reg_format))
    s.add(letter)
    s.flush()
    return letter
