"""The synced schema the server checks against is the register's own, and fits what it writes."""

from pathlib import Path

import pytest

from desktop.protocol import SYNCED_TABLES
from desktop.protocol import schema as s
from desktop.protocol.columns import CHECKS, COLUMNS, row_problem
from desktop.services.seed import seed_register
from desktop.sync import schema_export
from desktop.sync.values import content, read_rows
from tests.sync.support import make_store


def test_the_protocol_columns_are_those_written_from_the_register_schema() -> None:
    """A column added, dropped or changed in storage/schema without running the export fails
    here: the server would otherwise check pushes against an old list."""
    written = schema_export.TARGET.read_text("utf-8")
    assert written == schema_export.render(), (
        "desktop/protocol/columns.py is out of date: run "
        "`python -m desktop.sync.schema_export`"
    )
    assert list(COLUMNS) == list(SYNCED_TABLES)


def test_the_description_follows_the_register_columns() -> None:
    child = {c.name: c for c in COLUMNS["child"]}
    assert child["sex"].choices is not None and not child["sex"].nullable
    assert child["date_of_birth"].kind == s.DATE and child["date_of_birth"].nullable
    assert child["personal_id"].length == 12
    assert child["household_id"].references == "household"
    assert {c.kind for c in COLUMNS["case_file"]} >= {s.DATETIME, s.LIST, s.BOOL}
    assert COLUMNS["allowance"][2] == s.Column("coefficient", s.FLOAT)
    assert not any(c.name in ("id", "version", "server_seq") for cs in COLUMNS.values()
                   for c in cs)


def test_every_row_the_app_writes_passes_the_server_s_check(tmp_path: Path) -> None:
    """Seeded registers hold every table with every kind of value: as pushed (content of the
    whole row), none of them may be refused."""
    store = make_store(tmp_path / "reg")
    try:
        seed_register(store, children=60, seed=3)
        seen = set()
        with store.unit_of_work(write=False) as uow:
            for table in SYNCED_TABLES:
                for raw in read_rows(uow.session, table):
                    assert row_problem(table, content(table, raw)) is None, (table, raw["id"])
                    seen.add(table)
        assert {"child", "carer", "case_file", "home_visit", "plan_task", "review"} <= seen
    finally:
        store.close()


GOOD = {
    "commune_code": "11560", "full_name": "Nguyễn Văn An", "sex": "nam",
    "date_of_birth": "2015-03-04", "dob_estimated": False, "personal_id": "031215000123",
    "household_id": "0192f0a0-0000-7000-8000-000000000001", "ethnicity": "Kinh",
    "birth_registration": "da_dang_ky", "village": "Thôn 1", "permanent_address": "",
    "current_address": "", "school": "", "disability": "khong", "hiv_positive": None,
    "health_insurance_card": "", "alternative_care": "khong", "collaborator": "", "notes": "",
}


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("sex", "alien", s.INVALID_VALUE),
        ("sex", None, s.MISSING_VALUE),
        ("date_of_birth", "not-a-date", s.INVALID_VALUE),
        ("date_of_birth", "2015-02-30", s.INVALID_VALUE),
        ("date_of_birth", "20150304", s.INVALID_VALUE),
        ("date_of_birth", "2026-W01-1", s.INVALID_VALUE),
        ("dob_estimated", "false", s.INVALID_VALUE),
        ("hiv_positive", 1, s.INVALID_VALUE),
        ("personal_id", "0312150001234", s.TOO_LONG),
        ("household_id", "not-a-row-id", s.INVALID_VALUE),
        ("full_name", 7, s.INVALID_VALUE),
        ("nickname", "Bé", s.UNKNOWN_COLUMN),
    ],
)
def test_each_kind_of_bad_value_is_named_by_its_column(column, value, code) -> None:
    assert row_problem("child", GOOD) is None
    found = row_problem("child", {**GOOD, column: value})
    assert found == s.Problem(code, column)
    missing = {k: v for k, v in GOOD.items() if k != "birth_registration"}
    assert row_problem("child", missing) == s.Problem(s.MISSING_VALUE, "birth_registration")


def test_times_lists_and_numbers_travel_in_one_form_only() -> None:
    check = CHECKS["case_file"]
    row = {c.name: None for c in COLUMNS["case_file"]} | {
        "commune_code": "11560", "code": "0001/2026", "code_confirmed": False,
        "stage": "tiep_nhan", "unidentified_description": "", "received_at":
        "2026-03-10T02:30:00.000000Z", "channel": "truc_tiep", "hotline_ref": "",
        "category": "co_nguy_co", "abuse_types": ["bao_luc"], "place": "", "situation": "",
        "likely_outcome": "", "actions_taken": "", "emergency": False,
        "perpetrator_relationship": "", "sexual_abuse_details": "", "transfer_to_commune": "",
    }
    assert check.problem(row) is None
    # Both sides sum a time by its text: a second form would never match.
    for when in ("2026-03-10T02:30:00Z", "2026-03-10 02:30:00.000000",
                 "2026-03-10T25:00:00.000000Z"):
        assert check.problem({**row, "received_at": when}) == s.Problem(s.INVALID_VALUE,
                                                                         "received_at")
    assert check.problem({**row, "abuse_types": ["khong_co"]}).column == "abuse_types"
    assert check.problem({**row, "abuse_types": "bao_luc"}).column == "abuse_types"
    allowance = CHECKS["allowance"]
    base = {"child_id": GOOD["household_id"], "category": "K1", "coefficient": 1.5,
            "monthly_amount": 540000, "decision_number": "", "decision_date": None,
            "start_date": None, "end_date": None}
    assert allowance.problem(base) is None
    assert allowance.problem({**base, "coefficient": 2}) == s.Problem(s.INVALID_VALUE,
                                                                      "coefficient")
    assert allowance.problem({**base, "monthly_amount": True}).column == "monthly_amount"
