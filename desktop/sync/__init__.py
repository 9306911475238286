"""Sync: wire protocol shared with the city server, change capture, HTTP client, engine."""
