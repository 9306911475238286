"""The editor of each case step: its fields, and the service call that stores it."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.domain.case_flow_file import Step
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import CaseStage, ReviewOutcome, RiskLevel, TransferTarget
from desktop.domain.permissions import Action
from desktop.services import cases
from desktop.services.cases import views as cases_views
from desktop.services.cases.views import CaseView
from desktop.ui.cases.form import Field, StepDialog
from desktop.ui.cases.texts import fmt_date, tr
from desktop.ui.context import AppContext

S = CaseStage
RISKS = (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)
ITEM_LABELS = (
    ("physical_emotional", QT_TRANSLATE_NOOP("CaseText", "a) Physical and emotional state")),
    ("family_capacity", QT_TRANSLATE_NOOP("CaseText", "b) Family and its capacity to protect")),
    ("risk_factors", QT_TRANSLATE_NOOP("CaseText", "c) Risk factors")),
    (
        "schooling_self_protection",
        QT_TRANSLATE_NOOP("CaseText", "d) Schooling and self-protection"),
    ),
    ("community_safety", QT_TRANSLATE_NOOP("CaseText", "e) Community safety and support")),
    (
        "needs",
        QT_TRANSLATE_NOOP(
            "CaseText", "f) Needs: medical, assistance, education, legal, psychological"
        ),
    ),
    ("child_views", QT_TRANSLATE_NOOP("CaseText", "g) The child's views")),
    ("parent_views", QT_TRANSLATE_NOOP("CaseText", "h) The parents' views")),
)
RATINGS = (
    ("harm_still_serious", QT_TRANSLATE_NOOP("CaseText", "Harm still serious")),
    ("abuser_access", QT_TRANSLATE_NOOP("CaseText", "Abuser can still reach the child")),
    ("care_obstacles", QT_TRANSLATE_NOOP("CaseText", "Obstacles in the care environment")),
    ("self_protection", QT_TRANSLATE_NOOP("CaseText", "Child's capacity to protect themselves")),
    ("recovery", QT_TRANSLATE_NOOP("CaseText", "Child's capacity to recover")),
)


@dataclass(frozen=True)
class StepEditor:
    key: str
    button: str  # English source, translated in context CaseText
    action: Action
    stages: frozenset[CaseStage]
    fields: Callable[[CaseView], list[Field]]
    submit: Callable[..., object]  # (store, case_id, values) -> StepDone
    when: Callable[[CaseView], bool] = lambda view: True


def _reason(label: str = QT_TRANSLATE_NOOP("CaseText", "Reason")) -> Field:
    return Field("reason", tr(label), "text")


def _today(view: CaseView):
    return view.now.astimezone(LOCAL_TZ).date()


def _closing_fields(view: CaseView) -> list[Field]:
    """Both ways of closing ask the same: the day, and why."""
    closed_on = tr(QT_TRANSLATE_NOOP("CaseText", "Closed on"))
    return [Field("closed_on", closed_on, "date", default=_today(view)), _reason()]


OPEN = frozenset(CaseStage) - {S.CLOSED, S.CLOSED_NO_ACTION, S.TRANSFERRED}

EDITORS: tuple[StepEditor, ...] = (
    StepEditor(
        Step.INITIAL_ASSESSMENT,
        QT_TRANSLATE_NOOP("CaseText", "Initial assessment"),
        Action.ASSESS,
        frozenset({S.RECEIVED, S.INITIAL_ASSESSMENT}),
        lambda v: [
            Field(
                "risk_level",
                tr(QT_TRANSLATE_NOOP("CaseText", "Risk level")),
                "enum",
                RISKS,
                RiskLevel.MEDIUM,
            ),
            Field(
                "emergency",
                tr(
                    QT_TRANSLATE_NOOP(
                        "CaseText", "The child is in danger: emergency measures within 12 hours"
                    )
                ),
                "bool",
                default=v.summary.emergency,
            ),
            Field("harm_description", tr(QT_TRANSLATE_NOOP("CaseText", "Harm observed")), "text"),
            Field(
                "safety_measures",
                tr(QT_TRANSLATE_NOOP("CaseText", "Temporary safety measures taken")),
                "text",
            ),
        ],
        lambda st, cid, x: cases.record_initial_assessment(st, cid, **x),
    ),
    StepEditor(
        Step.EMERGENCY,
        QT_TRANSLATE_NOOP("CaseText", "Emergency measures"),
        Action.EMERGENCY,
        frozenset({S.RECEIVED, S.INITIAL_ASSESSMENT}),
        lambda v: [
            Field(
                "measures",
                tr(
                    QT_TRANSLATE_NOOP(
                        "CaseText", "Measures taken (police, first aid, evidence, 111)"
                    )
                ),
                "text",
            )
        ],
        lambda st, cid, x: cases.record_emergency_measures(st, cid, x["measures"]),
    ),
    StepEditor(
        Step.ISOLATION,
        QT_TRANSLATE_NOOP("CaseText", "Isolation decision"),
        Action.ISOLATE,
        frozenset({S.RECEIVED, S.INITIAL_ASSESSMENT, S.EMERGENCY}),
        lambda v: [
            Field("decision_number", tr(QT_TRANSLATE_NOOP("CaseText", "Decision number"))),
            Field(
                "start_date", tr(QT_TRANSLATE_NOOP("CaseText", "From")), "date", default=_today(v)
            ),
            Field(
                "end_date",
                tr(QT_TRANSLATE_NOOP("CaseText", "Until")),
                "date",
                default=_today(v) + timedelta(days=7),
            ),
            Field("safe_place", tr(QT_TRANSLATE_NOOP("CaseText", "Safe place"))),
            Field("carer_name", tr(QT_TRANSLATE_NOOP("CaseText", "Carer"))),
            Field(
                "ordered_by_authority",
                tr(QT_TRANSLATE_NOOP("CaseText", "An authority ordered a longer period")),
                "bool",
            ),
        ],
        lambda st, cid, x: cases.decide_isolation(st, cid, **x),
    ),
    StepEditor(
        Step.ISOLATION_EXTENSION,
        QT_TRANSLATE_NOOP("CaseText", "Extend isolation"),
        Action.ISOLATE,
        OPEN,
        lambda v: [
            Field(
                "new_end_date",
                tr(QT_TRANSLATE_NOOP("CaseText", "New end date")),
                "date",
                default=v.isolation_end,
            ),
            _reason(),
            Field(
                "ordered_by_authority",
                tr(QT_TRANSLATE_NOOP("CaseText", "An authority ordered a longer period")),
                "bool",
            ),
        ],
        lambda st, cid, x: cases.extend_isolation(st, cid, **x),
        lambda v: v.isolation is not None,
    ),
    StepEditor(
        Step.ISOLATION_END,
        QT_TRANSLATE_NOOP("CaseText", "End isolation"),
        Action.ISOLATE,
        OPEN,
        lambda v: [
            Field("on", tr(QT_TRANSLATE_NOOP("CaseText", "Ended on")), "date", default=_today(v)),
            _reason(),
        ],
        lambda st, cid, x: cases.end_isolation(st, cid, **x),
        lambda v: v.isolation is not None,
    ),
    StepEditor(
        Step.DETAILED_ASSESSMENT,
        QT_TRANSLATE_NOOP("CaseText", "Detailed assessment"),
        Action.ASSESS,
        frozenset(
            {S.INITIAL_ASSESSMENT, S.EMERGENCY, S.ISOLATION, S.DETAILED_ASSESSMENT, S.PLANNING}
        ),
        lambda v: (
            [Field(n, tr(label), "text") for n, label in ITEM_LABELS]
            + [
                Field(
                    "risk_level",
                    tr(QT_TRANSLATE_NOOP("CaseText", "Risk level")),
                    "enum",
                    RISKS,
                    v.summary.risk_level or RiskLevel.MEDIUM,
                )
            ]
        ),
        lambda st, cid, x: cases.record_detailed_assessment(
            st, cid, risk_level=x.pop("risk_level"), items=x
        ),
    ),
    StepEditor(
        Step.MEETING,
        QT_TRANSLATE_NOOP("CaseText", "Case meeting"),
        Action.MEETING,
        frozenset({S.DETAILED_ASSESSMENT, S.PLANNING, S.REVIEW}),
        lambda v: [
            Field(
                "held_at", tr(QT_TRANSLATE_NOOP("CaseText", "Held at")), "datetime", default=v.now
            ),
            Field("chaired_by", tr(QT_TRANSLATE_NOOP("CaseText", "Chaired by"))),
            Field(
                "attendees", tr(QT_TRANSLATE_NOOP("CaseText", "Attendees (one per line)")), "lines"
            ),
            Field("minutes", tr(QT_TRANSLATE_NOOP("CaseText", "Minutes")), "text"),
        ],
        lambda st, cid, x: cases.record_meeting(st, cid, **x),
    ),
    StepEditor(
        Step.PLAN_START,
        QT_TRANSLATE_NOOP("CaseText", "Start the plan"),
        Action.PLAN_EDIT,
        frozenset({S.DETAILED_ASSESSMENT}),
        lambda v: [Field("goals", tr(QT_TRANSLATE_NOOP("CaseText", "Goals of the plan")), "text")],
        lambda st, cid, x: cases.start_plan(st, cid, goals=x["goals"]),
    ),
    StepEditor(
        Step.PLAN_APPROVE,
        QT_TRANSLATE_NOOP("CaseText", "Approve the plan"),
        Action.PLAN_APPROVE,
        frozenset({S.AWAITING_APPROVAL}),
        lambda v: [
            Field("decision_number", tr(QT_TRANSLATE_NOOP("CaseText", "Decision number"))),
            Field(
                "decided_on",
                tr(QT_TRANSLATE_NOOP("CaseText", "Decision date")),
                "date",
                default=_today(v),
            ),
            Field("signer_name", tr(QT_TRANSLATE_NOOP("CaseText", "Signed by"))),
            Field(
                "signer_is_deputy",
                tr(QT_TRANSLATE_NOOP("CaseText", "Signed by a Vice-Chairman")),
                "bool",
            ),
        ],
        lambda st, cid, x: cases.approve_plan(st, cid, **x),
    ),
    StepEditor(
        Step.PLAN_RETURN,
        QT_TRANSLATE_NOOP("CaseText", "Return the plan"),
        Action.PLAN_RETURN,
        frozenset({S.AWAITING_APPROVAL}),
        lambda v: [_reason(QT_TRANSLATE_NOOP("CaseText", "What must change"))],
        lambda st, cid, x: cases.return_plan(st, cid, **x),
    ),
    StepEditor(
        Step.REVIEW,
        QT_TRANSLATE_NOOP("CaseText", "Review"),
        Action.REVIEW,
        frozenset({S.IMPLEMENTING}),
        lambda v: (
            [
                Field(
                    "reviewed_on",
                    tr(QT_TRANSLATE_NOOP("CaseText", "Review date")),
                    "date",
                    default=_today(v),
                )
            ]
            + [Field(n, tr(label), "enum", RISKS, RiskLevel.MEDIUM) for n, label in RATINGS]
            + [
                Field("conclusion", tr(QT_TRANSLATE_NOOP("CaseText", "Conclusion")), "text"),
                Field(
                    "outcome",
                    tr(QT_TRANSLATE_NOOP("CaseText", "Proposal")),
                    "enum",
                    tuple(ReviewOutcome),
                ),
            ]
        ),
        lambda st, cid, x: cases.record_review(
            st,
            cid,
            reviewed_on=x.pop("reviewed_on"),
            conclusion=x.pop("conclusion"),
            outcome=x.pop("outcome"),
            ratings=x,
        ),
    ),
    StepEditor(
        Step.NEW_CYCLE,
        QT_TRANSLATE_NOOP("CaseText", "New plan cycle"),
        Action.PLAN_EDIT,
        frozenset({S.REVIEW}),
        lambda v: [Field("goals", tr(QT_TRANSLATE_NOOP("CaseText", "Goals of the plan")), "text")],
        lambda st, cid, x: cases.new_plan_cycle(st, cid, **x),
    ),
    StepEditor(
        Step.CLOSE,
        QT_TRANSLATE_NOOP("CaseText", "Close the case"),
        Action.CLOSE,
        frozenset({S.REVIEW}),
        _closing_fields,
        lambda st, cid, x: cases.close_case(st, cid, **x),
    ),
    StepEditor(
        Step.CLOSE_NO_ACTION,
        QT_TRANSLATE_NOOP("CaseText", "Close without intervention"),
        Action.CLOSE,
        frozenset({S.INITIAL_ASSESSMENT, S.DETAILED_ASSESSMENT}),
        _closing_fields,
        lambda st, cid, x: cases.close_no_action(st, cid, **x),
    ),
    StepEditor(
        Step.TRANSFER,
        QT_TRANSLATE_NOOP("CaseText", "Transfer"),
        Action.TRANSFER,
        OPEN,
        lambda v: [
            Field(
                "target",
                tr(QT_TRANSLATE_NOOP("CaseText", "Transfer to")),
                "enum",
                tuple(TransferTarget),
            ),
            Field("to_commune", tr(QT_TRANSLATE_NOOP("CaseText", "Commune code (5 digits)"))),
            _reason(),
        ],
        lambda st, cid, x: cases.transfer_case(st, cid, **x),
    ),
    StepEditor(
        Step.REOPEN,
        QT_TRANSLATE_NOOP("CaseText", "Reopen"),
        Action.REOPEN,
        frozenset({S.CLOSED, S.CLOSED_NO_ACTION, S.TRANSFERRED}),
        lambda v: [
            _reason(QT_TRANSLATE_NOOP("CaseText", "New information")),
            Field("in_danger", tr(QT_TRANSLATE_NOOP("CaseText", "The child is in danger")), "bool"),
        ],
        lambda st, cid, x: cases.reopen_case(st, cid, **x),
    ),
    StepEditor(
        Step.LINK_CHILD,
        QT_TRANSLATE_NOOP("CaseText", "Link the registered child"),
        Action.LINK_CHILD,
        OPEN,
        lambda v: [
            Field("child_id", tr(QT_TRANSLATE_NOOP("CaseText", "Child in the register")), "pick")
        ],
        lambda st, cid, x: cases.link_child(st, cid, x["child_id"]),
        lambda v: v.summary.child_id is None,
    ),
    StepEditor(
        Step.NOTE,
        QT_TRANSLATE_NOOP("CaseText", "Add a note"),
        Action.NOTE,
        frozenset(CaseStage),
        lambda v: [Field("text", tr(QT_TRANSLATE_NOOP("CaseText", "Note")), "text")],
        lambda st, cid, x: cases.add_note(st, cid, x["text"]),
    ),
)
BY_KEY = {editor.key: editor for editor in EDITORS}


def available(view: CaseView) -> list[StepEditor]:
    """The steps this officer may take on the case now, in the order of the procedure."""
    return [
        e
        for e in EDITORS
        if view.summary.stage in e.stages and e.action in view.allowed and e.when(view)
    ]


def open_editor(ctx: AppContext, view: CaseView, key: str, parent: QWidget) -> StepDialog:
    editor = BY_KEY[key]
    store, case_id = ctx.store, view.summary.id
    dialog = StepDialog(
        ctx,
        f"{tr(editor.button)} — {view.summary.code}",
        editor.fields(view),
        lambda values: editor.submit(store, case_id, values),
        draft_key=f"{case_id}:{key}",
        now=view.now,
        parent=parent,
    )
    for spec in dialog.fields:
        if spec.kind == "pick":
            load_children(ctx, dialog, spec.name)
    return dialog


def load_children(ctx: AppContext, dialog: StepDialog, name: str) -> None:
    """Fill a child picker from the register, off the GUI thread."""
    store = ctx.store

    def fill(children) -> None:
        items = [
            (child_id, f"{full} ({fmt_date(born)})" if born else full)
            for child_id, full, born in children
        ]
        dialog.set_choices(name, items)

    ctx.read(lambda: cases_views.child_choices(store), fill, context=dialog)
