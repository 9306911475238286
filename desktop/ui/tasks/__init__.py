"""The Tasks screen; also the home of `TaskRunner`, the one serial background worker."""

# Screens import the runner as `desktop.ui.tasks.TaskRunner`; it lives in task_runner.py now
# that this name is also the Tasks screen's folder.
from desktop.ui.task_runner import Task, TaskRunner

__all__ = ["Task", "TaskRunner"]
