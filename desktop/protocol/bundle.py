"""The offline bundle: its file format, what it carries and the answer that comes back."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.protocol.message import _Message
from desktop.protocol.messages import PullPage, PushBatch, PushReply
from desktop.protocol.readers import _int, _list, _msg, _text, _uuid

# A bundle file: BUNDLE_MAGIC, the sender's ephemeral X25519 public key (32 bytes), a 12-byte
# nonce, then AES-256-GCM (associated data BUNDLE_MAGIC) of encode_body(BundleContent).
# The key is HKDF-SHA256(X25519(ephemeral, server key), salt=None, info=BUNDLE_INFO, 32).
# The answer is ANSWER_MAGIC, a nonce, then AES-256-GCM (associated data ANSWER_MAGIC) of
# encode_body(BundleAnswer) under the same shared secret with ANSWER_INFO, so only the PC
# that kept the ephemeral private key reads it. The server's public key: GET PATH_BUNDLE_KEY
# gives {"public_key": base64 of 32 raw bytes}; `bvte-server bundle-key` prints the same.
BUNDLE_MAGIC = b"BVTE-BUNDLE-1\n"
ANSWER_MAGIC = b"BVTE-ANSWER-1\n"
BUNDLE_INFO = b"bvte bundle v1"
ANSWER_INFO = b"bvte answer v1"

# A bundle carries every batch the PC has frozen and not yet seen answered, in order (so the
# newest file always holds them all and the officer need carry only that one), up to these
# bounds; what is left waits for the next file. 40 batches (20,000 changes, a few MB) are
# applied in about half a minute, within a reverse proxy's usual read timeout; a reader
# takes up to 100, so the bound can grow without a new protocol.
MAX_BUNDLE_BATCHES = 40
MAX_BUNDLE_READ = 100
MAX_BUNDLE_JSON = 48 * 1024 * 1024
# The answer to a bundle import also says, to the PC that carried it (which cannot open the
# answer), how many changes went in and for which commune.
HEADER_BUNDLE_CHANGES = "X-BVTE-Bundle-Changes"
HEADER_BUNDLE_COMMUNE = "X-BVTE-Bundle-Commune"


@dataclass
class BundleContent(_Message):
    """Inside a bundle: the device's credentials, its pull cursor and its batches, in order.

    `batch` is the one batch of a bundle made by an older app; a newer one sends `batches`.
    `enrolment_token` goes in every bundle of a PC enrolled by file until an answer has come
    back (desktop.protocol.enrolment): the server makes the device from it on the first one.
    """

    device_id: str
    device_secret: str
    cursor: int
    batch: PushBatch | None = None
    batches: list[PushBatch] = field(default_factory=list)
    enrolment_token: str = ""

    _readers = {
        "device_id": _uuid,
        "device_secret": _text(200),
        "cursor": _int(),
        "batch": _msg(PushBatch),
        "batches": _list(_msg(PushBatch), MAX_BUNDLE_READ),
        "enrolment_token": _text(200, normalise=False),
    }
    _optional = {"batch": None, "batches": [], "enrolment_token": ""}

    def all_batches(self) -> list[PushBatch]:
        return ([self.batch] if self.batch is not None else []) + self.batches


@dataclass
class BundleAnswer(_Message):
    """Inside an answer: the push replies, one a batch in the bundle's order (`reply` alone
    answers an older app's one-batch bundle), and the commune's pull pages since the cursor."""

    reply: PushReply | None
    pages: list[PullPage]
    replies: list[PushReply] = field(default_factory=list)

    _readers = {
        "reply": _msg(PushReply),
        "pages": _list(_msg(PullPage), 10_000),
        "replies": _list(_msg(PushReply), MAX_BUNDLE_READ),
    }
    _optional = {"reply": None, "replies": []}

    def all_replies(self) -> list[PushReply]:
        return ([self.reply] if self.reply is not None else []) + self.replies
