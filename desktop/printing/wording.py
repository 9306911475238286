"""Domain records worded for paper: names, dates, labels and family lines as forms print them."""

from datetime import date, datetime
from enum import Enum

from desktop.domain.age import age_on
from desktop.domain.case import Case, Informant, PlanTask, SupportPlan
from desktop.domain.child import Carer, Child, ChildFile
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import CarerRelation, CarerStatus, IntakeCategory, SpecialGroup
from desktop.printing.text import day_text, nfc, vnd
from desktop.reference.groups import group_label
from desktop.reference.labels import label

CATEGORY_TITLES = {
    IntakeCategory.ABUSED: "bị xâm hại",
    IntakeCategory.AT_RISK: "có nguy cơ bị bạo lực, bóc lột, bỏ rơi",
    IntakeCategory.SPECIAL_CIRCUMSTANCES: "có hoàn cảnh đặc biệt",
}
_PARENTS = {CarerRelation.FATHER: "father", CarerRelation.MOTHER: "mother"}


def lab(member: Enum | None) -> str:
    return label(member, "vi") if member is not None else ""


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ) if moment.tzinfo else moment


def moment_text(moment: datetime | None) -> str:
    """14 giờ 30 phút, ngày 05/03/2026."""
    if moment is None:
        return ""
    at = local(moment)
    return f"{at.hour:02d} giờ {at.minute:02d} phút, ngày {day_text(at.date())}"


def local_day(moment: datetime | None) -> date | None:
    return local(moment).date() if moment is not None else None


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("Có" if value else "Không")


def dob_text(child: Child | None, today: date) -> str:
    if child is None or child.date_of_birth is None:
        return ""
    if child.dob_estimated:
        return f"khoảng {age_on(child.date_of_birth, today)} tuổi (ước tính)"
    return day_text(child.date_of_birth)


def address_of(child: Child | None) -> str:
    if child is None:
        return ""
    return child.current_address or child.permanent_address or child.village


def carer_line(carer: Carer, today: date) -> str:
    """Nguyễn Văn A, 45 tuổi, làm ruộng (sống cùng trẻ em)."""
    parts = [carer.full_name]
    if carer.birth_year:
        parts.append(f"{today.year - carer.birth_year} tuổi")
    if carer.occupation:
        parts.append(carer.occupation)
    if carer.status is CarerStatus.LIVING_WITH:
        return ", ".join(parts)
    return ", ".join(parts) + f" ({lab(carer.status).lower()})"


def child_values(child: Child | None, case: Case | None, today: date) -> dict[str, str]:
    name = child.full_name if child else (case.unidentified_description if case else "")
    return {
        "child_name": name,
        "child_upper": nfc(name).upper(),
        "child_dob": dob_text(child, today),
        "child_sex": lab(child.sex) if child else "",
        "child_address": address_of(child),
    }


def family_values(carers: list[Carer], today: date) -> dict[str, str]:
    values = {"father": "", "mother": "", "current_carer": "", "carers": ""}
    for carer in carers:
        key = _PARENTS.get(carer.relation)
        if key and not values[key]:
            values[key] = carer_line(carer, today)
    living = [c for c in carers if c.status is CarerStatus.LIVING_WITH]
    if living:
        values["current_carer"] = f"{living[0].full_name} ({lab(living[0].relation).lower()})"
    values["carers"] = "; ".join(
        f"{carer_line(c, today)} - {lab(c.relation).lower()}" for c in carers
    )
    return values


def family_situation(file: ChildFile | None) -> str:
    if file is None:
        return ""
    parts = []
    if file.household is not None:
        parts.append(f"Chủ hộ: {file.household.head_name}")
        if file.household.poverty.value != "khong":
            parts.append(lab(file.household.poverty))
    parts += [group_label(m.group) for m in file.groups if m.group is not SpecialGroup.DD]
    return "; ".join(parts)


def informant_values(informant: Informant | None) -> dict[str, str]:
    if informant is None:
        return {
            "informant_name": "Không có",
            "informant_phone": "Không có",
            "informant_address": "Không có",
        }
    if not informant.consents_to_record:
        return {
            "informant_name": "Người cung cấp thông tin không đồng ý cho ghi lại danh tính",
            "informant_phone": "Không ghi",
            "informant_address": "Không ghi",
        }
    return {
        "informant_name": informant.full_name,
        "informant_phone": informant.phone,
        "informant_address": informant.address,
    }


def task_rows(plan: SupportPlan, tasks: list[PlanTask]) -> list[dict[str, str]]:
    ordered = sorted(tasks, key=lambda t: (t.position, t.task))
    return [
        {
            "no": str(i),
            "task": t.task,
            "responsible": t.responsible,
            "provider": t.provider,
            "start": day_text(t.start_date),
            "end": day_text(t.expected_end),
            "cost": vnd(t.cost),
        }
        for i, t in enumerate(ordered, 1)
    ]


def split_number(number: str) -> str:
    """ "5/QĐ-UBND" -> "05": the clerk's number with the leading zero Decree 30 asks for."""
    head = number.split("/", 1)[0].strip()
    return f"{int(head):02d}" if head.isdigit() else head


def padded_number(number: str) -> str:
    """ "3/QĐ-UBND" -> "03/QĐ-UBND"."""
    head, sep, rest = number.partition("/")
    return f"{split_number(head)}{sep}{rest}"
