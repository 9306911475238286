"""Case transfer between communes: the case moves with its history, its child and the plan."""

from sqlalchemy import Connection, func, select

from desktop.protocol import COMMUNE_COLUMN, SYNCED_TABLES
from server import models as m
from server.rowstore import RowState, load_children, load_rows

# Rows that hang below a case or a child (notes, visits, events, plans and their tasks ...).
_CHILD_TABLES = {name for name, spec in SYNCED_TABLES.items() if spec.parent is not None}


def _move(row: RowState, target: str) -> None:
    if row.commune == target:
        return
    row.moved_from.add(row.commune)
    row.commune = target
    if COMMUNE_COLUMN in row.values or SYNCED_TABLES[row.table].scope == "column":
        row.values[COMMUNE_COLUMN] = target
        row.version += 1
    row.dirty = True


def move_case(conn: Connection, rows: dict[tuple[str, str], RowState], case_row: RowState,
              target: str) -> list[RowState]:
    """Give the case, everything below it, its child and the child's records the new commune.

    Rows staged in this batch are used as they are, so edits sent before the transfer travel.
    Each moved row gets a position in the receiving commune's log and a `moved` entry in the
    sending commune's log (written when the batch is flushed).
    """
    source = case_row.commune
    roots = [case_row]
    child_id = case_row.values.get("child_id")
    if child_id:
        key = ("child", child_id)
        child = rows.get(key) or load_rows(conn, [key]).get(key)
        if child is not None and child.commune == source:
            rows[("child", child.row_id)] = child
            roots.append(child)
    moved: list[RowState] = []
    frontier = roots
    seen: set[tuple[str, str]] = set()
    while frontier:
        for row in frontier:
            seen.add((row.table, row.row_id))
            _move(row, target)
            moved.append(row)
        parent_ids = {row.row_id for row in frontier}
        found = {(r.table, r.row_id): r for r in load_children(conn, parent_ids)}
        # Staged rows (new in this batch, not yet written) are found by their parent id too.
        for key, row in rows.items():
            if row.parent_id in parent_ids:
                found[key] = row
        frontier = []
        for key, row in found.items():
            if key in seen or row.table not in _CHILD_TABLES or row.commune != source:
                continue
            staged = rows.setdefault(key, row)
            frontier.append(staged)
    return moved


def late_history(conn: Connection, commune: str, case_row: RowState, cursor: int) -> str | None:
    """May a note or visit sent from `commune` join the case that moved away from it? None when
    it may, else the reject code.

    It may when it was written before the move reached the sending PC: the move is an entry
    in `commune`'s log, and the batch names the pull cursor the PC held when the batch was
    made (a batch is made before each pull, and a PC that has pulled the move no longer lists
    the case). A cursor at or past the move's entry means the PC had the move already.
    Device clocks are not used: they order nothing. A batch from an app older than the
    cursor (0) is taken as before.
    """
    log = m.change_log.c
    moved_at = conn.execute(select(func.max(log.seq)).where(
        log.commune_code == commune, log.kind == "moved", log.table_name == case_row.table,
        log.row_id == case_row.row_id, log.moved_to == case_row.commune)).scalar()
    if moved_at is None:
        return "sync.scope"
    if cursor >= moved_at:
        return "sync.case_moved"
    return None
