"""Seeding cases through every stage, with their records, notes and home visits."""

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain.deadlines import isolation_limit
from desktop.domain.enums import (
    AbuseType,
    CaseStage,
    IntakeCategory,
    IntakeChannel,
    PlanStatus,
    ReviewOutcome,
    RiskLevel,
    Sex,
    TaskStatus,
    TransferTarget,
)
from desktop.domain.text import nfc
from desktop.services.seed.people import _Family
from desktop.services.seed.texts import (
    _CLOSE_REASONS,
    _CONCLUSIONS_CLOSE,
    _CONCLUSIONS_CONTINUE,
    _DETAILED_ITEMS,
    _EMERGENCY_ACTIONS,
    _EVENT_NOTES,
    _EXTENSION_REASONS,
    _FIRST_ACTIONS,
    _GOALS,
    _HARM,
    _LIKELY_OUTCOMES,
    _MEETING_GUESTS,
    _MINUTES,
    _NO_ACTION_REASONS,
    _NOTES,
    _OBSERVATIONS,
    _PEOPLE_MET,
    _PERPETRATORS,
    _PLACES,
    _PROGRESS,
    _RISK_FLAGS,
    _SAFE_PLACES,
    _SAFETY,
    _SEXUAL_DETAILS,
    _SITUATIONS,
    _TASKS,
    _VISIT_ACTIONS,
)
from desktop.services.seed.weights import (
    _ABUSE,
    _CASE_SHARE,
    _CATEGORY,
    _CHANNEL,
    _GAP_HOURS,
    _HISTORY_DAYS,
    _MAIN_PATH,
    _MIN_CHILDREN_FOR_ALL_STAGES,
    _OPEN_HOURS,
    _STAGES,
    _STEP_OF_STAGE,
    _TERMINAL,
    C,
)
from desktop.storage.schema.cases import CaseRow


@dataclass(frozen=True)
class _CasePlan:
    stage: CaseStage
    steps: tuple[tuple[CaseStage, datetime], ...]  # each stage passed through, with its time
    code: str


class CaseSeeding:
    """Cases planned up front, then written with every record their stage implies."""

    # ---- cases: planned up front so codes follow intake order and every stage appears
    def take_existing(self, session: Session) -> None:
        """Keep clear of what the register already holds: case codes and ID numbers."""
        for table in ("child", "carer"):
            found = session.execute(
                text(f"SELECT personal_id FROM {table} WHERE personal_id NOT NULL")
            )
            self.used_ids.update(found.scalars())
        taken: dict[str, int] = {}
        query = select(CaseRow.code).where(CaseRow.commune_code == self.commune_code)
        for code in session.scalars(query):
            number, _, year = code.partition("/")
            if number.isdigit():
                taken[year] = max(taken.get(year, 0), int(number))
        for index, plan in self.cases.items():
            number, _, year = plan.code.partition("/")
            shifted = int(number) + taken.get(year, 0)
            self.cases[index] = replace(plan, code=f"{shifted:04d}/{year}")

    def _plan_cases(self, children: int) -> dict[int, _CasePlan]:
        rng = self.rng
        wanted = round(children * _CASE_SHARE)
        stages: list[CaseStage] = []
        if children >= _MIN_CHILDREN_FOR_ALL_STAGES:
            # Two fresh reports, so the overview always has a live 12-hour clock to show.
            stages = [*CaseStage, C.RECEIVED]
            wanted = max(wanted, len(stages))
        wanted = min(wanted, children)
        stages += [_STAGES(rng) for _ in range(wanted - len(stages))]
        rng.shuffle(stages)
        indexes = sorted(rng.sample(range(children), wanted))
        timelines = [self._timeline(stage) for stage in stages]
        codes: dict[int, str] = {}
        per_year: dict[int, int] = {}
        for i in sorted(range(wanted), key=lambda i: (timelines[i][0][1], i)):
            year = self._local(timelines[i][0][1]).year
            per_year[year] = per_year.get(year, 0) + 1
            codes[i] = f"{per_year[year]:04d}/{year}"
        return {indexes[i]: _CasePlan(stages[i], timelines[i], codes[i]) for i in range(wanted)}

    def _timeline(self, stage: CaseStage) -> tuple[tuple[CaseStage, datetime], ...]:
        """The stages a case at `stage` went through, at increasing whole-minute times."""
        rng = self.rng
        if stage in _MAIN_PATH:
            path = list(_MAIN_PATH[: _MAIN_PATH.index(stage) + 1])
            if len(path) > 2 and rng.random() < 0.25:
                path[2:2] = [C.EMERGENCY, C.ISOLATION] if rng.random() < 0.6 else [C.EMERGENCY]
        elif stage in (C.EMERGENCY, C.ISOLATION):
            path = [C.RECEIVED, C.INITIAL_ASSESSMENT, C.EMERGENCY]
            path += [C.ISOLATION] if stage is C.ISOLATION else []
        else:
            path = [C.RECEIVED, C.INITIAL_ASSESSMENT, stage]
        gaps = [0]
        for step in path[1:]:
            low, high = _GAP_HOURS[step]
            if step is C.INITIAL_ASSESSMENT and C.EMERGENCY in path:
                low, high = 0.3, 2.0  # an emergency is assessed at once
            gaps.append(max(1, int(rng.uniform(low, high) * 60)))
        total = sum(gaps)
        if stage is C.EMERGENCY:
            # Two in three still inside the 12-hour limit, starting with the first; the rest late.
            self.emergencies += 1
            since = rng.uniform(13, 60) if self.emergencies % 3 == 0 else rng.uniform(1, 11)
            idle = max(1, int(since * 60) - total)
        elif stage is C.RECEIVED and not self.fresh_report:
            self.fresh_report = True
            idle = max(1, int(rng.uniform(2, 9) * 60) - total)
        elif stage in _TERMINAL:
            idle = rng.randint(1, max(2, _HISTORY_DAYS * 1440 - total))
        else:
            low, high = _OPEN_HOURS[stage]
            idle = max(1, int(rng.uniform(low, high) * 60))
        moment = self.now - timedelta(minutes=total + idle)
        steps = []
        for step, gap in zip(path, gaps, strict=True):
            moment += timedelta(minutes=gap)
            steps.append((step, moment))
        return tuple(steps)

    def _case(self, child_id: str, fam: _Family, plan: _CasePlan) -> None:
        rng = self.rng
        self.stage_counts[plan.stage] = self.stage_counts.get(plan.stage, 0) + 1
        at = dict(plan.steps)
        received = plan.steps[0][1]
        emergency = C.EMERGENCY in at
        category = IntakeCategory.ABUSED if emergency else _CATEGORY(rng)
        abuse: list[AbuseType] = []
        if category is not IntakeCategory.SPECIAL_CIRCUMSTANCES:
            abuse = [_ABUSE(rng)]
            second = _ABUSE(rng) if rng.random() < 0.2 else abuse[0]
            abuse += [second] if second not in abuse else []
        kind = abuse[0] if abuse else None
        if plan.stage is C.RECEIVED and (
            self.now - received < timedelta(hours=12)
            or kind in (AbuseType.VIOLENCE, AbuseType.SEXUAL)
        ):
            emergency = True  # reported in danger, measures not yet taken: a live 12-hour clock
        risk = None
        if C.INITIAL_ASSESSMENT in at:
            if emergency:
                risk = RiskLevel.HIGH
            elif plan.stage is C.CLOSED_NO_ACTION:
                risk = RiskLevel.LOW
            else:
                risk = rng.choice((RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH))
        target, target_commune = None, ""
        if plan.stage is C.TRANSFERRED:
            target = TransferTarget.POLICE
            if self.other_communes and rng.random() < 0.6:
                target = TransferTarget.OTHER_COMMUNE
                target_commune = rng.choice(self.other_communes)
        channel = _CHANNEL(rng)
        if emergency and not self.via_hotline:
            channel = IntakeChannel.HOTLINE_111  # so even a small register shows a 111 referral
        hotline_ref = ""
        if channel is IntakeChannel.HOTLINE_111:
            hotline_ref = f"111-{self._local(received).year}-{rng.randint(1, 30000):06d}"
            self.via_hotline = True
        case_id = self._put(
            "case_file",
            received,
            commune_code=self.commune_code,
            code=plan.code,
            code_confirmed=plan.stage in _TERMINAL and rng.random() < 0.8,
            stage=plan.stage,
            child_id=child_id,
            unidentified_description="",
            officer_id=self.officer_id,
            received_at=received,
            channel=channel,
            hotline_ref=hotline_ref,
            category=category,
            abuse_types=abuse,
            place=f"{rng.choice(_PLACES)}, {fam.village}",
            situation=rng.choice(_SITUATIONS[kind]),
            likely_outcome=rng.choice(_LIKELY_OUTCOMES),
            actions_taken=rng.choice(_EMERGENCY_ACTIONS if emergency else _FIRST_ACTIONS),
            risk_level=risk,
            emergency=emergency,
            perpetrator_relationship=rng.choice(_PERPETRATORS[kind]) if kind else "",
            sexual_abuse_details=rng.choice(_SEXUAL_DETAILS) if AbuseType.SEXUAL in abuse else "",
            transfer_target=target,
            transfer_to_commune=target_commune,
        )
        if rng.random() < 0.6:
            self._put(
                "informant",
                received,
                case_id=case_id,
                full_name=self._name(self.fake.last_name(), rng.choice((Sex.MALE, Sex.FEMALE))),
                phone=self._phone(),
                address=f"{rng.choice(self.villages)}, {self.commune_name}",
                consents_to_record=rng.random() < 0.75,
            )
        previous = None
        for stage, moment in plan.steps:
            self._put(
                "case_event",
                moment,
                case_id=case_id,
                at=moment,
                officer_id=self.officer_id,
                from_stage=previous,
                to_stage=stage,
                note=_EVENT_NOTES[stage],
                action=_STEP_OF_STAGE[stage],
            )
            previous = stage
        if risk is not None:
            moment = at[C.INITIAL_ASSESSMENT]
            self._put(
                "initial_assessment",
                moment,
                case_id=case_id,
                assessed_at=moment,
                risk_level=risk,
                emergency=emergency,
                harm_description=rng.choice(_HARM[risk]),
                safety_measures=rng.choice(_SAFETY[risk]),
                officer_id=self.officer_id,
            )
        if C.ISOLATION in at:
            self._isolation(case_id, at[C.ISOLATION], at.get(C.DETAILED_ASSESSMENT))
        if C.DETAILED_ASSESSMENT in at:
            self._detailed(case_id, at[C.DETAILED_ASSESSMENT], _next_time(plan, self.now))
            self._visit(child_id, case_id, fam, at[C.DETAILED_ASSESSMENT], ongoing=False)
        if C.PLANNING in at:
            self._plan(case_id, child_id, fam, plan)
        if C.REVIEW in at:
            self._review(case_id, plan.stage, at[C.REVIEW])
        if plan.stage in (C.CLOSED, C.CLOSED_NO_ACTION):
            moment = at[plan.stage]
            reasons = _CLOSE_REASONS if plan.stage is C.CLOSED else _NO_ACTION_REASONS
            self._put(
                "closure",
                moment,
                case_id=case_id,
                closed_on=self._local(moment),
                reason=rng.choice(reasons),
            )

    def _isolation(self, case_id: str, decided: datetime, reassessed: datetime | None) -> None:
        rng = self.rng
        start = self._local(decided)
        end = start + timedelta(days=rng.randint(5, 15))
        extension_at = None
        if rng.random() < 0.3:
            end = start + timedelta(days=rng.randint(5, 9))
            extension_at = self._at(end - timedelta(days=1), rng.randint(8, 16))
            stop = reassessed or self.now
            if extension_at >= stop:
                extension_at = None  # the child went home (or it is today) before any extension
        revoked = self._local(reassessed) if reassessed is not None else None
        isolation_id = self._put(
            "isolation",
            decided,
            case_id=case_id,
            decision_number=self._decision_number(start),
            decided_at=decided,
            start_date=start,
            end_date=end,
            safe_place=rng.choice(_SAFE_PLACES),
            carer_name=self._name(self.fake.last_name(), Sex.FEMALE),
            revoked_on=revoked if revoked is not None and revoked <= end else None,
        )
        if extension_at is not None:
            self._put(
                "isolation_extension",
                extension_at,
                isolation_id=isolation_id,
                decided_at=extension_at,
                new_end_date=min(isolation_limit(start), end + timedelta(days=rng.randint(3, 7))),
                reason=rng.choice(_EXTENSION_REASONS),
            )

    def _detailed(self, case_id: str, moment: datetime, until: datetime) -> None:
        rng = self.rng
        self._put(
            "detailed_assessment",
            moment,
            case_id=case_id,
            assessed_at=moment,
            **{item: rng.choice(texts) for item, texts in _DETAILED_ITEMS.items()},
            risk_level=rng.choice((RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.MEDIUM)),
            officer_id=self.officer_id,
        )
        held = self._office_time(moment, until)
        attendees = [
            nfc(f"{self.chair} – Chủ tịch UBND {self.unit}, chủ trì"),
            nfc(f"{self.officer_name} – cán bộ làm công tác bảo vệ trẻ em"),
            nfc(f"{self.police} – Công an {self.unit}"),
        ]
        attendees += rng.sample(_MEETING_GUESTS, rng.randint(1, 3))
        self._put(
            "case_meeting",
            held,
            case_id=case_id,
            held_at=held,
            chaired_by=self.chair,
            attendees=attendees,
            minutes=rng.choice(_MINUTES),
        )

    def _plan(self, case_id: str, child_id: str, fam: _Family, plan: _CasePlan) -> None:
        rng = self.rng
        at = dict(plan.steps)
        approved = C.IMPLEMENTING in at
        status = PlanStatus.DRAFT
        if approved:
            status = PlanStatus.APPROVED
        elif C.AWAITING_APPROVAL in at:
            status = PlanStatus.SUBMITTED
        drafted = at[C.PLANNING]
        plan_id = self._put(
            "support_plan",
            drafted,
            case_id=case_id,
            version_no=1,
            status=status,
            drafted_at=drafted,
            submitted_at=at.get(C.AWAITING_APPROVAL),
            goals=rng.choice(_GOALS),
        )
        begin = self._local(at[C.IMPLEMENTING]) if approved else self.today + timedelta(days=3)
        finished = self._local(at[C.REVIEW]) if C.REVIEW in at else None
        tasks = rng.sample(_TASKS, rng.randint(3, 8))
        for position, (task, responsible, provider, low, high) in enumerate(tasks):
            start = begin + timedelta(days=rng.randint(0, 20))
            end = start + timedelta(days=rng.randint(7, 90))
            if finished is not None:
                end = max(begin, min(end, finished - timedelta(days=1)))
                start = min(start, end)
            self._put(
                "plan_task",
                drafted,
                plan_id=plan_id,
                position=position,
                task=task,
                responsible=responsible,
                provider=provider,
                start_date=start,
                expected_end=end,
                cost=rng.randint(low // 50_000, high // 50_000) * 50_000,
                status=self._task_status(plan.stage, start, end, finished),
                progress_note=rng.choice(_PROGRESS) if approved and start <= self.today else "",
            )
        if not approved:
            return
        decided = at[C.IMPLEMENTING]
        deputy = rng.random() < 0.2
        self._put(
            "approval_decision",
            decided,
            case_id=case_id,
            plan_id=plan_id,
            decision_number=self._decision_number(self._local(decided)),
            decided_on=self._local(decided),
            signer_name=self.deputy if deputy else self.chair,
            signer_is_deputy=deputy,
        )
        until = at.get(C.REVIEW, self.now)
        for _ in range(rng.randint(1, 4)):
            moment = self._office_time(decided, until)
            self._visit(child_id, case_id, fam, moment, ongoing=C.REVIEW not in at)
        for _ in range(rng.randint(2, 5)):
            moment = self._office_time(decided, until)
            self._put(
                "case_note",
                moment,
                case_id=case_id,
                written_at=moment,
                author_id=self.officer_id,
                text=rng.choice(_NOTES),
                revision_of=None,
            )

    def _task_status(
        self, stage: CaseStage, start: date, end: date, finished: date | None
    ) -> TaskStatus:
        rng = self.rng
        if stage in (C.PLANNING, C.AWAITING_APPROVAL):
            return TaskStatus.PLANNED
        if finished is not None:
            return TaskStatus.DONE if rng.random() < 0.9 else TaskStatus.CANCELLED
        if end < self.today:
            return TaskStatus.DONE if rng.random() < 0.85 else TaskStatus.IN_PROGRESS
        return TaskStatus.IN_PROGRESS if start <= self.today else TaskStatus.PLANNED

    def _review(self, case_id: str, stage: CaseStage, moment: datetime) -> None:
        rng = self.rng
        closing = stage is C.CLOSED or rng.random() < 0.7
        levels = (RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM) if closing else tuple(RiskLevel)
        self._put(
            "review",
            moment,
            case_id=case_id,
            reviewed_on=self._local(moment),
            officer_id=self.officer_id,
            harm_still_serious=rng.choice(levels),
            abuser_access=rng.choice(levels),
            care_obstacles=rng.choice(levels),
            self_protection=rng.choice(levels),
            recovery=rng.choice(levels),
            conclusion=rng.choice(_CONCLUSIONS_CLOSE if closing else _CONCLUSIONS_CONTINUE),
            outcome=ReviewOutcome.CLOSE if closing else ReviewOutcome.NEW_CYCLE,
        )

    # ---- home visits
    def _visit(
        self, child_id: str, case_id: str | None, fam: _Family, moment: datetime, *, ongoing: bool
    ) -> None:
        """One visit; while follow-up goes on it names the next visit, which may now be past."""
        rng = self.rng
        upcoming = None
        if ongoing or rng.random() < 0.5:
            upcoming = self._local(moment) + timedelta(days=rng.randint(14, 60))
        self._put(
            "home_visit",
            moment,
            child_id=child_id,
            case_id=case_id,
            visited_at=moment,
            visitors=nfc(f"{self.officer_name}, {self.collaborators[fam.village]}"),
            people_met=rng.choice(_PEOPLE_MET),
            child_seen=rng.random() < 0.9,
            observations=rng.choice(_OBSERVATIONS),
            risk_flags=rng.sample(_RISK_FLAGS, rng.choice((0, 0, 1, 1, 2))),
            actions_taken=rng.choice(_VISIT_ACTIONS),
            next_visit_on=upcoming,
            author_id=self.officer_id,
            revision_of=None,
        )

    def _routine_visits(self, child_id: str, fam: _Family) -> None:
        """Follow-up visits to an HCĐB child outside any case, oldest first."""
        rng = self.rng
        for ago in sorted(rng.sample(range(7, 330), rng.randint(1, 2)), reverse=True):
            day = self.today - timedelta(days=ago)
            moment = self._at(day, rng.randint(8, 16), 5 * rng.randint(0, 11))
            self._visit(child_id, None, fam, moment, ongoing=True)


def _next_time(plan: _CasePlan, now: datetime) -> datetime:
    """When the step after the detailed assessment happened, or now if none has yet."""
    stages = [stage for stage, _ in plan.steps]
    position = stages.index(C.DETAILED_ASSESSMENT) + 1
    return plan.steps[position][1] if position < len(plan.steps) else now
