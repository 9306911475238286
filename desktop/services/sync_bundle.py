"""Offline sync by file: export the outbox sealed for the server, import the server's answer."""

from pathlib import Path

from desktop.storage.store import Store
from desktop.sync import bundle, settings
from desktop.sync.client import SyncClient


def set_server_key(store: Store, key_text: str) -> None:
    """Keep the server's bundle key (from enrolment or a file the city hands out)."""
    key = bundle.load_public_key(key_text)
    with store.unit_of_work() as uow:
        settings.put(uow.session, settings.SERVER_KEY, bundle.public_key_text(key))


def export_bundle(store: Store, target: Path) -> int:
    """Write the next batch of pending changes to `target`; 0 if nothing is waiting.

    The file is written beside the target first and renamed, so a cut never leaves half a file.
    """
    with store.unit_of_work() as uow:
        made = bundle.export_bundle(uow.session, commune_code=store.commune_code)
    if made is None:
        return 0
    blob, count = made
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(blob)
    partial.replace(target)
    return count


def import_answer(store: Store, source: Path) -> str:
    with store.unit_of_work() as uow:
        summary = bundle.import_answer(
            uow.session,
            source.read_bytes(),
            commune_code=store.commune_code,
            device_id=store.device_id,
        )
    pushed = summary["pushed"]
    return (
        f"{pushed.applied + pushed.merged + pushed.duplicates} thay đổi được nhận, "
        f"{pushed.conflicts} xung đột, {pushed.rejected} bị từ chối, "
        f"{summary['pulled']} bản ghi mới"
    )


def forward_bundle(url: str, source: Path, answer: Path, username: str, password: str) -> None:
    """A connected PC carries another PC's bundle to the server and saves the answer file.

    The carrier logs in; the bundle itself names (and authenticates) the PC it came from.
    """
    client = SyncClient(url)
    try:
        client.login(username, password)
        reply = client.import_bundle(source.read_bytes())
    finally:
        client.close()
    partial = answer.with_name(answer.name + ".partial")
    partial.write_bytes(reply)
    partial.replace(answer)
