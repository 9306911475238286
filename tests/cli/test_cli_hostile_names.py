"""Names holding control, direction or zero-width characters never reach a terminal raw."""

import unicodedata
from pathlib import Path

from tests.cli.runner import bvte
from tests.helpers.registers import PASSWORD, add_child, create_store

HOSTILE = "Lò\x1b[2J\x1b[31mVăn\x07 Ba\u202e\u200bnh\r"


def raw_controls(text: str) -> list[str]:
    return [
        repr(ch) for ch in text
        if ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cf")
    ]  # fmt: skip


def test_search_output_escapes_what_the_name_holds_and_finds_it(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder, full_name="Trần\u202e Thị Mai")
    add_child(store, HOSTILE, personal_id="031215\u200b001234")
    store.close()
    done = bvte("search", "--data-dir", str(folder), "lo banh", "--password-stdin",
                stdin=PASSWORD + "\n")  # fmt: skip
    assert done.code == 0, done.text
    assert raw_controls(done.out) == [] and raw_controls(done.err) == []
    assert "Lò\\u001b[2J\\u001b[31mVăn\\u0007 Ba\\u202e\\u200bnh\\u000d" in done.out
    assert "(1 kết quả)" in done.out
    unknown = bvte("search", "--data-dir", str(folder), "x", "--officer", "Ai\u202eđó",
                   "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert unknown.code == 2
    assert raw_controls(unknown.err) == []
    assert "Trần\\u202e Thị Mai" in unknown.err
