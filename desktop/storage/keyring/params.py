"""Keyring constants, Argon2id cost parameters and the wrong-password backoff policy."""

from dataclasses import dataclass

FORMAT = "bvte-keyring"
VERSION = 1
BACKUP_SUFFIX = ".bak"

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
KEY_CHECK_BYTES = 16
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_FILE_BYTES = 1 << 20

OFFICER = "officer"
RECOVERY = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; memory_cost is in KiB."""

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 2

    def __post_init__(self) -> None:
        for name in ("time_cost", "memory_cost", "parallelism"):
            value = getattr(self, name)
            if type(value) is not int:
                raise ValueError(f"{name} must be an int")
        # Upper bounds stop an edited file from making unlock allocate gigabytes or run for hours.
        if not 1 <= self.time_cost <= 64:
            raise ValueError("time_cost out of range")
        if not 1 <= self.parallelism <= 64:
            raise ValueError("parallelism out of range")
        if not 8 * self.parallelism <= self.memory_cost <= 1 << 20:
            raise ValueError("memory_cost out of range")


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class BackoffPolicy:
    """What a miss costs: a fixed delay, then lockouts doubling from lockout_base up to the cap."""

    base_delay: float = 0.5
    free_attempts: int = 3
    lockout_base: float = 5.0
    lockout_cap: float = 300.0

    def lockout(self, failures: int) -> float:
        """Seconds refused after `failures` consecutive misses on one slot."""
        if failures < self.free_attempts:
            return 0.0
        doublings = min(failures - self.free_attempts, 32)  # keeps 2**n finite for huge counts
        return min(self.lockout_cap, self.lockout_base * 2**doublings)


DEFAULT_BACKOFF = BackoffPolicy()
