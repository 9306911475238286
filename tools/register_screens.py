"""PNG screenshots of the register, child profile tabs, visit form and visits page (Vietnamese).

python tools/register_screens.py [OUT]   (default out/screens)
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.services import register  # noqa: E402
from desktop.ui.application import make_app  # noqa: E402
from desktop.ui.child.dialog import ChildProfileDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.task_runner import TaskRunner  # noqa: E402
from desktop.ui.visits.form import VisitForm  # noqa: E402
from tests.helpers.registers import make_register  # noqa: E402
from tools.screens import save, settle  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "i18n" / "build.py")], check=True)
    app = make_app("vi")
    with tempfile.TemporaryDirectory() as tmp:
        store = make_register(Path(tmp) / "r", 1500)
        runner = TaskRunner()
        window = MainWindow(store, runner)
        window.resize(1366, 768)
        window.show()
        window.show_page("children")
        page = window.page("children")
        model = page.model
        settle(lambda: model.rowCount() > 0 and model.total is not None and not runner.busy)
        page.filter_button.setChecked(True)
        settle(lambda: not runner.busy)
        save(window, out, "register-filters.png")

        # A child with something in every tab.
        lines = register.fetch_page(
            store, register.RegisterView(filters=register.RegisterFilter(open_case=True,
                                                                         allowance=True)), limit=5
        ).rows or register.fetch_page(
            store, register.RegisterView(filters=register.RegisterFilter(open_case=True)), limit=5
        ).rows  # fmt: skip
        from desktop.services import visits

        due = visits.visits_due(store)[0]
        lines = [next(c for c in register.search_children(store, due.child_name, limit=50)
                      if c.id == due.visit.child_id)]  # fmt: skip
        dialog = ChildProfileDialog(page.ctx, lines[0].id, parent=window)
        dialog.show()
        settle(lambda: dialog.file is not None and not runner.busy)
        names = ("general", "household", "groups", "allowances", "cases", "visits", "history")
        for index, name in enumerate(names):
            dialog.tabs.setCurrentIndex(index)
            settle()
            save(dialog, out, f"child-{name}.png")
        new = ChildProfileDialog(page.ctx, None, parent=window)
        new.show()
        new.save()
        settle()
        save(new, out, "child-new-checks.png")
        new._dirty = False
        new.close()

        form = VisitForm(page.ctx, lines[0].id, lines[0].full_name, parent=dialog)
        form.show()
        form.observations.setPlainText("Trẻ khỏe mạnh, đi học đều; nhà ở chật chội.")
        form.flag_boxes[0].setChecked(True)
        settle(lambda: not runner.busy)
        save(form, out, "visit-form.png")
        form.discard()
        dialog._dirty = False
        dialog.close()

        window.show_page("visits")
        visits_page = window.page("visits")
        settle(lambda: visits_page.model.rowCount() > 0 and not runner.busy)
        save(window, out, "visits-page.png")
        window.close()
        runner.shutdown()
        store.close()
    QApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
