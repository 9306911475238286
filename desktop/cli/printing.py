"""`bvte print FORM`: an official document of a case, a child or the register, to a PDF file."""

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_CORRUPT, EXIT_MISSING, EXIT_OK, EXIT_USAGE, CliError, open_store
from desktop.cli.text import safe_text

FORM_HELP = (
    "mau01 (tiếp nhận), mau02 (đánh giá ban đầu), mau03 (đánh giá cụ thể), bien_ban_hop, "
    "mau04 (kế hoạch), mau05 (quyết định phê duyệt), mau06 (rà soát), mau07 (cách ly), "
    "tham_gia_dinh (thăm gia đình), ho_so_tre (phiếu thông tin trẻ em), so_theo_doi (sổ theo dõi)"
)


def add_print_parser(sub: argparse._SubParsersAction, unlock: argparse.ArgumentParser) -> None:
    p = sub.add_parser("print", parents=[unlock], help="in văn bản, biểu mẫu ra tệp PDF")
    p.add_argument("form", help=FORM_HELP)
    p.add_argument("--out", required=True, help="tệp PDF sẽ ghi ra")
    p.add_argument("--case", help="mã trường hợp, ví dụ 0007/2026")
    p.add_argument(
        "--child", help="số định danh cá nhân hoặc mã trẻ em (cho ho_so_tre, tham_gia_dinh)"
    )
    p.add_argument("--visit", help="mã lần thăm (cho tham_gia_dinh)")
    p.add_argument("--village", default="", help="so_theo_doi: chỉ thôn, tổ dân phố này")
    p.add_argument("--group", default="", help="so_theo_doi: chỉ nhóm HCĐB này (a, b, ..., dd)")
    p.add_argument("--number", action="store_true", help="cấp số văn bản tiếp theo")
    p.set_defaults(run=cmd_print)


def _explained(exc: Exception, form: str) -> CliError:
    from desktop.printing.templates import TemplateError

    if isinstance(exc, TemplateError):
        return CliError("forms.invalid", EXIT_CORRUPT, **exc.params)
    code = getattr(exc, "code", "")
    params = dict(getattr(exc, "params", {}))
    if code == "documents.no_record":
        return CliError(code, EXIT_MISSING, form=form)
    if code == "documents.not_found":
        what = {"case": "trường hợp", "child": "trẻ em"}.get(str(params.get("what")), "hồ sơ")
        return CliError(code, EXIT_MISSING, what=what, ref=params.get("ref", ""))
    if code == "documents.unknown_form":
        return CliError(code, EXIT_USAGE, form=form, known=params.get("known", ""))
    raise exc


def _group(text: str):
    from desktop.domain.enums import SpecialGroup

    wanted = text.strip().lower().replace("đ", "dd")
    for group in SpecialGroup:
        if group.value == wanted:
            return group
    raise CliError("cli.unknown_group", EXIT_USAGE, group=text)


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services import documents as d

    form = args.form
    if form not in d.FORMS:
        raise CliError("documents.unknown_form", EXIT_USAGE, form=form, known=", ".join(d.FORMS))
    group = _group(args.group) if args.group else None
    target = args.visit or args.child
    if form in d.CASE_FORMS and not target and not args.case:
        raise CliError("cli.print_needs", EXIT_USAGE, form=form, option="--case")
    if form in d.CHILD_FORMS and not args.child:
        raise CliError("cli.print_needs", EXIT_USAGE, form=form, option="--child")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CliError("cli.print_folder", EXIT_USAGE, where=str(out.parent))
    store = open_store(args)
    try:
        if form in d.LIST_FORMS:
            filters = d.RegisterFilter(village=args.village.strip(), group=group)
            rendered = d.register_extract(store, filters)
        else:
            if args.child and not args.visit:
                target = d.find_child_id(store, args.child)
            if form in d.CASE_FORMS and not target:
                target = d.find_case_id(store, args.case)
            rendered = d.render_document(store, form, target, issue_number=args.number)
    except DomainError as exc:
        raise _explained(exc, form) from exc
    finally:
        store.close()
    from desktop.storage.files import atomic_write

    atomic_write(out, rendered.pdf)
    print(f"Đã in {safe_text(rendered.name)} ra tệp {out}.")
    if rendered.restricted_masked:
        print("Một số thông tin hạn chế đã được che theo quyền của tài khoản.")
    return EXIT_OK
