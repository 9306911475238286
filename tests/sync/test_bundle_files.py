"""Issue 13 item 10: bundles beyond one batch, files that overlap or come back late, answers
imported in any order; the register ends equal to the server every time."""

from pathlib import Path

import pytest

from desktop.services import seed
from desktop.services.sync import bundle as sync_bundle
from desktop.sync import bundle
from desktop.sync.errors import SyncError
from tests.helpers.communes import Commune
from tests.sync.helpers import add_child, child, edit_child, pending
from tests.sync.island_support import bvte_server, db_url, differs_from_server, server_effects


def _city(commune: Commune, source: Path, answer: Path) -> str:
    done = bvte_server("import-bundle", str(source), "--out", str(answer),
                       "--db", db_url(commune.server))
    assert done.code == 0, done.text
    return done.out


def test_a_register_too_big_for_one_file_goes_in_overlapping_files_in_any_order(
    commune: Commune, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    island = commune.register("dao")
    seed.seed_register(island, children=300, seed=7)
    # A file holds two batches here (a hundred in use), so the register needs more than one.
    monkeypatch.setattr(bundle.p, "MAX_BUNDLE_BATCHES", 2)
    first, second, third = (tmp_path / f"{n}.bvte" for n in ("mot", "hai", "ba"))
    made = sync_bundle.export_bundle(island, first)
    sent = made.changes
    assert made.batches == 2 and sent > 500 and made.left > 0
    assert pending(island) == made.left + 1000  # entries with no net change were dropped
    # Exported again before any answer came: the newest file holds all that is owed.
    again = sync_bundle.export_bundle(island, second)
    assert (again.changes, again.left) == (sent, made.left)
    # The newer file reaches the city first; the older one comes back later, to no effect.
    assert f"{sent} thay đổi; {sent} được nhận mới" in _city(commune, second, tmp_path / "2")
    effects = server_effects(commune.server, commune.code)
    assert f"0 được nhận mới, {sent} đã nhận từ trước" in _city(commune, first, tmp_path / "1")
    assert server_effects(commune.server, commune.code) == effects
    # The older answer first, then the newer: each settles what is still open.
    older = sync_bundle.import_answer(island, tmp_path / "1")
    assert older.pushed.applied == sent and pending(island) == made.left
    newer = sync_bundle.import_answer(island, tmp_path / "2")
    assert newer.pushed.applied == 0
    with pytest.raises(SyncError) as done:
        sync_bundle.import_answer(island, tmp_path / "1")
    assert done.value.code == "bundle.not_for_this_pc"
    rest = sync_bundle.export_bundle(island, third)
    assert rest.changes > 0 and rest.left == 0
    _city(commune, third, tmp_path / "3")
    sync_bundle.import_answer(island, tmp_path / "3")
    assert pending(island) == 0
    assert differs_from_server(island, commune.server) == []


def test_an_answer_older_than_an_online_sync_does_not_undo_it(
    commune: Commune, tmp_path: Path
) -> None:
    island, mainland = commune.register("dao"), commune.register("dat.lien")
    made = add_child(island, "Lê Văn Đảo")
    out, answer = tmp_path / "gui.bvte", tmp_path / "tra-loi.bvte"
    sync_bundle.export_bundle(island, out)
    _city(commune, out, answer)
    # Meanwhile the island reached the server online, and the mainland changed the child.
    commune.sync(island)
    commune.sync(mainland)
    edit_child(mainland, made.id, village="Thôn Mới")
    commune.sync(mainland)
    commune.sync(island)
    assert child(island, made.id).village == "Thôn Mới"
    sync_bundle.import_answer(island, answer)  # carries the child as it was before the edit
    assert child(island, made.id).village == "Thôn Mới"
    assert differs_from_server(island, commune.server) == []
