"""Deterministic synthetic register (families, HCĐB groups, allowances, cases, visits) for demos."""

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import insert

from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import (
    AuditAction,
    CaseStage,
    Sex,
    SpecialGroup,
)
from desktop.domain.errors import DomainError
from desktop.domain.text import nfc
from desktop.paths import reference_dir
from desktop.reference.communes import commune_by_code, load_communes
from desktop.reference.groups import subgroups_of
from desktop.services.seed.cases import CaseSeeding
from desktop.services.seed.people import PeopleSeeding, _Family
from desktop.services.seed.texts import (
    _SCHOOL_NAMES,
    _VILLAGE_NAMES,
)
from desktop.services.seed.weights import (
    _FEMALE_MIDDLES,
    _ID_EPOCH_MS,
    _LOW_62,
    _MALE_MIDDLES,
    _MOBILE_PREFIXES,
    TABLES,
)
from desktop.storage import search_index
from desktop.storage.schema import Base
from desktop.storage.schema.register import HouseholdRow
from desktop.storage.store import Store


@dataclass
class SeedSummary:
    """Rows written per table (field names are the table names) and cases per stage."""

    household: int = 0
    child: int = 0
    carer: int = 0
    group_membership: int = 0
    allowance: int = 0
    case_file: int = 0
    informant: int = 0
    initial_assessment: int = 0
    detailed_assessment: int = 0
    case_meeting: int = 0
    isolation: int = 0
    isolation_extension: int = 0
    support_plan: int = 0
    plan_task: int = 0
    approval_decision: int = 0
    review: int = 0
    closure: int = 0
    case_event: int = 0
    home_visit: int = 0
    case_note: int = 0
    cases_by_stage: dict[CaseStage, int] = field(default_factory=dict)

    def per_table(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in TABLES}

    def __str__(self) -> str:
        return ", ".join(f"{name}={count}" for name, count in self.per_table().items() if count)


if tuple(f.name for f in fields(SeedSummary))[: len(TABLES)] != TABLES:
    raise AssertionError("SeedSummary fields must follow TABLES")


class _SeedIds:
    """UUIDv7-shaped ids: a fixed start time plus a counter, then seeded random bits."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"bvte-seed-ids-{seed}")
        self._count = 0

    def __call__(self) -> str:
        millis = _ID_EPOCH_MS + self._count
        self._count += 1
        bits = self._rng.getrandbits(74)
        value = (millis << 80) | (0x7 << 76) | (bits >> 62 << 64) | (0b10 << 62) | (bits & _LOW_62)
        return str(uuid.UUID(int=value))


def seed_register(
    store: Store,
    *,
    children: int,
    seed: int = 1,
    batch_size: int = 1000,
    progress: Callable[[int, int], None] | None = None,
) -> SeedSummary:
    """Add `children` synthetic children with families, groups, allowances, cases and visits.

    The same seed and count give the same names, dates, numbers and record ids; times are
    relative to the store's clock. Each batch is one transaction, so an interrupted run
    leaves only whole batches; the batch size does not change the data.
    """
    if children < 0 or batch_size < 1:
        raise ValueError("children must be >= 0 and batch_size >= 1")
    seeder = _Seeder(store, seed, children)
    with store.unit_of_work(write=False) as uow:
        # The same seed makes the same ids, so a second run would only collide half-way.
        if uow.session.get(HouseholdRow, _SeedIds(seed)()) is not None:
            raise DomainError("seed.already_applied", seed=seed)
        seeder.take_existing(uow.session)
    summary = SeedSummary()
    for start in range(0, children, batch_size):
        end = min(start + batch_size, children)
        with store.unit_of_work() as uow:
            rows, child_ids = seeder.batch(start, end)
            for table in TABLES:
                if rows[table]:
                    uow.session.execute(insert(Base.metadata.tables[table]), rows[table])
                    setattr(summary, table, getattr(summary, table) + len(rows[table]))
            search_index.refresh(uow.session, child_ids)
        if progress is not None:
            progress(end, children)
    summary.cases_by_stage = dict(seeder.stage_counts)
    with store.unit_of_work() as uow:
        uow.audit(AuditAction.CREATE, "seed", None, detail=f"seed={seed} children={children}")
    return summary


class _Seeder(PeopleSeeding, CaseSeeding):
    """Draws every value in one fixed order from one seeded Random and one seeded Faker."""

    def __init__(self, store: Store, seed: int, children: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("vi_VN")
        self.fake.seed_instance(seed)
        self.ids = _SeedIds(seed)
        self.device_id = store.device_id
        self.officer_id = store.officer.id
        self.officer_name = store.officer.full_name
        self.commune_code = store.commune_code
        self.now = store.options.clock().astimezone(UTC).replace(second=0, microsecond=0)
        self.today = self.now.astimezone(LOCAL_TZ).date()
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.used_ids: set[str] = set()
        self.decision_numbers: dict[int, int] = {}
        self.stage_counts: dict[CaseStage, int] = {}
        self.family: _Family | None = None
        self.emergencies = 0
        self.fresh_report = False
        self.via_hotline = False
        self._place_commune(children)
        self.cases = self._plan_cases(children)

    # ---- the commune: name, thôn/tổ, schools, the people who sign and visit
    def _place_commune(self, children: int) -> None:
        rng, fake = self.rng, self.fake
        commune = commune_by_code(self.commune_code)
        self.commune_name = commune.name if commune else self.commune_code
        kind = commune.type if commune else ""
        self.unit = kind or "xã"
        count = max(6, min(30, children // 600))
        if kind == "phường":
            villages = [f"Tổ dân phố {n}" for n in range(1, count + 1)]
        elif kind == "xã":
            named = rng.sample(_VILLAGE_NAMES, count // 3)
            villages = [f"Thôn {n}" for n in range(1, count - len(named) + 1)]
            villages += [f"Thôn {name}" for name in named]
        else:
            villages = [f"Thôn {n}" for n in range(1, count // 2 + 1)]
            villages += [f"Tổ dân phố {n}" for n in range(1, count - count // 2 + 1)]
        self.villages = [nfc(village) for village in villages]
        self.rural = kind != "phường"
        self.collaborators = {v: self._name(fake.last_name(), Sex.FEMALE) for v in self.villages}
        self.chair = self._name(fake.last_name(), Sex.MALE)
        self.deputy = self._name(fake.last_name(), Sex.FEMALE)
        self.police = self._name(fake.last_name(), Sex.MALE)
        short = commune.short_name if commune else ""
        self.schools = {
            level: ([nfc(f"{level} {short}")] if short else [])
            + [f"{level} {name}" for name in rng.sample(names, 2)]
            for level, names in _SCHOOL_NAMES.items()
        }
        self.schools["Trường THPT"].append(nfc(f"Trung tâm GDNN-GDTX {short or 'Hải Phòng'}"))
        self.other_communes = [c.code for c in load_communes() if c.code != self.commune_code]
        # Looked up once: finding the reference folder costs more than the lookups themselves.
        self.reference = reference_dir()
        self.subgroups = {group: [s.code for s in subgroups_of(group)] for group in SpecialGroup}

    def _name(self, surname: str, sex: Sex) -> str:
        """Family name, middle name, given name, as Vietnamese names are written."""
        rng, fake = self.rng, self.fake
        if sex is Sex.MALE:
            middle = "Văn" if rng.random() < 0.35 else fake.middle_name()
            given = fake.first_name_male() if rng.random() < 0.75 else fake.first_name_unisex()
        elif sex is Sex.FEMALE:
            middle = "Thị" if rng.random() < 0.45 else fake.middle_name()
            given = fake.first_name_female() if rng.random() < 0.75 else fake.first_name_unisex()
        else:
            middle, given = fake.middle_name(), fake.first_name_unisex()
        clash = _MALE_MIDDLES if sex is Sex.FEMALE else _FEMALE_MIDDLES
        if middle in clash or given in middle.split() or surname == middle:
            middle = "Thị" if sex is Sex.FEMALE else "Văn"
        return nfc(f"{surname} {middle} {given}")

    def _phone(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**7):07d}"

    def _personal_id(self, sex: Sex, year: int) -> str:
        """12 digits: province of birth registration, century and sex, birth year, random."""
        rng = self.rng
        province = "031" if rng.random() < 0.85 else "030"  # Hải Phòng, or Hải Dương before 2025
        digit = (0 if year < 2000 else 2) + (0 if sex is Sex.MALE else 1)
        while True:
            number = f"{province}{digit}{year % 100:02d}{rng.randrange(10**6):06d}"
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def _put(self, table: str, stamp: datetime, /, **values: Any) -> str:
        row_id = self.ids()
        values.update(
            id=row_id, version=1, device_id=self.device_id, created_at=stamp, updated_at=stamp
        )
        self.rows[table].append(values)
        return row_id

    def _at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=LOCAL_TZ).astimezone(UTC)

    def _between(self, start: datetime, end: datetime) -> datetime:
        minutes = max(0, int((end - start).total_seconds() // 60))
        return start + timedelta(minutes=self.rng.randint(0, minutes))

    def _office_time(self, start: datetime, end: datetime) -> datetime:
        """A moment between start and end, in office hours when the window allows it."""
        moment = self._between(start, end)
        day = self._local(moment)
        office = self._at(day, self.rng.randint(7, 16), 5 * self.rng.randint(0, 11))
        return office if start <= office <= end else moment

    def _local(self, moment: datetime) -> date:
        return moment.astimezone(LOCAL_TZ).date()

    def _decision_number(self, day: date) -> str:
        number = self.decision_numbers.get(day.year, 0) + 1
        self.decision_numbers[day.year] = number
        return f"{number}/QĐ-UBND"
