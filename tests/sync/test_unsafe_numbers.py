"""An integer beyond 2^53 - 1 never passes silently: a PC's is refused by the server and kept
in that PC's quarantine with the reason; one pulled from a server that stored it is held
back. Real SQLCipher registers, the real server on SQLite and PostgreSQL."""

from sqlalchemy import text

from desktop.domain.child import Carer
from desktop.domain.enums import CarerRelation
from desktop.services.sync import review as sync_review
from tests.helpers.communes import Commune
from tests.sync.helpers import add_child
from tests.sync.planting import local_edit, plant
from tests.sync.support import raw

UNSAFE = 2**53 + 1


def _carer(store, kid_id: str) -> str:
    with store.unit_of_work() as uow:
        return uow.carers.add(Carer(child_id=kid_id, full_name="Trịnh Văn Lớn",
                                    relation=CarerRelation.FATHER)).id


def test_a_pcs_unsafe_integer_is_refused_into_its_quarantine(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    kid = add_child(a, "Trịnh Thị Nhỏ")
    carer_id = _carer(a, kid.id)
    commune.sync(a)
    local_edit(a, "carer", carer_id, birth_year=UNSAFE)
    report = commune.sync(a)
    assert report.pushed.rejected == 1 and report.pushed.applied == 0
    (item,) = sync_review.list_quarantine(a)
    assert (item.table, item.row_id, item.reason_code) == ("carer", carer_id,
                                                          "sync.unsafe_number")
    assert "«birth_year»" in item.reason and "Hãy " in item.reason
    assert str(UNSAFE) not in item.reason
    commune.sync(b)
    with b.engine.connect() as conn:
        year = conn.execute(text("SELECT birth_year FROM carer WHERE id = :i"),
                            {"i": carer_id}).scalar_one()
    assert year is None  # the last good state, not the refused number


def test_a_pulled_unsafe_integer_is_held_back(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    kid = add_child(a, "Trịnh Thị Nhỏ")
    carer_id = _carer(a, kid.id)
    commune.sync(a)
    commune.sync(b)
    plant(commune.server, carer_id, log_entry=True, birth_year=UNSAFE)
    report = commune.sync(b)
    assert report.held == 1
    rows = raw(b, "SELECT table_name, row_id, reason_code FROM sync_quarantine "
                  "WHERE kind = 'pulled'")
    assert [(r["table_name"], r["row_id"], r["reason_code"]) for r in rows] == [
        ("carer", carer_id, "sync.unsafe_number")]
    (item,) = sync_review.list_quarantine(b)
    assert "«birth_year»" in item.reason and "số quá lớn" in item.reason
    assert report.verify.ok and not report.verify.mismatched_tables
