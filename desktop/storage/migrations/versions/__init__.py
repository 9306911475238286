"""The register's migration scripts, one a schema change; Alembic finds them by path."""
