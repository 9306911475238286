"""Print a case's or a child's official documents: gather, mask by role, render, audit."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.case import Case
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import AuditAction, Role, SpecialGroup
from desktop.domain.permissions import RestrictedField, can_see
from desktop.domain.text import fold
from desktop.printing import wording as w
from desktop.printing.model import DocumentData, FormTemplate
from desktop.printing.render import render_pdf
from desktop.printing.templates import load_template
from desktop.printing.text import day_text
from desktop.reference.groups import group_label
from desktop.services.document_data import (
    CaseForms,
    DocumentError,
    Gathered,
    child_file,
    profile,
)
from desktop.services.document_settings import DocumentSettings, read_settings, take_number
from desktop.storage.store import Store
from desktop.storage.unit_of_work import UnitOfWork

CASE_FORMS = (
    "mau01",
    "mau02",
    "mau03",
    "bien_ban_hop",
    "mau04",
    "mau05",
    "mau06",
    "mau07",
    "tham_gia_dinh",
)
CHILD_FORMS = ("ho_so_tre",)
LIST_FORMS = ("so_theo_doi",)
FORMS = CASE_FORMS + CHILD_FORMS + LIST_FORMS
# Decree 56 Art. 24 and Decree 356/2025: shown only to officers and approvers, and audited.
RESTRICTED = (
    "informant_name",
    "informant_phone",
    "informant_address",
    "perpetrator",
    "sexual_details",
    "hiv",
    "ethnicity",
)
# Which permission each restricted value of a form falls under: print follows the screen.
SIGHT = {
    "informant_name": RestrictedField.INFORMANT,
    "informant_phone": RestrictedField.INFORMANT,
    "informant_address": RestrictedField.INFORMANT,
    "perpetrator": RestrictedField.PERPETRATOR,
    "sexual_details": RestrictedField.SEXUAL_ABUSE_DETAILS,
    "hiv": RestrictedField.HIV_STATUS,
    "ethnicity": RestrictedField.ETHNICITY,
}
MASK = "(thông tin hạn chế, không in)"


@dataclass(frozen=True)
class RegisterFilter:
    """Which children a register extract lists; empty fields do not filter."""

    village: str = ""
    group: SpecialGroup | None = None
    limit: int = 5000


@dataclass(frozen=True)
class RenderedDocument:
    form: str
    name: str  # the form's name, e.g. "Mẫu 04 - Kế hoạch hỗ trợ, can thiệp"
    file_name: str  # a suggested file name that carries no child's name
    pdf: bytes
    restricted_shown: tuple[str, ...] = ()
    restricted_masked: tuple[str, ...] = field(default_factory=tuple)
    target_id: str | None = None


def find_case_id(store: Store, code: str) -> str:
    """The case with this code ("0007/2026"), as officers write it on paper."""
    with store.unit_of_work(write=False) as uow:
        found = uow.cases.where(code=code.strip())
    if not found:
        raise DocumentError("documents.not_found", what="case", ref=code)
    return found[0].id


def find_child_id(store: Store, ref: str) -> str:
    """A child by record id or by the 12-digit personal ID number."""
    ref = ref.strip()
    with store.unit_of_work(write=False) as uow:
        if uow.children.find(ref) is not None:
            return ref
        found = uow.children.where(personal_id=ref) if ref else []
    if not found:
        raise DocumentError("documents.not_found", what="child", ref=ref)
    return found[0].id


def _officer_name(uow: UnitOfWork, officer_id: str | None, fallback: str) -> str:
    officer = uow.officers.find(officer_id) if officer_id else None
    return officer.full_name if officer else fallback


def _case(uow: UnitOfWork, case_id: str) -> Case:
    case = uow.cases.find(case_id)
    if case is None:
        raise DocumentError("documents.not_found", what="case", ref=case_id)
    return case


def _visit_gathered(uow: UnitOfWork, target_id: str, fallback: str) -> tuple[Gathered, str]:
    """A visit's record from the visit's id, or the latest visit of a case or of a child."""
    visit = uow.visits.find(target_id)
    if visit is None:
        case = uow.cases.find(target_id)
        key = {"case_id": target_id} if case is not None else {"child_id": target_id}
        visits = uow.visits.where(**key)
        if not visits:
            raise DocumentError("documents.no_record", form="tham_gia_dinh")
        visit = max(visits, key=lambda v: v.visited_at)
    case = uow.cases.find(visit.case_id) if visit.case_id else None
    if case is None:
        case = Case(
            commune_code="",
            code="",
            child_id=visit.child_id,
            received_at=visit.visited_at,
            channel="truc_tiep",
            category="co_nguy_co",
        )
    author = _officer_name(uow, visit.author_id, fallback)
    return CaseForms(uow, case, author).visit(visit), case.code or visit.id[:8]


def _gather(
    uow: UnitOfWork, form: str, target_id: str, settings: DocumentSettings, fallback: str
) -> tuple[Gathered, str]:
    if form in CASE_FORMS and form != "tham_gia_dinh":
        case = _case(uow, target_id)
        forms = CaseForms(uow, case, _officer_name(uow, case.officer_id, fallback))
        builders: dict[str, Callable[[], Gathered]] = {
            "mau01": forms.mau01,
            "mau02": forms.mau02,
            "mau03": forms.mau03,
            "bien_ban_hop": forms.bien_ban_hop,
            "mau04": forms.mau04,
            "mau05": lambda: forms.mau05(settings.chairman_name),
            "mau06": forms.mau06,
            "mau07": lambda: forms.mau07(settings.chairman_name),
        }
        return builders[form](), case.code
    if form == "tham_gia_dinh":
        return _visit_gathered(uow, target_id, fallback)
    if form == "ho_so_tre":
        today = uow.now().astimezone(LOCAL_TZ).date()
        return profile(child_file(uow, target_id), today, fallback), target_id[:8]
    raise DocumentError("documents.unknown_form", form=form, known=", ".join(FORMS))


def _mask(gathered: Gathered, role: Role) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Blank out restricted values the role may not see (as on screen); say what was there."""
    present = tuple(k for k in RESTRICTED if k in gathered.restricted)
    shown = tuple(k for k in present if can_see(role, SIGHT[k]))
    hidden = tuple(k for k in present if k not in shown)
    for key in hidden:
        gathered.values[key] = MASK
    if not can_see(role, RestrictedField.HIV_STATUS):
        hiv_label = group_label(SpecialGroup.DD)
        for row in gathered.tables.get("groups", []):
            if row.get("group") == hiv_label:
                row.update(group=MASK, subgroup="")
    return shown, hidden


def _document(
    gathered: Gathered, settings: DocumentSettings, number: str, title: str
) -> DocumentData:
    values = dict(gathered.values)
    values.update(
        commune_name=settings.commune_name,
        commune_upper=settings.commune_name.upper(),
        chairman_name=settings.chairman_name,
    )
    return DocumentData(
        issuing_parent=settings.issuing_parent,
        issuing_body=settings.issuing_body,
        number=number,
        place=settings.place_name,
        day=gathered.day,
        values=values,
        lists=gathered.lists,
        tables=gathered.tables,
        title=title,
    )


def _audit(
    uow: UnitOfWork,
    form: str,
    target_id: str | None,
    shown: tuple[str, ...],
    masked: tuple,
    action: AuditAction = AuditAction.PRINT,
) -> None:
    entity = "child" if form in CHILD_FORMS else ("register" if form in LIST_FORMS else "case")
    detail = f"form={form}"
    if shown:
        detail += f" restricted={','.join(shown)}"
    if masked:
        detail += f" masked={','.join(masked)}"
    uow.audit(action, entity, target_id, detail=detail)


def _file_name(form: str, ref: str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in fold(ref)).strip("-")
    return f"{form}_{safe}.pdf" if safe else f"{form}.pdf"


def _prepare(
    uow: UnitOfWork, store: Store, form: str, target_id: str, issue_number: bool
) -> tuple[FormTemplate, DocumentData, tuple[str, ...], tuple[str, ...]]:
    if form not in CASE_FORMS + CHILD_FORMS:
        raise DocumentError("documents.unknown_form", form=form, known=", ".join(FORMS))
    template = load_template(form)
    settings = read_settings(uow, store.commune_code)
    gathered, ref = _gather(uow, form, target_id, settings, store.officer.full_name)
    shown, masked = _mask(gathered, store.officer.role)
    number = gathered.number
    if not number and template.number_code and (issue_number or settings.number_documents):
        year = (gathered.day or date.today()).year
        number = take_number(uow, template.number_code, year)
    return (
        template,
        _document(gathered, settings, number, f"{template.name} - {ref}"),
        shown,
        masked,
    )


def document_data(store: Store, form: str, target_id: str) -> DocumentData:
    """What a form would print, as plain values (masked by role); nothing is written."""
    with store.unit_of_work(write=False) as uow:
        return _prepare(uow, store, form, target_id, False)[1]


def render_document(
    store: Store,
    form: str,
    target_id: str,
    *,
    issue_number: bool = False,
    action: AuditAction = AuditAction.PRINT,
) -> RenderedDocument:
    """One case or child form as PDF bytes; written to the audit log as `action`.

    The command line prints straight away (PRINT); the app's preview is a VIEW, and the
    Print and Save buttons then record their own event through record_output().
    """
    with store.unit_of_work() as uow:
        template, data, shown, masked = _prepare(uow, store, form, target_id, issue_number)
        pdf = render_pdf(template, data)
        _audit(uow, form, target_id, shown, masked, action)
    ref = data.title.rsplit(" - ", 1)[-1]
    return RenderedDocument(
        form, template.name, _file_name(form, ref), pdf, shown, masked, target_id
    )


def record_output(store: Store, rendered: RenderedDocument, action: AuditAction) -> None:
    """Log that a previewed document went to a printer (PRINT) or a file (EXPORT)."""
    with store.unit_of_work() as uow:
        _audit(
            uow,
            rendered.form,
            rendered.target_id,
            rendered.restricted_shown,
            rendered.restricted_masked,
            action,
        )


def register_extract(
    store: Store,
    filters: RegisterFilter | None = None,
    *,
    action: AuditAction = AuditAction.PRINT,
) -> RenderedDocument:
    """The sổ theo dõi trẻ em for the children the filter keeps, in a landscape table."""
    filters = filters or RegisterFilter()
    template = load_template("so_theo_doi")
    allowed = can_see(store.officer.role, RestrictedField.HIV_STATUS)
    with store.unit_of_work() as uow:
        settings = read_settings(uow, store.commune_code)
        today = uow.now().astimezone(LOCAL_TZ).date()
        equals = {"village": filters.village} if filters.village else {}
        children = uow.children.where(order_by="full_name", **equals)
        groups: dict[str, list[SpecialGroup]] = {}
        for membership in uow.groups.where():
            if membership.active_on(today):
                groups.setdefault(membership.child_id, []).append(membership.group)
        if filters.group is not None:
            children = [ch for ch in children if filters.group in groups.get(ch.id, [])]
        children = children[: filters.limit]
        ids = {ch.id for ch in children}
        carers: dict[str, list[str]] = {}
        for carer in uow.carers.where(order_by="created_at"):
            if carer.child_id in ids:
                carers.setdefault(carer.child_id, []).append(
                    f"{carer.full_name} ({w.lab(carer.relation).lower()})"
                )
        allowances: dict[str, list[str]] = {}
        for allowance in uow.allowances.where():
            if allowance.child_id in ids:
                allowances.setdefault(allowance.child_id, []).append(allowance.category.value)
        rows = []
        hiv_listed = False  # group đ (HIV) is a health fact: restricted like HIV status
        for i, child in enumerate(children, 1):
            codes = list(groups.get(child.id, []))
            if SpecialGroup.DD in codes:
                hiv_listed = True
                if not allowed:
                    codes = [g for g in codes if g is not SpecialGroup.DD]
            rows.append(
                {
                    "no": str(i),
                    "name": child.full_name,
                    "dob": w.dob_text(child, today),
                    "sex": w.lab(child.sex),
                    "personal_id": child.personal_id or "",
                    "village": child.village,
                    "carers": "; ".join(carers.get(child.id, [])),
                    "groups": ", ".join(g.value.replace("dd", "đ") for g in codes),
                    "allowances": ", ".join(allowances.get(child.id, [])),
                    "notes": child.notes,
                }
            )
        parts = [f"Thôn, tổ dân phố: {filters.village}"] if filters.village else []
        if filters.group is not None:
            parts.append(f"Nhóm: {group_label(filters.group)}")
        gathered = Gathered(
            today,
            {
                "officer_name": store.officer.full_name,
                "count": str(len(rows)),
                "filter_text": "; ".join(parts) or f"Toàn bộ trẻ em, đến ngày {day_text(today)}",
            },
            tables={"children": rows},
        )
        data = _document(gathered, settings, "", template.name)
        pdf = render_pdf(template, data)
        hiv = ("hiv",) if hiv_listed else ()
        _audit(uow, "so_theo_doi", None, hiv if allowed else (), () if allowed else hiv, action)
    shown, masked = (hiv, ()) if allowed else ((), hiv)
    return RenderedDocument("so_theo_doi", template.name, "so_theo_doi.pdf", pdf, shown, masked)
