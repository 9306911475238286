"""Record identifiers: time-ordered UUIDv7 made on the device."""

import uuid6


def new_id() -> str:
    """A UUIDv7 string; sorts by creation time, so indexes stay append-friendly."""
    return str(uuid6.uuid7())
