"""A new PC's snapshot in one transaction, its rows made ready on the fetching thread."""

import contextlib
import logging
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol import PulledRow, SnapshotPage, TableChecksum
from desktop.protocol.schema import Problem
from desktop.storage import bulk_load, capture, search_index
from desktop.storage.synced_tables import SYNCED_TABLES
from desktop.sync import apply, checksums, held
from desktop.sync.values import InsertGroups, now_raw, write_groups

log = logging.getLogger(__name__)


@dataclass
class ReadyPage:
    """A snapshot page with its new rows already in the form SQLite takes."""

    page: SnapshotPage
    inserts: dict[str, InsertGroups] = field(default_factory=dict)
    inserted_ids: dict[str, list[str]] = field(default_factory=dict)
    # Rows of tables that held something before (or came twice): the general apply path.
    others: list[PulledRow] = field(default_factory=list)
    # Children whose search entry these rows change.
    children: set[str] = field(default_factory=set)
    # Search entries of the new children in this page (when the index is built as rows load).
    entries: list[tuple[str, ...]] = field(default_factory=list)
    # Rows this register cannot read, to be held back rather than stored.
    held: list[tuple[PulledRow, Problem]] = field(default_factory=list)


class SnapshotLoad:
    """Use as `with SnapshotLoad(session, device_id) as load:` inside one write transaction
    with the apply guard on; `prepare` runs on the fetching thread, one page after another,
    `write` and `finish` on the writing thread.

    A table that held nothing when the load began takes only inserts: its rows are made into
    plain lists while the previous page is written (SQLite lets go of the interpreter lock
    for a long statement, so the two threads truly overlap). Its plain indexes and insert
    trigger are dropped meanwhile and built at the end. Foreign keys are checked at the end
    too, so pages may come in any table order. Into an empty register, children's search
    entries are made from the rows and written with them, each page's while the next comes.
    """

    def __init__(self, session: Session, device_id: str) -> None:
        self.session = session
        self.device_id = device_id
        self._stack = contextlib.ExitStack()
        self._empty: frozenset[str] = frozenset()
        self._new_index = False
        self._index_as_loaded = False
        self._reindex: set[str] = set()
        # Touched by `prepare` only, read by `finish` after the last page has been taken.
        self._seen: dict[str, set[str]] = {}
        self._carers: dict[str, list[str]] = {}
        self._indexed: set[str] = set()
        # Children whose entry, written early, must be made again from the register.
        self._stale: set[str] = set()
        # Writing thread: per table loaded from empty, (rows, sum of row digests) as written;
        # tables whose rows were changed after being added up.
        self._sums: dict[str, list[int]] = {}
        self._changed_after: set[str] = set()

    def __enter__(self) -> "SnapshotLoad":
        self.session.execute(text("PRAGMA defer_foreign_keys = ON"))
        self._new_index = search_index.is_empty(self.session)
        tables = (*SYNCED_TABLES, search_index.TABLE)
        upkeep = bulk_load.deferred_upkeep(self.session, tables, capture.insert_triggers())
        self._empty = frozenset(self._stack.enter_context(upkeep))
        self._index_as_loaded = self._new_index and "child" in self._empty
        self._sums = {table: [0, 0] for table in self._empty if table in SYNCED_TABLES}
        return self

    def __exit__(self, *exc: object) -> None:
        # On an error the transaction rolls back, dropped indexes and triggers with it.
        self._stack.pop_all()

    # ---- the fetching thread -----------------------------------------------------------

    def prepare(self, page: SnapshotPage) -> ReadyPage:
        ready = ReadyPage(page)
        stamp = now_raw()
        by_table: dict[str, list[PulledRow]] = {}
        for row in page.rows:
            seen = self._seen.setdefault(row.table, set())
            if row.table not in self._empty or row.moved_to is not None or row.row_id in seen:
                ready.others.append(row)
                self._note_search(row, ready, index=False)
                continue
            found = held.problem(row)
            if found is not None:
                ready.held.append((row, found))
                continue
            seen.add(row.row_id)
            by_table.setdefault(row.table, []).append(row)
            self._note_search(row, ready, index=True)
        for table, rows in by_table.items():
            ready.inserts[table] = apply.new_rows(table, rows, self.device_id, stamp)
            ready.inserted_ids[table] = [row.row_id for row in rows]
        # Made ready: the parsed rows would only wait beside their SQLite form (see
        # values.insert_groups on why what waits should be little).
        page.rows = []
        return ready

    def _note_search(self, row: PulledRow, ready: ReadyPage, *, index: bool) -> None:
        """The child's search entry, folded here while the writer is busy; a row of the
        general path, or a carer coming after its child's entry, has the entry made again
        from the register at the end."""
        values = row.values
        if row.table == "child":
            child_id = row.row_id
        elif row.table == "carer" and values.get("child_id"):
            child_id = values["child_id"]
        else:
            return
        ready.children.add(child_id)
        if not index:
            self._stale.add(child_id)
        elif row.deleted or not self._index_as_loaded:
            return
        elif row.table == "child":
            place = (values["village"], values["current_address"], values["permanent_address"])
            part = search_index.child_part(values["full_name"], values.get("personal_id"), place)
            carers = " ".join(self._carers.get(child_id, []))
            ready.entries.append(search_index.document(child_id, part, carers))
            self._indexed.add(child_id)
        else:
            text = search_index.carer_text(values["full_name"], values.get("personal_id"))
            self._carers.setdefault(child_id, []).append(text)
            if child_id in self._indexed:
                self._stale.add(child_id)

    # ---- the writing thread ------------------------------------------------------------

    def write(self, ready: ReadyPage) -> int:
        """Write one prepared page; returns how many rows changed the register."""
        written = 0
        for row, found in ready.held:
            held.hold(self.session, row, found)
            self._changed_after.add(row.table)
        for table, groups in ready.inserts.items():
            write_groups(self.session, table, groups)
            ids = ready.inserted_ids[table]
            written += len(ids)
            # Read back and added up now, while the next page is on its way, rather than
            # all at once when the sync checks its tables.
            count, total = checksums.quick_sum(self.session, table, ids)
            self._sums[table][0] += count
            self._sums[table][1] += total
        if ready.others:
            self._changed_after.update(row.table for row in ready.others)
            written += apply.apply_rows(
                self.session, ready.others, self.device_id, reindex=self._reindex
            )
        self._reindex.update(ready.children)
        search_index.add(self.session, ready.entries)
        for conflict in ready.page.conflicts:
            apply.store_conflict(self.session, conflict)
        return written

    def finish(self) -> int:
        """Indexes and triggers back, rows without a parent removed, the search index built;
        returns how many rows were removed."""
        self._stack.close()
        # Rows written before a parent of theirs turned out unreadable go with it.
        dependants = held.hold_stored_dependants(self.session)
        if dependants:
            self._changed_after.update(SYNCED_TABLES)
        orphans = self._remove_orphans()
        if self._index_as_loaded and not orphans and not dependants:
            search_index.refresh(self.session, self._stale)
        elif self._new_index:
            # Removed rows may have taken part in entries already written.
            search_index.rebuild(self.session)
        else:
            search_index.refresh(self.session, self._reindex)
        return orphans

    def checksums(self) -> dict[str, TableChecksum]:
        """Quick checksums of the tables loaded from empty, added up as their rows were
        written (after `finish`); the sync compares these with the server's."""
        return {
            table: checksums.of_sum(table, count, total)
            for table, (count, total) in self._sums.items()
            if table not in self._changed_after
        }

    def _remove_orphans(self) -> int:
        """Rows whose parent never came (the server's data is wrong) cannot be kept: they
        would break the foreign key at commit. Removing one may orphan its own children."""
        conn = self.session.connection()
        removed = 0
        while True:
            found = {
                (table, rowid)
                for name in SYNCED_TABLES
                for table, rowid, _parent, _key in conn.exec_driver_sql(
                    f'PRAGMA foreign_key_check("{name}")'
                )
            }
            if not found:
                return removed
            for table, rowid in sorted(found):
                conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                self._changed_after.add(table)
            removed += len(found)
            log.error(
                "%d snapshot rows have no parent on the server",
                len(found),
                extra={"code": "sync.orphan_rows"},
            )
