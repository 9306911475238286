"""Officer accounts on this PC: add an officer, change a password, list who can unlock."""

from desktop.domain.enums import AuditAction, Role
from desktop.domain.officer import Officer
from desktop.domain.passwords import require_strong_password
from desktop.storage.store import Store


def add_officer(
    store: Store, *, full_name: str, username: str, password: str, role: Role = Role.OFFICER
) -> Officer:
    """A second officer on the same register, with a password of their own."""
    require_strong_password(password)
    with store.unit_of_work() as uow:
        officer = uow.officers.add(
            Officer(
                commune_code=store.commune_code, full_name=full_name, username=username, role=role
            )
        )
        # The slot is written last: if it fails, the transaction rolls the officer back too.
        store.keyring.add_officer(store.data_key, officer.id, full_name, password)
        uow.audit(AuditAction.CREATE, "officer", officer.id)
    return officer
