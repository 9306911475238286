"""Case screens: one case from a 111 report to closure, through the page and its editors."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import (
    AbuseType,
    CaseStage,
    IntakeCategory,
    IntakeChannel,
    ReviewOutcome,
    RiskLevel,
)
from desktop.services.cases import views as cases_views
from desktop.ui.cases.list_model import CaseListModel
from desktop.ui.cases.page import CasesPage
from desktop.ui.cases.plan_model import TASK, PlanTaskModel, TaskLine
from tests.services.case_helpers import intake, step_to

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def idle(qtbot, ctx) -> None:
    """Wait until the background worker has run and delivered everything queued."""
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def test_case_list_and_plan_models_pass_the_model_tester(qtmodeltester, ctx) -> None:
    case_id = intake(ctx.store)
    model = CaseListModel()
    model.set_rows(cases_views.list_cases(ctx.store))
    qtmodeltester.check(model)
    assert model.case_id(0) == case_id
    plan = PlanTaskModel()
    plan.set_lines([TaskLine(task="Tư vấn", cost=100_000)], editable=True)
    plan.add_line()
    plan.setData(plan.index(1, 5), 250_000)
    qtmodeltester.check(plan)
    assert plan.total == 350_000
    assert plan.flags(plan.index(0, TASK)) & Qt.ItemFlag.ItemIsEditable


def _step(qtbot, ctx, page, key: str, **values) -> None:
    case_page = page.case_page
    button = case_page.findChild(type(case_page.back), f"step_{key}")
    assert button is not None, f"no button for {key}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = case_page.dialog
    idle(qtbot, ctx)
    for name, value in values.items():
        dialog.set_value(name, value)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result_value is not None, dialog.error.text()
    idle(qtbot, ctx)


def _stage(page) -> CaseStage:
    return page.case_page.view.summary.stage


def test_a_111_report_walks_to_closure_through_the_screens(qtbot, vi, ctx, clock, say_yes):
    from tests.helpers.registers import add_child

    child = add_child(ctx.store, "Đỗ Minh Khang")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    idle(qtbot, ctx)
    assert page.new_button.text() == "Báo cáo mới…"

    page.new_intake()
    dialog = page.dialog
    idle(qtbot, ctx)  # the register's children are loaded into the picker
    dialog.set_value("received_at", clock() - timedelta(minutes=15))
    dialog.set_value("channel", IntakeChannel.HOTLINE_111)
    dialog.set_value("category", IntakeCategory.ABUSED)
    dialog.set_value("abuse_types", [AbuseType.VIOLENCE])
    dialog.set_value("place", "Thôn Đông")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible() or not dialog.isVisible(), timeout=10_000)
    assert "tham chiếu" in dialog.error.text() or "111" in dialog.error.text()
    dialog.set_value("hotline_ref", "111-2026-0789")
    dialog.set_value("child_id", child.id)
    dialog.save()
    qtbot.waitUntil(lambda: page.case_page.view is not None, timeout=10_000)
    idle(qtbot, ctx)
    assert page.stack.currentWidget() is page.case_page
    assert "0001/2026" in page.case_page.title.text()
    assert "Đỗ Minh Khang" in page.case_page.title.text()

    clock.advance(hours=1)
    _step(qtbot, ctx, page, "initial_assessment", risk_level=RiskLevel.MEDIUM)
    assert _stage(page) is CaseStage.INITIAL_ASSESSMENT
    _step(qtbot, ctx, page, "detailed_assessment", physical_emotional="Trẻ sợ hãi", needs="Tư vấn")
    _step(qtbot, ctx, page, "meeting", chaired_by="Chủ tịch UBND xã", attendees=["Mẹ trẻ"])
    _step(qtbot, ctx, page, "plan_start", goals="Trẻ được an toàn")
    assert _stage(page) is CaseStage.PLANNING

    editor = page.case_page.plan
    assert editor.model.editable
    editor.model.add_line(
        TaskLine(task="Tư vấn tâm lý", responsible="Trạm y tế", start_date=date(2026, 3, 3),
                 expected_end=date(2026, 4, 3), cost=1_200_000)
    )  # fmt: skip
    assert "1.200.000 đ" in editor.total.text()
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stage(page) is CaseStage.AWAITING_APPROVAL, timeout=10_000)
    idle(qtbot, ctx)

    _step(
        qtbot, ctx, page, "plan_approve", decision_number="12/QĐ-UBND", signer_name="Phạm Văn Chủ"
    )
    assert _stage(page) is CaseStage.IMPLEMENTING
    _step(qtbot, ctx, page, "note", text="Trẻ đã đi học lại")
    _step(
        qtbot, ctx, page, "review", harm_still_serious=RiskLevel.LOW, abuser_access=RiskLevel.LOW,
        outcome=ReviewOutcome.CLOSE,
    )  # fmt: skip
    _step(qtbot, ctx, page, "close", reason="Trẻ an toàn, ổn định")
    assert _stage(page) is CaseStage.CLOSED

    steps = [
        page.case_page.timeline.item(r, 1).text() for r in range(page.case_page.timeline.rowCount())
    ]
    assert steps[0].startswith("Kết thúc vụ việc") or "Kết thúc" in steps[0]
    assert any("Tiếp nhận" in s for s in steps)
    assert any("Phê duyệt kế hoạch" in s or "phê duyệt" in s for s in steps)
    assert page.case_page.findChild(type(page.case_page.back), "step_reopen") is not None

    page.show_list()
    idle(qtbot, ctx)
    page.stage.setCurrentIndex(page.stage.findData(CaseStage.CLOSED.value))
    idle(qtbot, ctx)
    assert page.model.rowCount() == 1


def test_restricted_fields_show_only_on_request(qtbot, vi, ctx) -> None:
    case_id = intake(ctx.store)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.case_page.view is not None, timeout=10_000)
    value = page.case_page.findChild(type(page.case_page.title), "restricted_perpetrator")
    assert value.text() == "••••••"
    button = page.case_page.findChild(type(page.case_page.back), "reveal_perpetrator")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: value.text() == "Cha dượng", timeout=10_000)


def test_plan_editor_keeps_a_draft_while_typing(qtbot, vi, ctx, clock) -> None:
    case_id = intake(ctx.store)
    step_to(ctx.store, case_id, CaseStage.PLANNING, clock)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.case_page.view is not None, timeout=10_000)
    idle(qtbot, ctx)
    editor = page.case_page.plan
    editor.model.setData(editor.model.index(0, TASK), "Tư vấn tâm lý hằng tuần")
    editor.save_drafts()
    idle(qtbot, ctx)
    again = CasesPage(ctx)
    qtbot.addWidget(again)
    again.open_case(case_id)
    qtbot.waitUntil(lambda: again.case_page.view is not None, timeout=10_000)
    idle(qtbot, ctx)
    assert again.case_page.plan.model.lines[0].task == "Tư vấn tâm lý hằng tuần"


def test_an_unidentified_child_is_linked_once_registered(qtbot, vi, ctx) -> None:
    from tests.helpers.registers import add_child

    case_id = intake(ctx.store, child=False)
    child = add_child(ctx.store, "Vũ Thị Na")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.case_page.view is not None, timeout=10_000)
    assert "Bé gái khoảng 8 tuổi" in page.case_page.title.text()
    _step(qtbot, ctx, page, "link_child", child_id=child.id)
    assert "Vũ Thị Na" in page.case_page.title.text()
    assert page.case_page.findChild(type(page.case_page.back), "step_link_child") is None


def test_the_case_page_prints_this_cases_forms(qtbot, vi, ctx) -> None:
    from desktop.services import documents

    case_id = intake(ctx.store)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    assert not page.case_page.print_button.isEnabled()
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.case_page.print_button.isEnabled(), timeout=10_000)
    menu = page.case_page.print_button.menu()
    assert len(menu.actions()) == len(documents.CASE_FORMS)
    assert page.case_page.print_button.text() == "In…"
