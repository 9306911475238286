"""Alembic migrations of the register (a package so import rules see what they import)."""
