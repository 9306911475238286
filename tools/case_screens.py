"""PNG screenshots of the case screens in Vietnamese: python tools/case_screens.py DIR."""

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.enums import CaseStage  # noqa: E402
from desktop.services.cases import views as cases_views  # noqa: E402
from desktop.services.seed import seed_register  # noqa: E402
from desktop.storage.store import StoreOptions  # noqa: E402
from desktop.ui.cases.page import CasesPage  # noqa: E402
from desktop.ui.context import AppContext, AppSignals  # noqa: E402
from desktop.ui.overview.page import OverviewPage  # noqa: E402
from desktop.ui.task_runner import TaskRunner  # noqa: E402
from desktop.ui.tasks.page import TasksPage  # noqa: E402
from tests.helpers.languages import use_language  # noqa: E402
from tests.helpers.registers import FAST, create_store  # noqa: E402
from tools.screens import save, settle  # noqa: E402

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--children", type=int, default=2000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    use_language("vi")
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = create_store(Path(tmp) / "register", opts=StoreOptions(kdf=FAST.kdf))
        seed_register(store, children=args.children, seed=1)
        runner = TaskRunner()
        ctx = AppContext(store, runner, "vi", store.officer, AppSignals())

        overview = OverviewPage(ctx)
        overview.resize(*SIZE)
        overview.show()
        settle(lambda: overview.data is not None and not runner.busy)
        save(overview, args.out, "cases-overview.png")

        page = CasesPage(ctx)
        page.resize(*SIZE)
        page.show()
        settle(lambda: page.model.rowCount() > 0 and not runner.busy)
        save(page, args.out, "cases-list.png")

        rows = cases_views.list_cases(store, stages={CaseStage.IMPLEMENTING})
        page.open_case(rows[0].id)
        settle(lambda: page.case_page.view is not None and not runner.busy)
        save(page, args.out, "cases-timeline.png")
        page.case_page.tabs.setCurrentWidget(page.case_page.report)
        settle()
        save(page, args.out, "cases-report.png")

        drafting = cases_views.list_cases(store, stages={CaseStage.PLANNING})
        page.open_case(drafting[0].id)
        settle(lambda: page.case_page.view is not None and not runner.busy)
        page.case_page.tabs.setCurrentWidget(page.case_page.plan)
        settle(lambda: not runner.busy)
        save(page, args.out, "cases-plan-editor.png")

        page.case_page.start_step("meeting")
        settle()
        save(page.case_page.dialog, args.out, "cases-step-meeting.png")
        page.case_page.dialog.reject()

        tasks = TasksPage(ctx)
        tasks.resize(*SIZE)
        tasks.show()
        settle(lambda: bool(tasks.items) and not runner.busy)
        save(tasks, args.out, "cases-tasks.png")
        runner.shutdown()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
