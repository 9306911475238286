"""The city server's migration scripts, one a schema change; Alembic finds them by path."""
