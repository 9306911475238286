"""The values of each printed form, gathered from one case or child in the register."""

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import case as c
from desktop.domain.child import Child, ChildFile
from desktop.domain.enums import AbuseType, ReviewOutcome, RiskLevel, SpecialGroup
from desktop.domain.errors import DomainError
from desktop.domain.visit import HomeVisit
from desktop.printing import wording as w
from desktop.printing.text import day_text, vnd
from desktop.reference.groups import group_label
from desktop.storage.unit_of_work import UnitOfWork

HARM_CRITERIA = (
    ("harm_still_serious", "Tổn hại đối với trẻ em vẫn còn nghiêm trọng"),
    ("abuser_access", "Người gây tổn hại vẫn có thể tiếp cận trẻ em"),
    ("care_obstacles", "Trở ngại đối với sự an toàn trong môi trường chăm sóc trẻ em"),
)
CAPACITY_CRITERIA = (
    ("self_protection", "Khả năng tự bảo vệ của trẻ em"),
    ("recovery", "Khả năng phục hồi của trẻ em"),
)
OUTCOMES = {
    ReviewOutcome.CLOSE: "Kết thúc kế hoạch hỗ trợ, can thiệp; đóng hồ sơ trường hợp",
    ReviewOutcome.NEW_CYCLE: "Tiếp tục đánh giá, xây dựng kế hoạch hỗ trợ, can thiệp mới",
}


class DocumentError(DomainError):
    """documents.not_found (what, ref) or documents.no_record (form): nothing to print."""


@dataclass
class Gathered:
    """A form's values and the record it is dated and numbered by."""

    day: date | None
    values: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    number: str = ""  # a number the record already carries (decisions)
    restricted: set[str] = field(default_factory=set)  # restricted values holding real data


def child_file(uow: UnitOfWork, child_id: str) -> ChildFile:
    child = uow.children.find(child_id)
    if child is None:
        raise DocumentError("documents.not_found", what="child", ref=child_id)
    household = uow.households.find(child.household_id) if child.household_id else None
    return ChildFile(
        child=child,
        household=household,
        carers=uow.carers.where(child_id=child_id, order_by="created_at"),
        groups=uow.groups.where(child_id=child_id, order_by="created_at"),
        allowances=uow.allowances.where(child_id=child_id, order_by="created_at"),
    )


def _latest(records: list, attr: str):
    return max(records, key=lambda r: getattr(r, attr)) if records else None


class CaseForms:
    """Builds each case form's values; `today` dates ages on the document's own day."""

    def __init__(self, uow: UnitOfWork, case: c.Case, officer_name: str) -> None:
        self.uow = uow
        self.case = case
        self.file = child_file(uow, case.child_id) if case.child_id else None
        self.child: Child | None = self.file.child if self.file else None
        self.officer_name = officer_name

    def _need(self, record, form: str):
        if record is None:
            raise DocumentError("documents.no_record", form=form)
        return record

    def base(self, day: date | None) -> dict[str, str]:
        today = day or date.today()
        values = w.child_values(self.child, self.case, today)
        values.update(w.family_values(self.file.carers if self.file else [], today))
        values.update(
            case_code=self.case.code,
            officer_name=self.officer_name,
            received_time=w.moment_text(self.case.received_at),
            situation=self.case.situation,
        )
        return values

    def mau01(self) -> Gathered:
        case = self.case
        day = w.local_day(case.received_at)
        values = self.base(day)
        informant = _latest(self.uow.informants.where(case_id=case.id), "created_at")
        values.update(w.informant_values(informant))
        restricted = set()
        if informant is not None and informant.consents_to_record:
            restricted |= {"informant_name", "informant_phone", "informant_address"}
        if case.perpetrator_relationship:
            restricted.add("perpetrator")
        if case.sexual_abuse_details:
            restricted.add("sexual_details")
        values.update(
            category_title=w.CATEGORY_TITLES[case.category],
            channel=w.lab(case.channel),
            hotline_ref=case.hotline_ref or "Không",
            place=case.place,
            abuse_types=", ".join(w.lab(a) for a in case.abuse_types) or "Không",
            likely_outcome=case.likely_outcome,
            family_situation=w.family_situation(self.file),
            actions_taken=case.actions_taken,
            perpetrator=case.perpetrator_relationship or "Chưa xác định",
            sexual_details=case.sexual_abuse_details
            or ("Không" if AbuseType.SEXUAL not in case.abuse_types else ""),
        )
        return Gathered(day, values, restricted=restricted)

    def mau02(self) -> Gathered:
        rows = self.uow.initial_assessments.where(case_id=self.case.id)
        found = self._need(_latest(rows, "assessed_at"), "mau02")
        day = w.local_day(found.assessed_at)
        values = self.base(day)
        values.update(
            assessed_time=w.moment_text(found.assessed_at),
            risk_level=w.lab(found.risk_level),
            emergency=w.yes_no(found.emergency),
            harm_description=found.harm_description,
            safety_measures=found.safety_measures,
        )
        return Gathered(day, values)

    def mau03(self) -> Gathered:
        rows = self.uow.detailed_assessments.where(case_id=self.case.id)
        found = self._need(_latest(rows, "assessed_at"), "mau03")
        day = w.local_day(found.assessed_at)
        values = self.base(day)
        for name in (
            "physical_emotional",
            "family_capacity",
            "risk_factors",
            "schooling_self_protection",
            "community_safety",
            "needs",
            "child_views",
            "parent_views",
        ):
            values[name] = getattr(found, name)
        values.update(
            assessed_time=w.moment_text(found.assessed_at), risk_level=w.lab(found.risk_level)
        )
        return Gathered(day, values)

    def bien_ban_hop(self) -> Gathered:
        rows = self.uow.meetings.where(case_id=self.case.id)
        found = self._need(_latest(rows, "held_at"), "bien_ban_hop")
        day = w.local_day(found.held_at)
        values = self.base(day)
        values.update(
            held_time=w.moment_text(found.held_at),
            chaired_by=found.chaired_by,
            minutes=found.minutes,
        )
        return Gathered(day, values, lists={"attendees": list(found.attendees)})

    def _plan(self, plan_id: str | None = None) -> c.SupportPlan:
        if plan_id is not None:
            return self.uow.plans.get(plan_id)
        plans = self.uow.plans.where(case_id=self.case.id)
        return self._need(_latest(plans, "version_no"), "mau04")

    def _plan_values(self, plan: c.SupportPlan, day: date | None) -> Gathered:
        tasks = self.uow.plan_tasks.where(plan_id=plan.id)
        values = self.base(day)
        values.update(goals=plan.goals, total_cost=vnd(sum(t.cost for t in tasks)))
        return Gathered(day, values, tables={"tasks": w.task_rows(plan, tasks)})

    def mau04(self) -> Gathered:
        plan = self._plan()
        return self._plan_values(plan, w.local_day(plan.submitted_at or plan.drafted_at))

    def mau05(self, chairman: str) -> Gathered:
        rows = self.uow.approvals.where(case_id=self.case.id)
        decision = self._need(_latest(rows, "decided_on"), "mau05")
        gathered = self._plan_values(self._plan(decision.plan_id), decision.decided_on)
        gathered.values.update(
            decision_number=w.padded_number(decision.decision_number),
            decided_on=day_text(decision.decided_on),
            **_signer(decision.signer_name or chairman, decision.signer_is_deputy),
        )
        gathered.number = w.split_number(decision.decision_number)
        return gathered

    def mau06(self) -> Gathered:
        review = self._need(
            _latest(self.uow.reviews.where(case_id=self.case.id), "reviewed_on"), "mau06"
        )
        values = self.base(review.reviewed_on)
        values.update(
            reviewed_on=day_text(review.reviewed_on),
            conclusion=review.conclusion,
            outcome=OUTCOMES[review.outcome],
        )
        tables = {}
        for key, criteria in (("harm", HARM_CRITERIA), ("capacity", CAPACITY_CRITERIA)):
            levels = [getattr(review, name) for name, _ in criteria]
            tables[key] = [
                {"criterion": text, **_marks(level)}
                for (_, text), level in zip(criteria, levels, strict=True)
            ]
            for level, column in _COLUMNS.items():
                values[f"{key}_{column}"] = str(levels.count(level))
        return Gathered(review.reviewed_on, values, tables=tables)

    def mau07(self, chairman: str) -> Gathered:
        rows = self.uow.isolations.where(case_id=self.case.id)
        found = self._need(_latest(rows, "decided_at"), "mau07")
        day = w.local_day(found.decided_at)
        values = self.base(day)
        values.update(
            start_date=day_text(found.start_date),
            end_date=day_text(found.end_date),
            safe_place=found.safe_place,
            carer_name=found.carer_name,
            **_signer(chairman, False),
        )
        extensions = sorted(
            self.uow.isolation_extensions.where(isolation_id=found.id), key=lambda e: e.decided_at
        )
        lines = [
            f"Gia hạn đến hết ngày {day_text(e.new_end_date)}"
            + (f": {e.reason}" if e.reason else "")
            for e in extensions
        ]
        return Gathered(
            day, values, lists={"extensions": lines}, number=w.split_number(found.decision_number)
        )

    def visit(self, visit: HomeVisit) -> Gathered:
        day = w.local_day(visit.visited_at)
        values = self.base(day)
        values.update(visit_values(visit))
        return Gathered(day, values, lists={"risk_flags": list(visit.risk_flags)})


def visit_values(visit: HomeVisit) -> dict[str, str]:
    return {
        "visited_time": w.moment_text(visit.visited_at),
        "visitors": visit.visitors,
        "people_met": visit.people_met,
        "child_seen": w.yes_no(visit.child_seen),
        "observations": visit.observations,
        "actions_taken": visit.actions_taken,
        "next_visit_on": day_text(visit.next_visit_on),
    }


_COLUMNS = {RiskLevel.HIGH: "high", RiskLevel.MEDIUM: "medium", RiskLevel.LOW: "low"}


def _marks(level: RiskLevel) -> dict[str, str]:
    return {column: ("X" if level is lvl else "") for lvl, column in _COLUMNS.items()}


def _signer(name: str, deputy: bool) -> dict[str, str]:
    if deputy:
        return {
            "approver_authority": "KT. CHỦ TỊCH",
            "approver_title": "PHÓ CHỦ TỊCH",
            "approver_name": name,
        }
    return {"approver_authority": "", "approver_title": "CHỦ TỊCH", "approver_name": name}


def profile(file: ChildFile, today: date, officer_name: str) -> Gathered:
    child = file.child
    values = w.child_values(child, None, today)
    hiv_group = any(m.group is SpecialGroup.DD for m in file.groups)
    values.update(
        officer_name=officer_name,
        personal_id=child.personal_id or "",
        ethnicity=child.ethnicity,
        birth_registration=w.lab(child.birth_registration),
        village=child.village,
        permanent_address=child.permanent_address,
        school=child.school or "Không",
        disability=w.lab(child.disability),
        hiv="Có"
        if child.hiv_positive or hiv_group
        else w.yes_no(child.hiv_positive) or "Chưa có thông tin",
        health_insurance_card=child.health_insurance_card,
        alternative_care=w.lab(child.alternative_care),
        collaborator=child.collaborator,
        household=file.household.head_name if file.household else "",
        notes=child.notes or "Không",
    )
    carers = [
        {
            "name": p.full_name,
            "relation": w.lab(p.relation),
            "birth_year": str(p.birth_year or ""),
            "occupation": p.occupation,
            "status": w.lab(p.status),
            "phone": p.phone,
        }
        for p in file.carers
    ]
    groups = [
        {
            "group": group_label(m.group),
            "subgroup": m.subgroup,
            "start": day_text(m.start_date),
            "end": day_text(m.end_date),
        }
        for m in file.groups
    ]
    allowances = [
        {
            "category": w.lab(a.category),
            "coefficient": f"{a.coefficient:g}".replace(".", ","),
            "amount": vnd(a.monthly_amount),
            "decision": " ngày ".join(
                x for x in (a.decision_number, day_text(a.decision_date)) if x
            ),
            "start": day_text(a.start_date),
        }
        for a in file.allowances
    ]
    restricted = {"ethnicity"} if child.ethnicity else set()
    if child.hiv_positive is not None or hiv_group:
        restricted.add("hiv")
    tables = {"carers": carers, "groups": groups, "allowances": allowances}
    return Gathered(today, values, tables=tables, restricted=restricted)
