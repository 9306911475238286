"""Register use cases: filter, sort and page through children (keyset), search, export."""

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy import column as sql_column

from desktop.domain.age import DEFAULT_AGE_BANDS, age_on
from desktop.domain.enums import AuditAction, CaseStage, RiskLevel, Role, Sex, SpecialGroup
from desktop.domain.errors import DomainError
from desktop.domain.text import fold
from desktop.reference.labels import label
from desktop.reports import xlsx_export
from desktop.storage import search_index
from desktop.storage.schema.admin import ChildSearchRow
from desktop.storage.schema.cases import CaseRow
from desktop.storage.schema.register import AllowanceRow, CarerRow, ChildRow, GroupMembershipRow
from desktop.storage.store import Store

CLOSED_STAGES = (CaseStage.CLOSED, CaseStage.CLOSED_NO_ACTION, CaseStage.TRANSFERRED)
_RISK_RANK = {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 3}


class Column(StrEnum):
    """The register's columns; the same codes name sort keys, exports and the column chooser."""

    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    AGE = "age"
    SEX = "sex"
    PERSONAL_ID = "personal_id"
    VILLAGE = "village"
    ETHNICITY = "ethnicity"
    GROUPS = "groups"
    CARERS = "carers"
    CARER_PHONES = "carer_phones"
    OPEN_CASE = "open_case"
    RISK = "risk"
    ALLOWANCE = "allowance"


# Sensitive data (Decree 356/2025): only roles that work the file see or export these.
SENSITIVE_COLUMNS = frozenset(
    {Column.PERSONAL_ID, Column.ETHNICITY, Column.GROUPS, Column.CARER_PHONES}
)
SENSITIVE_ROLES = frozenset({Role.OFFICER, Role.APPROVER})


def sees_sensitive(role: Role) -> bool:
    return role in SENSITIVE_ROLES


def allowed_columns(role: Role) -> tuple[Column, ...]:
    return tuple(c for c in Column if sees_sensitive(role) or c not in SENSITIVE_COLUMNS)


@dataclass(frozen=True)
class RegisterFilter:
    """Every field None (or empty) means "any"."""

    groups: frozenset[SpecialGroup] = frozenset()
    age_band: str | None = None  # a code of DEFAULT_AGE_BANDS, e.g. "6-10"
    sex: Sex | None = None
    village: str | None = None
    open_case: bool | None = None
    risk: RiskLevel | None = None
    allowance: bool | None = None

    @property
    def active(self) -> bool:
        return self != RegisterFilter()


def bounded_query(query: str) -> str:
    """The search text cut to what a search can use: at most 100 characters and 8 words."""
    short = len(query) <= search_index.MAX_QUERY_CHARS
    if short and query.count(" ") < search_index.MAX_QUERY_WORDS:
        return query
    words = query[: search_index.MAX_QUERY_CHARS].split()
    return " ".join(words[: search_index.MAX_QUERY_WORDS])


@dataclass(frozen=True)
class RegisterView:
    """What the officer is looking at: search text, filters, and a column sort (or relevance)."""

    query: str = ""
    filters: RegisterFilter = field(default_factory=RegisterFilter)
    sort: Column | None = None  # None: by name, or best match first while searching
    descending: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "query", bounded_query(self.query))

    @property
    def by_relevance(self) -> bool:
        return bool(search_index.match_expression(self.query)) and self.sort is None


@dataclass(frozen=True)
class ChildSummary:
    """One line of the register; sensitive fields are empty for roles that may not see them."""

    id: str
    full_name: str
    sex: Sex
    date_of_birth: date | None
    dob_estimated: bool
    age: int | None
    personal_id: str | None
    village: str
    ethnicity: str = ""
    groups: tuple[SpecialGroup, ...] = ()
    carers: str = ""
    carer_phones: str = ""
    open_case: str = ""  # the open case's code
    open_stage: CaseStage | None = None
    risk: RiskLevel | None = None
    allowance: str = ""  # active allowance categories, e.g. "K1"


@dataclass(frozen=True)
class RegisterPage:
    rows: list[ChildSummary]
    after: tuple | None  # pass back to get the next page; None when this was the last


# --- query building ------------------------------------------------------------------------------

_C, _S = ChildRow.__table__, ChildSearchRow.__table__


def _active_on(table: Any, today: date) -> ColumnElement[bool]:
    return and_(
        table.c.deleted_at.is_(None),
        or_(table.c.start_date.is_(None), table.c.start_date <= today),
        or_(table.c.end_date.is_(None), table.c.end_date >= today),
    )


def _open_case() -> ColumnElement[bool]:
    k = CaseRow.__table__
    return and_(
        k.c.child_id == _C.c.id,
        k.c.deleted_at.is_(None),
        k.c.stage.not_in([s.value for s in CLOSED_STAGES]),
    )


def _risk_rank() -> Any:
    k = CaseRow.__table__
    return case(
        *((k.c.risk_level == level.value, rank) for level, rank in _RISK_RANK.items()), else_=0
    )


def _years_before(day: date, years: int) -> date:
    # 29 February has no twin in most years; the 28th stands in for it.
    return day.replace(year=day.year - years, day=min(day.day, 28 if day.month == 2 else 31))


def _filters(f: RegisterFilter, today: date, role: Role) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [_C.c.deleted_at.is_(None)]
    if f.groups:
        if not sees_sensitive(role):
            raise DomainError("permission.restricted", role=role.value, field="groups")
        g = GroupMembershipRow.__table__
        chosen = g.c.group.in_([x.value for x in f.groups])
        where.append(exists().where(g.c.child_id == _C.c.id, _active_on(g, today), chosen))
    if f.age_band:
        band = next((b for b in DEFAULT_AGE_BANDS if b.code == f.age_band), None)
        if band is None:
            raise DomainError("register.bad_age_band", band=f.age_band)
        # Age `low` or more: born on or before today minus `low` years.
        where.append(_C.c.date_of_birth <= _years_before(today, band.low))
        if band.high is not None:
            where.append(_C.c.date_of_birth > _years_before(today, band.high + 1))
    if f.sex is not None:
        where.append(_C.c.sex == f.sex.value)
    if f.village:
        where.append(_C.c.village == f.village)
    if f.open_case is not None:
        has = exists().where(_open_case())
        where.append(has if f.open_case else ~has)
    if f.risk is not None:
        k = CaseRow.__table__
        where.append(exists().where(_open_case(), k.c.risk_level == f.risk.value))
    if f.allowance is not None:
        a = AllowanceRow.__table__
        has = exists().where(a.c.child_id == _C.c.id, _active_on(a, today))
        where.append(has if f.allowance else ~has)
    return where


def _sort_keys(column: Column, today: date) -> tuple[list[Any], Any, bool, Any]:
    """(key expressions, tie-break id, whether the first key may be NULL, a table to join)."""
    if column == Column.NAME:
        return [_S.c.name], _S.c.child_id, False, None
    if column in (Column.DATE_OF_BIRTH, Column.AGE):
        return [_C.c.date_of_birth], _C.c.id, True, None
    if column == Column.PERSONAL_ID:
        return [_C.c.personal_id], _C.c.id, True, None
    plain = {Column.SEX: _C.c.sex, Column.VILLAGE: _C.c.village, Column.ETHNICITY: _C.c.ethnicity}
    if column in plain:
        return [plain[column], _S.c.name], _C.c.id, False, None
    g, k, f, a = (t.__table__ for t in (GroupMembershipRow, CarerRow, CaseRow, AllowanceRow))
    live = and_(f.c.deleted_at.is_(None), f.c.stage.not_in([s.value for s in CLOSED_STAGES]))
    table, value, where, default = {
        Column.GROUPS: (g, func.min(g.c.group), _active_on(g, today), "~"),  # none: after z
        Column.CARERS: (k, func.min(k.c.full_name), k.c.deleted_at.is_(None), ""),
        Column.CARER_PHONES: (k, func.min(k.c.phone), k.c.deleted_at.is_(None), ""),
        Column.OPEN_CASE: (f, func.min(f.c.code), live, ""),
        Column.RISK: (f, func.max(_risk_rank()), live, 0),
        Column.ALLOWANCE: (a, func.min(a.c.category), _active_on(a, today), ""),
    }[column]
    # One grouped pass over the linked table, joined once: not a subquery per child.
    by_child = select(table.c.child_id, value.label("k")).where(where).group_by(table.c.child_id)
    joined = by_child.subquery()
    key = func.coalesce(joined.c.k, default, type_=Integer if column == Column.RISK else String)
    return [key, _S.c.name], _C.c.id, False, joined


def _after(keys: list[Any], tie: Any, nullable: bool, desc: bool, values: tuple) -> Any:
    """Rows strictly after the cursor in (keys..., id) order; NULL sorts first, as in SQLite."""
    *key_values, last_id = values
    if nullable:
        col, value = keys[0], key_values[0]
        if value is None:
            rest = tie < last_id if desc else tie > last_id
            nulls_after = and_(col.is_(None), rest)
            return nulls_after if desc else or_(nulls_after, col.is_not(None))
        pair = tuple_(col, tie)
        bound = tuple_(literal(value, col.type), literal(last_id))
        return or_(pair < bound, col.is_(None)) if desc else pair > bound
    row = tuple_(*keys, tie)
    bound = tuple_(*(literal(v, k.type) for v, k in zip(key_values, keys, strict=True)), last_id)
    return row < bound if desc else row > bound


_FTS = table("child_search_fts", sql_column("rowid"))


def _base(view: RegisterView, today: date, role: Role, *, ranked: bool | None = False) -> Any:
    """The view's rows; `ranked` joins the full-text index itself so bm25() can order them."""
    source = _S.join(_C, _C.c.id == _S.c.child_id)
    query = select(
        _C.c.id, _C.c.full_name, _C.c.sex, _C.c.date_of_birth, _C.c.dob_estimated,
        _C.c.personal_id, _C.c.village, _C.c.ethnicity,
    )  # fmt: skip
    expression = None if ranked is None else search_index.match_expression(view.query)
    if expression is not None and ranked:
        source = _FTS.join(source, _S.c.rid == _FTS.c.rowid)
        query = query.where(text("child_search_fts MATCH :expr").bindparams(expr=expression))
    elif expression is not None:
        match = text("child_search_fts MATCH :expr").bindparams(expr=expression)
        query = query.where(_S.c.rid.in_(select(_FTS.c.rowid).where(match)))
    return query.select_from(source).where(*_filters(view.filters, today, role))


# --- reading -------------------------------------------------------------------------------------


def _page(
    session: Any, view: RegisterView, today: date, role: Role, after: tuple | None, limit: int
) -> tuple[list[Any], tuple | None]:
    if view.by_relevance:
        # Best match first is a ranking, not a key: one page, then "type more to narrow".
        if after is not None:
            return [], None
        if not view.filters.active:
            # The index ranks on its own far faster than joined to the register (1 ms, not
            # 300, for a one-letter search in 100,000 children); the rows follow by id.
            ids = search_index.search(session, view.query, limit=limit)
            rows = {row.id: row for row in session.execute(_base(view, today, role, ranked=None)
                                                            .where(_C.c.id.in_(ids)))}  # fmt: skip
            return [rows[i] for i in ids if i in rows], None
        exact = fold(view.query)
        query = _base(view, today, role, ranked=True).order_by(
            (_S.c.name == exact).desc(), (_S.c.id_number == exact).desc(),
            text(search_index.RANK), _S.c.name,
        )  # fmt: skip
        return session.execute(query.limit(limit)).all(), None
    keys, tie, nullable, joined = _sort_keys(view.sort or Column.NAME, today)
    # Age grows as the birth date falls, so the age column sorts the other way.
    desc = view.descending != (view.sort == Column.AGE)
    query = _base(view, today, role).add_columns(*(k.label(f"k{i}") for i, k in enumerate(keys)))
    if joined is not None:
        query = query.outerjoin(joined, joined.c.child_id == _C.c.id)
    if after is not None:
        query = query.where(_after(keys, tie, nullable, desc, after))
    order = [k.desc() if desc else k.asc() for k in (*keys, tie)]
    rows = session.execute(query.order_by(*order).limit(limit)).all()
    cursor = None
    if len(rows) == limit:
        last = rows[-1]._mapping
        cursor = (*(last[f"k{i}"] for i in range(len(keys))), last["id"])
    return rows, cursor


def fetch_page(
    store: Store, view: RegisterView, *, after: tuple | None = None, limit: int = 200
) -> RegisterPage:
    """One page of the view; keyset paging, so page 500 costs what page 1 does."""
    role, today = store.officer.role, store.options.clock().date()
    if view.sort in SENSITIVE_COLUMNS and not sees_sensitive(role):
        raise DomainError("permission.restricted", role=role.value, field=str(view.sort))
    with store.unit_of_work(write=False) as uow:
        rows, cursor = _page(uow.session, view, today, role, after, limit)
        return RegisterPage(_summaries(uow.session, rows, today, role), cursor)


def count_view(store: Store, view: RegisterView) -> int:
    """How many children the view holds (all matches, not only the first page)."""
    role, today = store.officer.role, store.options.clock().date()
    inner = _base(view, today, role).with_only_columns(_C.c.id).subquery()
    with store.unit_of_work(write=False) as uow:
        if view.query.strip() and not view.filters.active:
            return search_index.count(uow.session, view.query)
        return uow.session.scalar(select(func.count()).select_from(inner)) or 0


def _by_child(session: Any, query: Any) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for child_id, *values in session.execute(query):
        found.setdefault(child_id, []).append(tuple(values))
    return found


def _summaries(session: Any, rows: Sequence[Any], today: date, role: Role) -> list[ChildSummary]:
    """Rows made into summaries, with carers, groups, cases and allowances in four queries."""
    ids = [row.id for row in rows]
    g, k, f, a = (t.__table__ for t in (GroupMembershipRow, CarerRow, CaseRow, AllowanceRow))
    groups = _by_child(session, select(g.c.child_id, g.c.group).order_by(g.c.group).where(
        g.c.child_id.in_(ids), _active_on(g, today)))  # fmt: skip
    carers = _by_child(session, select(k.c.child_id, k.c.full_name, k.c.phone).where(
        k.c.child_id.in_(ids), k.c.deleted_at.is_(None)).order_by(k.c.full_name))  # fmt: skip
    cases = _by_child(session, select(f.c.child_id, f.c.code, f.c.stage, f.c.risk_level).where(
        f.c.child_id.in_(ids), f.c.deleted_at.is_(None),
        f.c.stage.not_in([s.value for s in CLOSED_STAGES])).order_by(f.c.received_at))  # fmt: skip
    allowances = _by_child(session, select(a.c.child_id, a.c.category).where(
        a.c.child_id.in_(ids), _active_on(a, today)))  # fmt: skip
    sensitive, out = sees_sensitive(role), []
    for row in rows:
        people = carers.get(row.id, [])
        # With several open cases, the line shows the one at highest risk.
        code, stage, risk = max(
            ((c, CaseStage(s), RiskLevel(r) if r else None) for c, s, r in cases.get(row.id, [])),
            key=lambda item: _RISK_RANK.get(item[2], 0),
            default=("", None, None),
        )
        dob = row.date_of_birth
        out.append(
            ChildSummary(
                id=row.id,
                full_name=row.full_name,
                sex=Sex(row.sex),
                date_of_birth=dob,
                dob_estimated=row.dob_estimated,
                age=age_on(dob, today) if dob is not None and dob <= today else None,
                personal_id=row.personal_id if sensitive else None,
                village=row.village,
                ethnicity=row.ethnicity if sensitive else "",
                groups=tuple(SpecialGroup(x) for (x,) in groups.get(row.id, []))
                if sensitive
                else (),
                carers=", ".join(name for name, _ in people),
                carer_phones=", ".join(p for _, p in people if p) if sensitive else "",
                open_case=code,
                open_stage=stage,
                risk=risk,
                allowance=", ".join(sorted({str(x) for (x,) in allowances.get(row.id, [])})),
            )
        )
    return out


def iter_view(
    store: Store, view: RegisterView, *, batch: int = 1000
) -> Iterator[list[ChildSummary]]:
    """The whole view in batches, each its own short read, for exports."""
    if view.by_relevance:
        yield fetch_page(store, view, limit=1_000_000).rows
        return
    after: tuple | None = None
    while True:
        page = fetch_page(store, view, after=after, limit=batch)
        if page.rows:
            yield page.rows
        if page.after is None:
            return
        after = page.after


def villages(store: Store) -> list[str]:
    """The thôn/tổ names in use, for the filter list."""
    with store.unit_of_work(write=False) as uow:
        found = uow.session.scalars(
            select(ChildRow.village).where(ChildRow.deleted_at.is_(None), ChildRow.village != "")
            .distinct()
        )  # fmt: skip
        return sorted(found, key=fold)


# --- export --------------------------------------------------------------------------------------


def _case_text(child: ChildSummary, lang: str) -> str:
    if not child.open_case or child.open_stage is None:
        return ""
    return f"{child.open_case} · {label(child.open_stage, lang)}"


_CELLS: dict[Column, Callable[[ChildSummary, str], Any]] = {
    Column.NAME: lambda c, _: c.full_name,
    Column.DATE_OF_BIRTH: lambda c, _: (
        c.date_of_birth.strftime("%d/%m/%Y") if c.date_of_birth else ""
    ),
    Column.AGE: lambda c, _: c.age,
    Column.SEX: lambda c, lang: label(c.sex, lang),
    Column.PERSONAL_ID: lambda c, _: c.personal_id or "",
    Column.VILLAGE: lambda c, _: c.village,
    Column.ETHNICITY: lambda c, _: c.ethnicity,
    Column.GROUPS: lambda c, _: ", ".join(group.value for group in c.groups),
    Column.CARERS: lambda c, _: c.carers,
    Column.CARER_PHONES: lambda c, _: c.carer_phones,
    Column.OPEN_CASE: _case_text,
    Column.RISK: lambda c, lang: label(c.risk, lang) if c.risk else "",
    Column.ALLOWANCE: lambda c, _: c.allowance,
}


def cell_value(child: ChildSummary, column: Column, lang: str) -> Any:
    """What one cell of a view shows, as plain text or a number (labels in `lang`)."""
    return _CELLS[column](child, lang)


def export_view(
    store: Store,
    view: RegisterView,
    columns: Sequence[tuple[Column, str]],
    path: Path,
    *,
    lang: str = "vi",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the view (filters, search, sort) to .xlsx under the given headers; audited.

    Sensitive columns are refused, before anything is written, for roles that may not see them.
    """
    role = store.officer.role
    refused = [c for c, _ in columns if c in SENSITIVE_COLUMNS and not sees_sensitive(role)]
    if refused:
        raise DomainError("permission.restricted", role=role.value, field=refused[0].value)
    total = count_view(store, view)
    chosen = [c for c, _ in columns]

    def rows() -> Iterator[list[Any]]:
        done = 0
        for batch in iter_view(store, view):
            for child in batch:
                yield [cell_value(child, c, lang) for c in chosen]
            done += len(batch)
            if progress is not None:
                progress(done, total)

    written = xlsx_export.write_table(path, [title for _, title in columns], rows())
    detail = json.dumps(
        {"rows": written, "columns": [c.value for c in chosen], "filtered": view.filters.active,
         "searched": bool(view.query.strip())},
        sort_keys=True,
    )  # fmt: skip
    with store.unit_of_work() as uow:
        uow.audit(AuditAction.EXPORT, "register", None, detail=detail)
    return written


# --- simple calls, for the CLI and the window's count ---------------------------------------------


def search_children(store: Store, query: str, *, limit: int = 50) -> list[ChildSummary]:
    """Folded search over name, ID number, carers and thôn/tổ; best match first."""
    return fetch_page(store, RegisterView(query=query), limit=limit).rows


def count_children(store: Store) -> int:
    return count_view(store, RegisterView())
