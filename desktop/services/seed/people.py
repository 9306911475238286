"""Seeding children and their families, special-circumstance groups and allowances."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.domain.age import age_on, estimated_dob_from_age
from desktop.domain.enums import (
    AlternativeCare,
    BirthRegistration,
    CarerRelation,
    CarerStatus,
    DisabilityLevel,
    HouseholdPoverty,
    Sex,
    SpecialGroup,
)
from desktop.domain.text import nfc
from desktop.reference.rates import coefficient, monthly_amount
from desktop.services.seed.texts import (
    _EVIDENCE,
    _OCCUPATIONS,
)
from desktop.services.seed.weights import (
    _ABSENT_PAIRS,
    _ABSENT_SUBGROUP,
    _ALLOWANCE_LOOKBACK_DAYS,
    _DISABILITY,
    _DISABILITY_SUBGROUP,
    _ETHNICITY,
    _EXTRA_GROUP_SHARE,
    _EXTRA_GROUPS,
    _FATHER_STATUS,
    _HOUSEHOLD_SIZE,
    _MOTHER_STATUS,
    _ORPHAN_SUBGROUP,
    _POVERTY,
    _SUBSTITUTE_CARE,
    _UNREGISTERED,
    TABLES,
    G,
    S,
    _Weighted,
)


@dataclass
class _Person:
    name: str
    relation: CarerRelation
    status: CarerStatus
    birth_year: int
    occupation: str
    personal_id: str | None
    phone: str


@dataclass
class _Family:
    household_id: str
    surname: str
    village: str
    address: str
    poverty: HouseholdPoverty
    mother_year: int
    carers: list[_Person]
    alternative_care: AlternativeCare
    family_subgroup: str  # "a3", "c6"... when neither parent can care, else ""
    size: int
    first_age: int
    placed: int = 0


class PeopleSeeding:
    """Children, households, carers, groups and allowances; mixed into the seeder."""

    # ---- children and their families
    def batch(self, start: int, end: int) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
        """Rows for children start..end-1; a household may continue from the last batch."""
        self.rows = {table: [] for table in TABLES}
        child_ids = []
        for index in range(start, end):
            if self.family is None or self.family.placed >= self.family.size:
                self.family = self._new_family()
            child_ids.append(self._child(self.family, index))
            self.family.placed += 1
        return self.rows, child_ids

    def _age(self) -> int:
        # The register keeps a few 16-17 year-olds (K2 allowance, cases opened before 16).
        if self.rng.random() < 0.05:
            return self.rng.randint(16, 17)
        return self.rng.randint(0, 15)

    def _new_family(self) -> _Family:
        rng, fake = self.rng, self.fake
        first_age = self._age()
        mother_year = self.today.year - first_age - rng.randint(19, 36)
        father_year = mother_year - rng.randint(-2, 7)
        subgroup = ""
        if rng.random() < 0.025:
            pair = _ABSENT_PAIRS(rng)
            subgroup = _ABSENT_SUBGROUP[pair]
            father_status, mother_status = pair if rng.random() < 0.5 else pair[::-1]
        else:
            father_status, mother_status = _FATHER_STATUS(rng), _MOTHER_STATUS(rng)
        carers = []
        surname = fake.last_name()
        if subgroup or rng.random() < 0.96:
            carers.append(
                self._person(surname, Sex.MALE, father_year, CarerRelation.FATHER, father_status)
            )
        mother_surname = fake.last_name()
        carers.append(
            self._person(
                mother_surname, Sex.FEMALE, mother_year, CarerRelation.MOTHER, mother_status
            )
        )
        if len(carers) == 1:
            surname = mother_surname  # no father on the birth record: the mother's family name
        care = AlternativeCare.NONE
        if all(person.status is not S.LIVING_WITH for person in carers):
            care = _SUBSTITUTE_CARE(rng)
            carers.append(self._substitute(care, surname, mother_year))
        elif rng.random() < 0.08:
            carers.append(self._grandparent(surname, mother_year))
        if subgroup == "a":
            subgroup = _ORPHAN_SUBGROUP[care]
        village = rng.choice(self.villages)
        address = self._address(village)
        poverty = _POVERTY(rng)
        at_home = [person for person in carers if person.status is S.LIVING_WITH]
        household_id = self._put(
            "household",
            self.now,
            commune_code=self.commune_code,
            head_name=at_home[0].name if at_home else carers[-1].name,
            village=village,
            address=address,
            phone=next((person.phone for person in carers if person.phone), ""),
            poverty=poverty,
        )
        return _Family(
            household_id=household_id,
            surname=surname,
            village=village,
            address=address,
            poverty=poverty,
            mother_year=mother_year,
            carers=carers,
            alternative_care=care,
            family_subgroup=subgroup,
            size=_HOUSEHOLD_SIZE(rng),
            first_age=first_age,
        )

    def _person(
        self, surname: str, sex: Sex, year: int, relation: CarerRelation, status: CarerStatus
    ) -> _Person:
        rng = self.rng
        alive = status not in (S.DEAD, S.MISSING)
        free = alive and status not in (S.SERVING_SENTENCE, S.IN_FACILITY)
        return _Person(
            name=self._name(surname, sex),
            relation=relation,
            status=status,
            birth_year=year,
            occupation=rng.choice(_OCCUPATIONS) if free else "",
            personal_id=self._personal_id(sex, year) if alive and rng.random() < 0.85 else None,
            phone=self._phone() if free and rng.random() < 0.9 else "",
        )

    def _grandparent(self, surname: str, mother_year: int) -> _Person:
        sex = self.rng.choice((Sex.MALE, Sex.FEMALE))
        family_name = surname if sex is Sex.MALE else self.fake.last_name()
        year = mother_year - self.rng.randint(20, 30)
        return self._person(family_name, sex, year, CarerRelation.GRANDPARENT, S.LIVING_WITH)

    def _substitute(self, care: AlternativeCare, surname: str, mother_year: int) -> _Person:
        rng = self.rng
        if care is AlternativeCare.RELATIVES:
            if rng.random() < 0.7:
                return self._grandparent(surname, mother_year)
            year = mother_year + rng.randint(-10, 8)
            return self._person(surname, Sex.MALE, year, CarerRelation.GUARDIAN, S.LIVING_WITH)
        sex = Sex.FEMALE if rng.random() < 0.7 else Sex.MALE
        year = mother_year + rng.randint(-15, 5)
        person = self._person(self.fake.last_name(), sex, year, CarerRelation.CARER, S.LIVING_WITH)
        if care is AlternativeCare.FACILITY:
            person.occupation = nfc("Nhân viên cơ sở trợ giúp xã hội")
        return person

    def _address(self, village: str) -> str:
        rng = self.rng
        if self.rural:
            house = f"Số {rng.randint(1, 250)}, xóm {rng.randint(1, 12)}"
        else:
            street = self.fake.street_name()
            house = f"Số {rng.randint(1, 180)}, ngõ {rng.randint(1, 320)} {street}"
        return nfc(f"{house}, {village}, {self.commune_name}, thành phố Hải Phòng")

    def _dob(self, age: int) -> date:
        """A birth date that makes the child exactly `age` today."""
        latest = _years_before(self.today, age)
        earliest = _years_before(self.today, age + 1) + timedelta(days=1)
        return earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))

    def _school(self, age: int) -> str:
        rng = self.rng
        if age <= 2:
            level, share = "Trường Mầm non", 0.2 * age
        elif age <= 5:
            level, share = "Trường Mầm non", 0.92
        elif age <= 10:
            level, share = "Trường Tiểu học", 0.98
        elif age <= 14:
            level, share = "Trường THCS", 0.95
        else:
            level, share = "Trường THPT", 0.8
        return rng.choice(self.schools[level]) if rng.random() < share else ""

    def _child(self, fam: _Family, index: int) -> str:
        rng = self.rng
        roll = rng.random()
        sex = Sex.MALE if roll < 0.515 else Sex.FEMALE if roll < 0.999 else Sex.UNKNOWN
        age = fam.first_age if fam.placed == 0 else self._age()
        oldest = min(17, self.today.year - fam.mother_year - 18)
        if age > oldest:
            age = rng.randint(0, max(0, oldest))
        estimated = rng.random() < 0.03
        dob = estimated_dob_from_age(age, self.today)[0] if estimated else self._dob(age)
        personal_id = None
        registration = _UNREGISTERED(rng)
        if sex is not Sex.UNKNOWN and rng.random() < 0.852:
            personal_id = self._personal_id(sex, dob.year)
            registration = BirthRegistration.REGISTERED
        disability = _DISABILITY(rng) if rng.random() < 0.022 else DisabilityLevel.NONE
        groups = self._groups(fam, age, disability)
        school = self._school(age)
        if any(group is G.H for group, _ in groups):
            school = ""  # group h: left school to work
        current = fam.address
        if rng.random() < 0.05:
            room = f"Phòng trọ số {rng.randint(1, 30)}, {rng.choice(self.villages)}"
            current = nfc(f"{room}, {self.commune_name}, thành phố Hải Phòng")
        card = ""
        if rng.random() < (0.92 if age < 6 else 0.65):
            card = f"{'TE1' if age < 6 else 'HS4'}31{rng.randrange(10**10):010d}"
        child = {
            "commune_code": self.commune_code,
            "full_name": self._name(fam.surname, sex),
            "sex": sex,
            "date_of_birth": dob,
            "dob_estimated": estimated,
            "personal_id": personal_id,
            "household_id": fam.household_id,
            "ethnicity": _ETHNICITY(rng),
            "birth_registration": registration,
            "village": fam.village,
            "permanent_address": fam.address,
            "current_address": current,
            "school": school,
            "disability": disability,
            "hiv_positive": True if any(group is G.DD for group, _ in groups) else None,
            "health_insurance_card": card,
            "alternative_care": fam.alternative_care,
            "collaborator": self.collaborators[fam.village],
            "notes": "",
        }
        child_id = self._put("child", self.now, **child)
        for person in fam.carers:
            self._put(
                "carer",
                self.now,
                child_id=child_id,
                full_name=person.name,
                relation=person.relation,
                status=person.status,
                birth_year=person.birth_year,
                occupation=person.occupation,
                personal_id=person.personal_id,
                phone=person.phone,
            )
        starts = [self._membership(child_id, dob, group, code) for group, code in groups]
        self._allowance(child_id, child, fam, groups, starts, age)
        plan = self.cases.get(index)
        if plan is not None:
            self._case(child_id, fam, plan)
        elif groups and rng.random() < 0.3:
            self._routine_visits(child_id, fam)
        return child_id

    # ---- special circumstances and allowances
    def _groups(
        self, fam: _Family, age: int, disability: DisabilityLevel
    ) -> list[tuple[SpecialGroup, str]]:
        rng = self.rng
        groups = []
        if fam.family_subgroup:
            code = fam.family_subgroup
            groups.append((G.A if code.startswith("a") else G.C, code))
        if disability is not DisabilityLevel.NONE:
            groups.append((G.D, _DISABILITY_SUBGROUP[disability]))
        if rng.random() < _EXTRA_GROUP_SHARE:
            allowed = [
                (group, weight)
                for group, weight, min_age in _EXTRA_GROUPS
                if age >= min_age and (group is not G.N or fam.poverty is not HouseholdPoverty.NONE)
            ]
            group = _Weighted(allowed)(rng)
            code = rng.choice(self.subgroups[group])
            if all(known is not group for known, _ in groups):
                groups.append((group, code))
        return groups

    def _membership(self, child_id: str, dob: date, group: SpecialGroup, code: str) -> date:
        rng = self.rng
        start = dob + timedelta(days=rng.randint(0, max(0, (self.today - dob).days - 20)))
        end = None
        if rng.random() < 0.1 and (self.today - start).days > 60:
            end = start + timedelta(days=rng.randint(30, (self.today - start).days - 1))
        self._put(
            "group_membership",
            self.now,
            child_id=child_id,
            group=group,
            subgroup=code,
            start_date=start,
            end_date=end,
            evidence=rng.choice(_EVIDENCE[group]),
        )
        return start

    def _allowance(
        self,
        child_id: str,
        child: dict[str, Any],
        fam: _Family,
        groups: list[tuple[SpecialGroup, str]],
        starts: list[date],
        age: int,
    ) -> None:
        """The one monthly allowance the child is paid: the highest it qualifies for."""
        dob = child["date_of_birth"]
        options: list[tuple[str, str | None, date]] = []  # category, condition, eligible from
        for (group, code), since in zip(groups, starts, strict=True):
            if group in (G.A, G.B, G.C):
                if age < 16:
                    options.append(("K1", None, since))
                elif child["school"]:
                    options.append(("K2", "dang_hoc", max(since, _years_after(dob, 16))))
            elif group is G.D and code in ("d1", "d2") and age < 16:
                options.append(("K6", child["disability"].value, since))
            elif group is G.DD and fam.poverty is not HouseholdPoverty.NONE and age < 16:
                options.append(("K3", None, since))
        parents_home = [
            person
            for person in fam.carers
            if person.relation in (CarerRelation.FATHER, CarerRelation.MOTHER)
            and person.status is S.LIVING_WITH
        ]
        if fam.poverty is HouseholdPoverty.POOR and len(parents_home) == 1 and age < 16:
            options.append(("K4", None, dob))
        if not options:
            return
        rng = self.rng
        best = None
        for category, condition, since in options:
            since = max(since, self.today - timedelta(days=_ALLOWANCE_LOOKBACK_DAYS))
            decided = min(self.today, since + timedelta(days=rng.randint(10, 60)))
            start = _first_of_next_month(decided)
            if start > self.today:
                start = decided
            coef = coefficient(category, age_on(dob, start), condition, start, self.reference)
            if best is None or coef > best[1]:
                best = (category, coef, condition, decided, start)
        category, coef, condition, decided, start = best
        end = None
        if rng.random() < 0.05 and (self.today - start).days > 90:
            end = start + timedelta(days=rng.randint(60, (self.today - start).days))
        self._put(
            "allowance",
            self.now,
            child_id=child_id,
            category=category,
            coefficient=float(coef),
            monthly_amount=monthly_amount(
                category, age_on(dob, start), start, condition, self.reference
            ),
            decision_number=self._decision_number(decided),
            decision_date=decided,
            start_date=start,
            end_date=end,
        )


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # born on 29 February: the birthday counts from 1 March
        return date(day.year + years, 3, 1)


def _first_of_next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)
