"""The server's tables: accounts, login attempts, devices, communes and their log, rows, conflicts.

Synced rows live in ONE generic table keyed by (table_name, row_id) holding the commune,
version, tombstone flag and the row's values as canonical JSON. Why generic rather than typed
tables per register table: the server never queries inside a child's record (statistics are
a separate concern), the desktop schema grows on its own migration branches and a generic
store accepts new columns without a server migration, merging is per field on plain values,
and one table gives one commune index for pull, snapshot and checksums. Typed columns kept:
the commune (scope), the parent row (scope derivation and case transfer) and server_seq.
"""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def _at(name: str, nullable: bool = False) -> Column:
    return Column(name, DateTime(timezone=True), nullable=nullable)


server_setting = Table(
    "server_setting", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# log_seq is the per-commune log position; it is only ever advanced under a row lock.
commune = Table(
    "commune", metadata,
    Column("code", String(5), primary_key=True),
    Column("name", Text, nullable=False),
    Column("log_seq", BigInteger, nullable=False, default=0),
)

account = Table(
    "account", metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", Text, nullable=False, default=""),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("commune_code", String(5)),
    Column("active", Boolean, nullable=False, default=True),
    _at("created_at"),
)

# Login attempts counted per key (server/login_limits.py) in a window that starts with the
# key's first attempt: kept in the database so every worker process counts into the same row.
# The key is a SHA-256 of the account's username (and the client address), so the table holds
# no usernames or addresses; window_start is indexed for the cheap delete of finished windows.
login_attempt = Table(
    "login_attempt", metadata,
    Column("key", String(64), primary_key=True),
    Column("attempts", Integer, nullable=False),
    _at("window_start"),
    Index(None, "window_start"),
)

device = Table(
    "device", metadata,
    Column("id", String(36), primary_key=True),
    Column("commune_code", String(5), nullable=False, index=True),
    Column("account_id", String(36), nullable=False),
    Column("name", Text, nullable=False, default=""),
    Column("secret_hash", String(64), nullable=False),
    _at("enrolled_at"),
    _at("revoked_at", nullable=True),
    _at("last_seen_at", nullable=True),
)

# An enrolment file issued for a PC that is never online (server/enrolment.py): the device
# named here is made when the first bundle brings the token whose hash is kept.
enrolment_file = Table(
    "enrolment_file", metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False, unique=True),
    Column("commune_code", String(5), nullable=False),
    Column("account_id", String(36), nullable=False),
    Column("token_hash", String(64), nullable=False),
    _at("issued_at"),
    _at("expires_at"),
    _at("used_at", nullable=True),
    _at("cancelled_at", nullable=True),
)

sync_row = Table(
    "sync_row", metadata,
    Column("table_name", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("commune_code", String(5), nullable=False),
    Column("parent_table", String(64)),
    Column("parent_id", String(36)),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("values_json", Text, nullable=False),
    Column("server_seq", BigInteger, nullable=False),
    Column("device_id", String(36), nullable=False),
    _at("updated_at"),
    Index(None, "commune_code", "table_name", "row_id"),
    Index(None, "parent_id"),
)

# The per-commune change log: kind row (a row's new state), conflict, or moved (left commune).
change_log = Table(
    "change_log", metadata,
    Column("commune_code", String(5), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("kind", String(8), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("moved_to", String(5)),
)

sync_conflict = Table(
    "sync_conflict", metadata,
    Column("id", String(36), primary_key=True),
    Column("commune_code", String(5), nullable=False, index=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("fields_json", Text, nullable=False),
    Column("server_version", Integer, nullable=False),
    Column("op_id", String(36), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
    Column("server_seq", BigInteger, nullable=False),
    _at("created_at"),
)

# A batch's stored reply and each op's first result belong to the device that sent them: a
# replay is answered from its own device's rows only (another device's reuse of an id is
# refused), so no device can read another's reply. The id leads each key, so a lookup by id
# alone (to find another device's use of it) is an index probe too.
push_batch = Table(
    "push_batch", metadata,
    Column("batch_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("reply_json", Text, nullable=False),
    _at("received_at"),
)

applied_op = Table(
    "applied_op", metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("batch_id", String(36), nullable=False),
    Column("result_json", Text, nullable=False),
)
