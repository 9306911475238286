"""The initial register schema: every synced table, the audit trail and the search index."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_event_entity_entity_id"), ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "household",
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("head_name", sa.Text(), nullable=False),
        sa.Column("village", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("poverty", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    op.create_table(
        "officer",
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("username", name=op.f("uq_officer_username")),
    )
    op.create_table(
        "child",
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(length=32), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("dob_estimated", sa.Boolean(), nullable=False),
        sa.Column("personal_id", sa.String(length=12), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("ethnicity", sa.Text(), nullable=False),
        sa.Column("birth_registration", sa.String(length=32), nullable=False),
        sa.Column("village", sa.Text(), nullable=False),
        sa.Column("permanent_address", sa.Text(), nullable=False),
        sa.Column("current_address", sa.Text(), nullable=False),
        sa.Column("school", sa.Text(), nullable=False),
        sa.Column("disability", sa.String(length=32), nullable=False),
        sa.Column("hiv_positive", sa.Boolean(), nullable=True),
        sa.Column("health_insurance_card", sa.Text(), nullable=False),
        sa.Column("alternative_care", sa.String(length=32), nullable=False),
        sa.Column("collaborator", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_child_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_child_commune_code_village"), ["commune_code", "village"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_child_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_child_personal_id"), ["personal_id"], unique=False)

    op.create_table(
        "allowance",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("coefficient", sa.Float(), nullable=False),
        sa.Column("monthly_amount", sa.Integer(), nullable=False),
        sa.Column("decision_number", sa.Text(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_allowance_child_id_child")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allowance")),
    )
    with op.batch_alter_table("allowance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allowance_child_id"), ["child_id"], unique=False)

    op.create_table(
        "carer",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("occupation", sa.Text(), nullable=False),
        sa.Column("personal_id", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name=op.f("fk_carer_child_id_child")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carer")),
    )
    with op.batch_alter_table("carer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_carer_child_id"), ["child_id"], unique=False)

    op.create_table(
        "case_file",
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("code_confirmed", sa.Boolean(), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=True),
        sa.Column("unidentified_description", sa.Text(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("hotline_ref", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("abuse_types", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("likely_outcome", sa.Text(), nullable=False),
        sa.Column("actions_taken", sa.Text(), nullable=False),
        sa.Column("risk_level", sa.String(length=32), nullable=True),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("perpetrator_relationship", sa.Text(), nullable=False),
        sa.Column("sexual_abuse_details", sa.Text(), nullable=False),
        sa.Column("transfer_target", sa.String(length=32), nullable=True),
        sa.Column("transfer_to_commune", sa.String(length=5), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_case_file_child_id_child")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_file_child_id"), ["child_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_file_commune_code_code"), ["commune_code", "code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_file_stage"), ["stage"], unique=False)

    op.create_table(
        "child_search",
        sa.Column("rid", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("id_number", sa.Text(), nullable=False),
        sa.Column("carers", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_child_search_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rid", name=op.f("pk_child_search")),
        sa.UniqueConstraint("child_id", name=op.f("uq_child_search_child_id")),
    )
    op.create_table(
        "group_membership",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("group", sa.String(length=32), nullable=False),
        sa.Column("subgroup", sa.String(length=8), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_group_membership_child_id_child")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_membership")),
    )
    with op.batch_alter_table("group_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_membership_child_id"), ["child_id"], unique=False
        )

    op.create_table(
        "case_event",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("from_stage", sa.String(length=32), nullable=True),
        sa.Column("to_stage", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_event_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_meeting",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("chaired_by", sa.Text(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_meeting_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_meeting")),
    )
    with op.batch_alter_table("case_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_meeting_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_note",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("revision_of", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_note_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_note")),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "closure",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_closure_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure")),
    )
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_case_id"), ["case_id"], unique=False)

    op.create_table(
        "detailed_assessment",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("physical_emotional", sa.Text(), nullable=False),
        sa.Column("family_capacity", sa.Text(), nullable=False),
        sa.Column("risk_factors", sa.Text(), nullable=False),
        sa.Column("schooling_self_protection", sa.Text(), nullable=False),
        sa.Column("community_safety", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("child_views", sa.Text(), nullable=False),
        sa.Column("parent_views", sa.Text(), nullable=False),
        sa.Column("risk_level", sa.String(length=32), nullable=True),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_detailed_assessment_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detailed_assessment")),
    )
    with op.batch_alter_table("detailed_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_detailed_assessment_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "home_visit",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("visited_at", sa.DateTime(), nullable=False),
        sa.Column("visitors", sa.Text(), nullable=False),
        sa.Column("people_met", sa.Text(), nullable=False),
        sa.Column("child_seen", sa.Boolean(), nullable=False),
        sa.Column("observations", sa.Text(), nullable=False),
        sa.Column("risk_flags", sa.Text(), nullable=False),
        sa.Column("actions_taken", sa.Text(), nullable=False),
        sa.Column("next_visit_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("revision_of", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_home_visit_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name=op.f("fk_home_visit_child_id_child")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_visit")),
    )
    with op.batch_alter_table("home_visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_home_visit_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_home_visit_child_id"), ["child_id"], unique=False)

    op.create_table(
        "informant",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("consents_to_record", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_informant_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_informant")),
    )
    with op.batch_alter_table("informant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_informant_case_id"), ["case_id"], unique=False)

    op.create_table(
        "initial_assessment",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("risk_level", sa.String(length=32), nullable=False),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("harm_description", sa.Text(), nullable=False),
        sa.Column("safety_measures", sa.Text(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_initial_assessment_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initial_assessment")),
    )
    with op.batch_alter_table("initial_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initial_assessment_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "isolation",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("decision_number", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("safe_place", sa.Text(), nullable=False),
        sa.Column("carer_name", sa.Text(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_isolation_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_isolation")),
    )
    with op.batch_alter_table("isolation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_isolation_case_id"), ["case_id"], unique=False)

    op.create_table(
        "review",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("harm_still_serious", sa.String(length=32), nullable=False),
        sa.Column("abuser_access", sa.String(length=32), nullable=False),
        sa.Column("care_obstacles", sa.String(length=32), nullable=False),
        sa.Column("self_protection", sa.String(length=32), nullable=False),
        sa.Column("recovery", sa.String(length=32), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_review_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_case_id"), ["case_id"], unique=False)

    op.create_table(
        "support_plan",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("drafted_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_support_plan_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_plan")),
    )
    with op.batch_alter_table("support_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_plan_case_id"), ["case_id"], unique=False)

    op.create_table(
        "approval_decision",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("decision_number", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=False),
        sa.Column("signer_is_deputy", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_approval_decision_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["support_plan.id"], name=op.f("fk_approval_decision_plan_id_support_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_decision")),
    )
    with op.batch_alter_table("approval_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_decision_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_decision_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "isolation_extension",
        sa.Column("isolation_id", sa.String(length=36), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("new_end_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["isolation_id"],
            ["isolation.id"],
            name=op.f("fk_isolation_extension_isolation_id_isolation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_isolation_extension")),
    )
    with op.batch_alter_table("isolation_extension", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_isolation_extension_isolation_id"), ["isolation_id"], unique=False
        )

    op.create_table(
        "plan_task",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("expected_end", sa.Date(), nullable=True),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("progress_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_updated_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["support_plan.id"], name=op.f("fk_plan_task_plan_id_support_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_task")),
    )
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_task_plan_id"), ["plan_id"], unique=False)

    create_search_index()
    create_append_only_guards()


def downgrade() -> None:
    drop_append_only_guards()
    drop_search_index()
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_task_plan_id"))

    op.drop_table("plan_task")
    with op.batch_alter_table("isolation_extension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_isolation_extension_isolation_id"))

    op.drop_table("isolation_extension")
    with op.batch_alter_table("approval_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_decision_plan_id"))
        batch_op.drop_index(batch_op.f("ix_approval_decision_case_id"))

    op.drop_table("approval_decision")
    with op.batch_alter_table("support_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_plan_case_id"))

    op.drop_table("support_plan")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_case_id"))

    op.drop_table("review")
    with op.batch_alter_table("isolation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_isolation_case_id"))

    op.drop_table("isolation")
    with op.batch_alter_table("initial_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initial_assessment_case_id"))

    op.drop_table("initial_assessment")
    with op.batch_alter_table("informant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_informant_case_id"))

    op.drop_table("informant")
    with op.batch_alter_table("home_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_home_visit_child_id"))
        batch_op.drop_index(batch_op.f("ix_home_visit_case_id"))

    op.drop_table("home_visit")
    with op.batch_alter_table("detailed_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_detailed_assessment_case_id"))

    op.drop_table("detailed_assessment")
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_case_id"))

    op.drop_table("closure")
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_note_case_id"))

    op.drop_table("case_note")
    with op.batch_alter_table("case_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_meeting_case_id"))

    op.drop_table("case_meeting")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    with op.batch_alter_table("group_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_membership_child_id"))

    op.drop_table("group_membership")
    op.drop_table("child_search")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_file_stage"))
        batch_op.drop_index(batch_op.f("ix_case_file_commune_code_code"))
        batch_op.drop_index(batch_op.f("ix_case_file_child_id"))

    op.drop_table("case_file")
    with op.batch_alter_table("carer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_carer_child_id"))

    op.drop_table("carer")
    with op.batch_alter_table("allowance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allowance_child_id"))

    op.drop_table("allowance")
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_personal_id"))
        batch_op.drop_index(batch_op.f("ix_child_household_id"))
        batch_op.drop_index(batch_op.f("ix_child_commune_code_village"))

    op.drop_table("child")
    op.drop_table("officer")
    op.drop_table("local_setting")
    op.drop_table("household")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_entity_entity_id"))

    op.drop_table("audit_event")


APPEND_ONLY = {
    "home_visit": [
        "child_id",
        "case_id",
        "visited_at",
        "visitors",
        "people_met",
        "child_seen",
        "observations",
        "risk_flags",
        "actions_taken",
        "next_visit_on",
        "author_id",
        "revision_of",
    ],
    "case_note": ["case_id", "written_at", "author_id", "text", "revision_of"],
    "case_event": ["case_id", "at", "officer_id", "from_stage", "to_stage", "note"],
    "audit_event": ["at", "officer_id", "action", "entity", "entity_id", "detail"],
}


def create_append_only_guards() -> None:
    # Sync may still stamp server columns on these rows; their content can never change or vanish.
    for table, columns in APPEND_ONLY.items():
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {', '.join(columns)} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'append-only: {table}'); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'append-only: {table}'); END"
        )


def drop_append_only_guards() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")


def create_search_index() -> None:
    # External-content FTS5 over the folded text table, kept in step by these triggers.
    op.execute(
        "CREATE VIRTUAL TABLE child_search_fts USING fts5("
        "name, id_number, carers, place, content='child_search', content_rowid='rid', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER child_search_ai AFTER INSERT ON child_search BEGIN "
        "INSERT INTO child_search_fts(rowid, name, id_number, carers, place) "
        "VALUES (new.rid, new.name, new.id_number, new.carers, new.place); END"
    )
    op.execute(
        "CREATE TRIGGER child_search_ad AFTER DELETE ON child_search BEGIN "
        "INSERT INTO child_search_fts(child_search_fts, rowid, name, id_number, carers, place) "
        "VALUES ('delete', old.rid, old.name, old.id_number, old.carers, old.place); END"
    )
    op.execute(
        "CREATE TRIGGER child_search_au AFTER UPDATE ON child_search BEGIN "
        "INSERT INTO child_search_fts(child_search_fts, rowid, name, id_number, carers, place) "
        "VALUES ('delete', old.rid, old.name, old.id_number, old.carers, old.place); "
        "INSERT INTO child_search_fts(rowid, name, id_number, carers, place) "
        "VALUES (new.rid, new.name, new.id_number, new.carers, new.place); END"
    )


def drop_search_index() -> None:
    for trigger in ("child_search_ai", "child_search_ad", "child_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS child_search_fts")
