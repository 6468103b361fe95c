"""indexes for the request list's sorts, the country filter and the dashboard's country chart

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Measured on the 500,000-request store (EXPLAIN QUERY PLAN of the queries in
app.services.queries and app.services.dashboard):

- ix_request_return (return_date, id), ix_request_submitted (submitted_at, id): sorting the
  whole list (or a country's requests) by return date or by submission scanned an index and
  sorted all 500k rows in a temp B-tree (37-500 ms; 2.7 s for a country by return date);
  now an ordered walk that stops at the LIMIT (0.2 ms; an OFFSET of 300k by submission
  45 ms cold instead of 500 ms).
- ix_request_state_depart gains countries: the dashboard's one-country chart (state IN
  ..., depart in 12 months, countries LIKE) read every row of the year from the table
  (0.95-1.1 s); the same range is now covering (45-65 ms).
- ix_request_search gains depart: a name prefix sorted by departure read each match's row
  (18k rows for "zuk": 230 ms cold) before sorting; now covering (8 ms cold).
- ix_leg_country (country, request_id): counting a country's requests read the whole leg
  index (50 ms warm, 85 ms cold); now the country's range only (28 ms, 55 ms cold).

SQLite builds each index in one pass over the table: 4.5 s at 500k requests (after a 3.7 s
backup), inside the upgrade's transaction; the file grows by about 45 MB.
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_request_return', 'travel_request', ['return_date', 'id'], unique=False)
    op.create_index('ix_request_submitted', 'travel_request', ['submitted_at', 'id'],
                    unique=False)
    op.drop_index('ix_request_state_depart', table_name='travel_request')
    op.create_index('ix_request_state_depart', 'travel_request',
                    ['state', 'depart', 'id', 'return_date', 'countries'], unique=False)
    op.drop_index('ix_request_search', table_name='travel_request')
    op.create_index('ix_request_search', 'travel_request', ['search_text', 'id', 'depart'],
                    unique=False)
    op.create_index('ix_leg_country', 'itinerary_leg', ['country', 'request_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_leg_country', table_name='itinerary_leg')
    op.drop_index('ix_request_search', table_name='travel_request')
    op.create_index('ix_request_search', 'travel_request', ['search_text', 'id'], unique=False)
    op.drop_index('ix_request_state_depart', table_name='travel_request')
    op.create_index('ix_request_state_depart', 'travel_request',
                    ['state', 'depart', 'id', 'return_date'], unique=False)
    op.drop_index('ix_request_submitted', table_name='travel_request')
    op.drop_index('ix_request_return', table_name='travel_request')
