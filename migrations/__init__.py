"""Alembic migrations for copydesk's tables (run with `copydesk db upgrade`)."""
