"""Case transfer between communes: the case moves with its history, its child and the plan."""

from sqlalchemy import Connection

from desktop.sync.protocol import COMMUNE_COLUMN, SYNCED_TABLES
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
