"""open debriefs by due date: a partial index

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

The overdue-debrief list and count (the security officer's worklist, the aftercare screen)
ask for `recorded_at IS NULL AND due < today ORDER BY due, id LIMIT n`. SQLite answered it
from ix_debrief_open (recorded_at, due) with the rowid at hand; PostgreSQL read every open
debrief and sorted them (290 ms p50 at 500k requests, bench/bench_server_queries.py). An
index of only the open debriefs, in (due, id) order, serves the list and the count on both.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

OPEN = sa.text("recorded_at IS NULL")


def upgrade() -> None:
    op.create_index('ix_debrief_open_due', 'debrief', ['due', 'id'], unique=False,
                    postgresql_where=OPEN, sqlite_where=OPEN)


def downgrade() -> None:
    op.drop_index('ix_debrief_open_due', table_name='debrief')
