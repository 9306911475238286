"""Run the real `bvte` command in a child process, as an officer or a scheduled task would."""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def bvte_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def bvte(*args: str, stdin: str = "", timeout: float = 120, **env: str) -> Outcome:
    done = subprocess.run(
        bvte_command(*args),
        input=stdin.encode("utf-8"),
        capture_output=True,
        timeout=timeout,
        env=child_env(**env),
        cwd=ROOT,
        check=False,
    )
    return Outcome(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
