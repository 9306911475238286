"""Structured JSON log lines: ids, codes and counts only, never a child's data."""

import json
import logging
import sys
import time

LOGGER = logging.getLogger("bvte.server")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created)),
                 "level": record.levelname.lower(), "event": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str = "INFO", stream=None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    LOGGER.handlers[:] = [handler]
    LOGGER.setLevel(level)
    LOGGER.propagate = False


# Never written, whoever passes them: a batch id (op ids derive from it) is the key a replay
# is answered by, so a log reader must not learn it.
NEVER_LOGGED = frozenset({"batch", "batch_id", "op", "op_id", "idempotency_key"})


def event(name: str, level: int = logging.INFO, **fields: object) -> None:
    """Log one event; callers pass ids, codes, counts and durations only."""
    kept = {k: v for k, v in fields.items() if k not in NEVER_LOGGED}
    LOGGER.log(level, name, extra={"fields": kept})
