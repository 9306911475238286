"""What `bvte sync` says is Vietnamese and says what to do (issue 13, item 12).

The guards read the code itself: every sync error code raised, every server code a PC can be
answered with, and every log record of the sync an officer could be shown has its Vietnamese
text, so a new one without a text fails here rather than reaching an officer in English.
"""

import ast
import logging
import re
from pathlib import Path

import pytest

from desktop.cli.sync import _STAGES, report_lines
from desktop.protocol import SYNCED_TABLES
from desktop.services.sync import messages as sync_messages
from desktop.sync.checksums import VerifyReport
from desktop.sync.engine import SyncReport
from desktop.sync.errors import SyncError
from desktop.sync.outbox import PushOutcome
from server.errors import MESSAGES as SERVER_MESSAGES
from server.errors import REJECT_REASONS

ROOT = Path(__file__).resolve().parents[2]
# Where sync errors are raised and sync events logged: the engine's side and its use cases.
SOURCES = [
    *sorted((ROOT / "desktop" / "sync").glob("*.py")),
    *sorted((ROOT / "desktop" / "services").glob("sync*.py")),
]
VIETNAMESE = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
ENGLISH_WORDS = ("row", "checksum", "mismatch", "lacks", "column", "account", "error", "sync ")


def _vietnamese(text: str) -> bool:
    """Vietnamese words, and no English ones outside the error code a technician is given."""
    text = re.sub(r"\(mã lỗi: [a-z0-9_.]+\)", "", text)
    text = re.sub(r"\{\w+\}", "", text)  # placeholders are filled with Vietnamese or numbers
    return bool(VIETNAMESE & set(text.lower())) and not any(w in text for w in ENGLISH_WORDS)


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _raised_codes() -> set[str]:
    """Every literal code given to SyncError (or a subclass's super().__init__) in the sources."""
    codes = set()
    for path in SOURCES:
        for call in _calls(path):
            if _name(call) in ("SyncError", "__init__") and call.args:
                first = call.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    codes.add(first.value)
    return codes


def _logged() -> list[tuple[str, str, str | None]]:
    """(file, level, code) of every warning or error log call in the sources."""
    found = []
    for path in SOURCES:
        for call in _calls(path):
            func = call.func
            if not (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "log"
                and func.attr in ("warning", "error", "exception", "critical")
            ):
                continue
            code = None
            for keyword in call.keywords:
                if keyword.arg == "extra" and isinstance(keyword.value, ast.Dict):
                    for key, value in zip(keyword.value.keys, keyword.value.values, strict=True):
                        if isinstance(key, ast.Constant) and key.value == "code":
                            code = value.value if isinstance(value, ast.Constant) else None
            found.append((path.name, func.attr, code))
    return found


def test_item12_every_sync_error_code_raised_on_the_pc_has_a_vietnamese_message() -> None:
    codes = _raised_codes()
    assert {"sync.unreachable", "sync.orphan_rows", "sync.insecure_url"} <= codes  # it reads
    for code in sorted(codes):
        assert code in sync_messages.MESSAGES, code
        text = sync_messages.explain(SyncError(code))
        assert _vietnamese(text), (code, text)


def test_item12_every_code_the_server_answers_with_is_vietnamese_on_the_pc() -> None:
    # The server's answer carries its own Vietnamese message; without one (a proxy, an older
    # server) the PC still has a Vietnamese text for the code.
    for code, message in {**SERVER_MESSAGES, **REJECT_REASONS}.items():
        assert _vietnamese(message), (code, message)
        assert _vietnamese(sync_messages.explain(SyncError(code))), code
    assert _vietnamese(sync_messages.explain(SyncError("http.502")))


def test_item12_a_server_message_quoting_technical_detail_is_not_shown() -> None:
    answer = SyncError(
        "request.invalid",
        status=400,
        server_message="Dữ liệu gửi lên không đúng định dạng: protocol.bad_number PushBatch.cursor",
    )
    text = sync_messages.explain(answer)
    assert _vietnamese(text) and "protocol" not in text and "PushBatch" not in text
    limited = SyncError("auth.rate_limited", server_message="Hãy đợi 30 giây rồi thử lại.")
    assert sync_messages.explain(limited) == "Hãy đợi 30 giây rồi thử lại."


def test_item12_every_stage_the_engine_reports_has_a_vietnamese_label() -> None:
    stages = set()
    for call in _calls(ROOT / "desktop" / "sync" / "engine.py"):
        if _name(call) in ("_tell", "Progress") and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                stages.add(first.value)
    assert {"push", "pull", "snapshot", "verify", "repair", "retry", "stalled"} <= stages
    for stage in stages:
        assert _vietnamese(_STAGES[stage]), stage


def test_item12_every_logged_sync_event_an_officer_could_see_has_a_vietnamese_notice() -> None:
    logged = _logged()
    assert len(logged) >= 5  # the scan finds the calls
    for where, level, code in logged:
        assert code is not None, f"{where}: log.{level} without extra={{'code': ...}}"
        assert code in sync_messages.NOTICES, (where, code)
        text = sync_messages.NOTICES[code]
        if text is None:
            # Said otherwise: the sync stops with this error's message, or the summary says it.
            summarised = {"sync.checksum_mismatch", "sync.rows_held"}
            assert code in sync_messages.MESSAGES or code in summarised, code
        else:
            assert _vietnamese(text.format(table="trẻ em")), code


def test_item12_the_summary_names_tables_in_vietnamese_and_says_what_to_do() -> None:
    assert set(sync_messages.TABLE_NAMES) == set(SYNCED_TABLES)
    report = SyncReport(
        pushed=PushOutcome(applied=3, conflicts=1, rejected=2),
        verify=VerifyReport(
            compared=True,
            mismatched_tables=["child", "household"],
            repaired_rows=4,
            still_mismatched=["child"],
        ),
    )
    lines = report_lines(report)
    text = "\n".join(lines)
    assert "trẻ em, hộ gia đình" in text and "household" not in text
    assert "báo bộ phận kỹ thuật" in text and "trang Đồng bộ" in text
    for line in lines:
        assert _vietnamese(line), line


def test_item12_a_logged_sync_event_reaches_the_terminal_in_vietnamese_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli.sync import _notices

    logging.getLogger("desktop").addHandler(logging.NullHandler())
    log = logging.getLogger("desktop.sync.apply")
    with _notices():
        for _ in range(3):
            log.warning(
                "officer username %s held by two accounts", "tran.thi.mai",
                extra={"code": "sync.officer_twice"},
            )
        log.warning("checksum mismatch in %s", "child", extra={"code": "sync.checksum_mismatch"})
    err = capsys.readouterr().err
    assert "username" not in err and "checksum" not in err and "tran.thi.mai" not in err
    assert err.count("hai tài khoản cán bộ cùng một tên đăng nhập") == 1
