"""Protocol versions, request headers and paths, message limits, change kinds and fates."""

PROTOCOL_VERSION = 1
SUPPORTED_PROTOCOLS = frozenset({1})
SCHEMA_VERSION = 1
SUPPORTED_SCHEMAS = frozenset({1})

HEADER_PROTOCOL = "X-BVTE-Protocol"
HEADER_SCHEMA = "X-BVTE-Schema"
HEADER_IDEMPOTENCY = "Idempotency-Key"
HEADER_DEVICE_ID = "X-BVTE-Device"
HEADER_DEVICE_SECRET = "X-BVTE-Device-Secret"

# GET: health, checksums, bundle key, openapi. POST with a JSON body (gzip or zstd when sent
# with that Content-Encoding; every answer's Accept-Encoding names the codings the server
# reads): login, enrol, push, pull, snapshot, rows. Pull and snapshot pages come in zstd to a
# client whose Accept-Encoding names it, in gzip otherwise. Bundle import: POST of the
# file's bytes (application/octet-stream), answered with the answer file's bytes. Every /v1
# request but health carries HEADER_PROTOCOL and HEADER_SCHEMA; sync requests also carry
# "Authorization: Bearer <token>", HEADER_DEVICE_ID and HEADER_DEVICE_SECRET. Errors answer
# ErrorBody JSON: 400 bad message, 401 login/token/device unknown, 403 scope or device.revoked,
# 426 unsupported protocol or schema, 429 login rate limit with Retry-After.
PATH_HEALTH = "/v1/health"
PATH_LOGIN = "/v1/auth/login"
PATH_ENROL = "/v1/devices/enrol"
PATH_PUSH = "/v1/sync/push"
PATH_PULL = "/v1/sync/pull"
PATH_SNAPSHOT = "/v1/sync/snapshot"
PATH_CHECKSUMS = "/v1/sync/checksums"
PATH_ROWS = "/v1/sync/rows"
# GET: the commune's officer rows, which a PC takes before it first sends an officer of its own.
PATH_OFFICERS = "/v1/sync/officers"
PATH_BUNDLE_IMPORT = "/v1/bundles/import"
PATH_BUNDLE_KEY = "/v1/bundles/key"
PATH_OPENAPI = "/openapi.json"
PATH_STATS = "/v1/stats/communes"  # GET, bearer only: city staff see every commune

MAX_BATCH_CHANGES = 500
MAX_PULL_LIMIT = 2000
DEFAULT_PULL_LIMIT = 500
MAX_ROWS_FETCH = 500
MAX_TEXT_LENGTH = 100_000
MAX_NAME_LENGTH = 64
MAX_FIELDS = 64
MAX_LIST_ITEMS = 200
MAX_INT = 2**63 - 1

KIND_UPSERT, KIND_DELETE, KIND_APPEND = "upsert", "delete", "append"
KINDS = frozenset({KIND_UPSERT, KIND_DELETE, KIND_APPEND})
FATES = frozenset({"applied", "merged", "conflict", "rejected", "duplicate"})
