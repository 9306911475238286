"""Pull, snapshot, checksums and repair on a live server; commit order; commune scope."""

import json
import threading

from desktop import protocol as p
from server.compression import accepts_zstd
from server.push import DeviceContext, apply_batch


def _children(device, count, prefix="Trẻ"):
    changes = [device.new("child", {"full_name": f"{prefix} {i}", "notes": str(i)})
               for i in range(count)]
    device.push(*changes)
    return changes


def test_snapshot_then_pull_gives_the_same_state_as_the_log(pair, device_factory):
    one, _ = pair
    made = _children(one, 30)
    one.push(one.change("child", made[0].row_id, {"full_name": "Đổi tên"},
                        base={"full_name": "Trẻ 0"}, base_version=1))
    fresh = device_factory(one.commune)
    rows, cursor = fresh.snapshot(limit=7)  # several pages
    assert len(rows) == 30
    _children(one, 5, prefix="Sau ảnh chụp")  # committed after the snapshot
    one.push(one.change("child", made[1].row_id, {}, base={"full_name": "Trẻ 1", "notes": "1"},
                        base_version=1, kind=p.KIND_DELETE))
    fresh.rows, fresh.cursor = rows, cursor
    fresh.sync_down(limit=4)
    from_log = device_factory(one.commune)
    from_log.sync_down(limit=6)
    assert {k: (r.version, r.deleted, r.values) for k, r in fresh.rows.items()} == \
        {k: (r.version, r.deleted, r.values) for k, r in from_log.rows.items()}
    assert len(from_log.rows) == 35 and from_log.rows[("child", made[1].row_id)].deleted


def test_checksums_are_equal_for_equal_data_and_show_a_corrupted_row(pair):
    one, two = pair
    _children(one, 12)
    two.sync_down()
    server = {t.table: t for t in two.checksums().tables}
    assert set(server) == set(p.SYNCED_TABLES)
    assert two.local_checksums() == server
    assert server["child"].count == 12
    # Damage one local row: the checksum finds it, the targeted fetch repairs it.
    key = next(k for k in two.rows if k[0] == "child")
    good = two.rows[key]
    two.rows[key] = p.PulledRow(good.table, good.row_id, good.server_seq, good.version,
                                False, {**good.values, "full_name": "hỏng"})
    assert two.local_checksums()["child"] != server["child"]
    fixed = p.RowsReply.from_json(two.fetch("child", [good.row_id]).json())
    two.rows[key] = fixed.rows[0]
    assert two.local_checksums() == server


def test_no_cross_commune_push_or_pull(live_server, pair, device_factory):
    one, _ = pair
    elsewhere = device_factory(live_server.new_commune())
    (theirs,) = _children(elsewhere, 1)
    (mine,) = _children(one, 1)
    one.sync_down()
    assert not any(row_id == theirs.row_id for _, row_id in one.rows)
    assert one.rows[("child", mine.row_id)].values["commune_code"] == one.commune
    fetched = p.RowsReply.from_json(one.fetch("child", [theirs.row_id]).json())
    assert fetched.rows == [] and fetched.missing == [theirs.row_id]
    # Editing another commune's row, creating a row for it, or hanging a row below it: refused.
    results = one.push(
        one.change("child", theirs.row_id, {"full_name": "X"}, base={"full_name": "Trẻ 0"},
                   base_version=1),
        one.new("child", {"commune_code": elsewhere.commune, "full_name": "Y"}),
        one.new("carer", {"child_id": theirs.row_id, "full_name": "Z"}),
        # Moving one's own child (not a case) to another commune by editing its commune.
        one.change("child", mine.row_id, {"commune_code": elsewhere.commune},
                   base={"commune_code": one.commune}, base_version=1),
    ).results
    assert [(r.fate, r.code) for r in results] == [("rejected", "sync.scope")] * 4
    assert all("xã khác" in r.reason for r in results)
    elsewhere.sync_down()
    assert elsewhere.rows[("child", theirs.row_id)].values["full_name"] == "Trẻ 0"
    assert len(elsewhere.rows) == 1
    # An officer of another commune cannot use this commune's PC.
    one.token = elsewhere.token
    answer = one.post(p.PATH_PULL, p.PullRequest())
    assert answer.status_code == 403 and answer.json()["code"] == "auth.scope"


def test_transactions_committing_out_of_order_are_both_pulled(live_server, pair):
    """T1 takes its log position, then stalls before commit while T2 runs. A reader in between
    must not get a cursor past T1's row, and T2 may not commit a position above T1's first."""
    one, two = pair
    ctx = DeviceContext(one.device_id, one.commune)
    first = one.batch(one.new("child"))
    second = one.batch(one.new("child"))
    stalled, release = threading.Event(), threading.Event()
    replies = {}

    def hold():
        stalled.set()
        assert release.wait(60)

    def run(name, batch, hook=None):
        replies[name] = apply_batch(live_server.engine, ctx, batch, before_commit=hook)

    t1 = threading.Thread(target=run, args=("t1", first, hold))
    t1.start()
    assert stalled.wait(60)
    t2 = threading.Thread(target=run, args=("t2", second))
    t2.start()
    middle = two.pull()  # taken while T1 is uncommitted and T2 is waiting or done
    assert middle.rows == []
    release.set()
    t1.join(60)
    t2.join(60)
    seq1 = replies["t1"].results[0].server_seq
    seq2 = replies["t2"].results[0].server_seq
    assert seq1 < seq2
    late = two.pull(cursor=middle.next_cursor)
    assert [r.row_id for r in late.rows] == [first.changes[0].row_id, second.changes[0].row_id]


def test_paged_pull_delivers_each_row_once_in_its_newest_state(pair):
    one, two = pair
    made = _children(one, 10)
    for i, change in enumerate(made[:5]):
        one.push(one.change("child", change.row_id, {"notes": str(100 + i)},
                            base={"notes": str(i)}, base_version=1))
    seen = []
    while True:
        page = two.pull(limit=3)
        seen.extend(page.rows)
        two.cursor = page.next_cursor
        if not page.has_more:
            break
    assert len(seen) == len({r.row_id for r in seen}) == 10
    assert sorted(int(r.values["notes"]) for r in seen) == [5, 6, 7, 8, 9, 100, 101, 102, 103,
                                                              104]
    assert [r.server_seq for r in seen] == sorted(r.server_seq for r in seen)


def _page_as_sent(device, path, body, accept):
    """(Content-Encoding, the body as it crossed the wire, the JSON it unpacks to)."""
    answer = device.session.post(
        device.base_url + path, data=p.encode_body(body), stream=True, timeout=60,
        headers={**device.headers(), "Content-Encoding": "gzip",
                 "Content-Type": "application/json", "Accept-Encoding": accept})
    assert answer.status_code == 200
    sent = answer.raw.read(decode_content=False)
    encoding = answer.headers.get("content-encoding")
    return encoding, sent, p.decode_body(sent, encoding)


def test_pages_go_in_zstd_to_a_client_that_takes_it_and_in_gzip_to_others(pair):
    one, two = pair
    _children(one, 60, prefix="Nguyễn Thị Ánh Tuyết, thôn Đông Hải")
    for path, body in ((p.PATH_SNAPSHOT, p.SnapshotRequest()), (p.PATH_PULL, p.PullRequest(0))):
        packed = _page_as_sent(two, path, body, "gzip, deflate, zstd")
        plain = _page_as_sent(two, path, body, "gzip")
        refused = _page_as_sent(two, path, body, "gzip, zstd;q=0")
        assert (packed[0], plain[0], refused[0]) == ("zstd", "gzip", "gzip")
        # The same page either way, 60 rows of it, every diacritic whole.
        assert packed[2] == plain[2] == refused[2] and len(packed[2]["rows"]) == 60
        assert "Nguyễn Thị Ánh Tuyết" in json.dumps(packed[2], ensure_ascii=False)
        assert len(packed[1]) < len(json.dumps(packed[2])) // 4


def test_accept_encoding_is_read_as_http_says():
    assert accepts_zstd("gzip,deflate,zstd") and accepts_zstd("ZSTD;q=0.5")
    assert accepts_zstd("br, zstd ; q=1.0")
    assert not accepts_zstd("gzip") and not accepts_zstd("")
    assert not accepts_zstd("zstd;q=0") and not accepts_zstd("zstd;q=0.0")
    assert not accepts_zstd("zstd;q=abc") and not accepts_zstd("xzstd, zstdx")
