"""Sync: outbox, HTTP client, engine, applying pulled rows, offline bundles."""
