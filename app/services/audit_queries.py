"""The audit trail at a desk: filtered pages newest first (keyset on seq), the filter choices,
its verification (whole, or reporting progress and stoppable), and a checkpoint signed now."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVarTuple

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from app.domain.audit_chain import ChainAnchor, ChainEntry, ChainReport
from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit
from app.services.desk import Desk
from app.store.models import AuditEntry

READERS = (Role.ADMIN, Role.HEAD, Role.INSPECTOR, Role.SECURITY_OFFICER)
MAX_PAGE = 1000

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields filter nothing. `action` matches a whole action or its family
    ("clearance" finds clearance.set and clearance.withdraw); dates are UTC days."""

    username: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: str  # UTC ISO-8601 as hashed
    username: str
    acting_for: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str


_Cols = TypeVarTuple("_Cols")  # the selected columns, which a filter keeps


def _where(q: Select[*_Cols], f: AuditFilter) -> Select[*_Cols]:
    if f.username:
        q = q.where(AuditEntry.username == f.username.strip())
    if f.action:
        a = f.action.strip()
        q = q.where((AuditEntry.action == a) | AuditEntry.action.startswith(a + "."))
    if f.entity:
        q = q.where(AuditEntry.entity == f.entity.strip())
    if f.entity_id:
        q = q.where(AuditEntry.entity_id == f.entity_id.strip())
    if f.date_from:
        q = q.where(AuditEntry.at >= f.date_from.isoformat())
    if f.date_to:
        q = q.where(AuditEntry.at < (f.date_to + timedelta(days=1)).isoformat())
    return q


def audit_page(desk: Desk, f: AuditFilter = AuditFilter(), *,  # noqa: B008
               before_seq: int | None = None, limit: int = 200) -> list[AuditRow]:
    """Up to `limit` entries newest first; pass the last seq seen as before_seq for the next."""
    desk.require(QT_TRANSLATE_NOOP("Core", "read the audit trail"), *READERS)
    limit = max(1, min(limit, MAX_PAGE))
    q = _where(select(AuditEntry.seq, AuditEntry.at, AuditEntry.username,
                      AuditEntry.acting_for, AuditEntry.action, AuditEntry.entity,
                      AuditEntry.entity_id, AuditEntry.before, AuditEntry.after), f)
    if before_seq is not None:
        q = q.where(AuditEntry.seq < before_seq)
    with desk.read() as s:
        return [AuditRow(*r) for r in s.execute(q.order_by(AuditEntry.seq.desc()).limit(limit))]


def audit_count(desk: Desk, f: AuditFilter = AuditFilter()) -> int:  # noqa: B008
    desk.require(QT_TRANSLATE_NOOP("Core", "read the audit trail"), *READERS)
    with desk.read() as s:
        return int(s.execute(_where(select(func.count()).select_from(AuditEntry), f)).scalar()
                   or 0)


def audit_choices(desk: Desk) -> tuple[list[str], list[str], list[str]]:
    """The user names, action families and entities that occur, for the filter lists."""
    desk.require(QT_TRANSLATE_NOOP("Core", "read the audit trail"), *READERS)
    with desk.read() as s:
        users = sorted(s.execute(select(AuditEntry.username).distinct()).scalars())
        actions = sorted(s.execute(select(AuditEntry.action).distinct()).scalars())
        entities = sorted(e for e in s.execute(select(AuditEntry.entity).distinct()).scalars()
                          if e)
    families = sorted({a.split(".")[0] for a in actions} | set(actions))
    return users, families, entities


def verify_with_progress(desk: Desk, progress: Progress | None = None,
                         every: int = 2000, anchors: Sequence[ChainAnchor] = ()) -> ChainReport:
    """audit.verify, telling progress every `every` entries; a progress callable that raises
    stops the check (that is how Cancel works)."""
    with desk.store.read_session() as s:
        total = int(s.execute(select(func.max(AuditEntry.seq))).scalar() or 0)

        def entries(stream: Iterator[ChainEntry]) -> Iterator[ChainEntry]:
            for i, e in enumerate(stream, 1):
                if progress is not None and i % every == 0:
                    progress(i, total, "Checking the audit chain")
                yield e

        if progress is not None:
            progress(0, total, "Checking the audit chain")
        report = audit.verify_session(s, entries, anchors)
        if progress is not None:
            progress(total, total, "Checked")
        return report


def verify(desk: Desk, anchors: Sequence[ChainAnchor] = ()) -> ChainReport:
    """Check the whole chain, every checkpoint and every anchor; open to every role (it changes
    nothing)."""
    with desk.read() as s:
        return audit.verify_session(s, anchors=anchors)


def checkpoint_now(desk: Desk) -> int | None:
    """Sign a checkpoint at the current head, e.g. before a letter or an excerpt anchors it."""
    with desk.unit() as s:
        cp = audit.add_checkpoint(s, desk.audit_key(s))
        return cp.seq if cp else None
