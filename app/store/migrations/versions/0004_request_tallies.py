"""request_tally and leg_tally: the dashboard's months and a country's count kept, not counted

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

The dashboard's requests per month (a GROUP BY over a year of ix_request_state_depart per
state) took 84 ms p95 in a file and 86 ms on a server at 500k requests; counting one country's
requests (one pass over ix_leg_country) 46 and 55 ms (bench/bench_server_queries.py). Both are
now read from counters kept like state_count (app.services.transitions):

- request_tally (month of departure, country, state) -> n: a request counts once under "*"
  and once under each distinct code of its `countries`.
- leg_tally (country) -> n: requests with at least one leg in the country, which is what the
  request list's country filter asks (a leg may name a country `countries` does not).

Both are filled here from the rows: one GROUP BY each, the same SQL on SQLite and PostgreSQL
but for the month (a date is text in SQLite; to_char on PostgreSQL), and the `countries` lists
split in Python (a few hundred distinct groups; splitting text in SQL needs instr on one and
strpos on the other).
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# As app.services.transitions.ALL_COUNTRIES (a migration keeps its own copy: it must run the
# same way whatever the code around it becomes).
ALL_COUNTRIES = "*"


def upgrade() -> None:
    request_tally = op.create_table(
        'request_tally',
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('country', sa.String(length=100), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('month', 'country', 'state'),
    )
    leg_tally = op.create_table(
        'leg_tally',
        sa.Column('country', sa.String(length=2), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('country'),
    )
    conn = op.get_bind()
    month = ("to_char(depart, 'YYYY-MM')" if conn.dialect.name == "postgresql"
             else "substr(depart, 1, 7)")
    tally: Counter[tuple[str, str, str]] = Counter()
    for m, state, countries, n in conn.exec_driver_sql(
            f"SELECT {month}, state, countries, count(*) FROM travel_request "
            f"GROUP BY {month}, state, countries"):
        tally[(m, ALL_COUNTRIES, state)] += n
        for c in set(countries.split(",")) - {""}:
            tally[(m, c, state)] += n
    if tally:
        op.bulk_insert(request_tally, [{"month": m, "country": c, "state": st, "n": n}
                                       for (m, c, st), n in sorted(tally.items())])
    legs = [{"country": c, "n": n} for c, n in conn.exec_driver_sql(
        "SELECT country, count(DISTINCT request_id) FROM itinerary_leg GROUP BY country")]
    if legs:
        op.bulk_insert(leg_tally, legs)


def downgrade() -> None:
    op.drop_table('leg_tally')
    op.drop_table('request_tally')
