"""Alembic environment for the city server: runs on the connection the caller hands over."""

from alembic import context

from server.models import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
