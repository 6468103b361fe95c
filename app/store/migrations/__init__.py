"""Alembic migrations of the store's schema, run by the app itself (no alembic.ini)."""
