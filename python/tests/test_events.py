"""dipgraph.read_events: files and stores, as the program reads them."""
import json
import threading

import pytest

import dipgraph
from conftest import SAMPLE_EVENTS


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_read_file_gives_the_records_as_written(extracted):
    # `dipgraph extract` writes canonical records: read back, they are the
    # same dicts with the same key order.
    want = lines(extracted)
    got = dipgraph.read_events(extracted)
    assert got == want
    assert [list(e) for e in got] == [list(e) for e in want]


def test_read_several_files_in_order(extracted):
    both = dipgraph.read_events([extracted, SAMPLE_EVENTS])
    assert both == dipgraph.read_events(extracted) + dipgraph.read_events(SAMPLE_EVENTS)
    assert len(both) == len(lines(extracted)) + 66


def test_read_store(cli, tmp_path):
    db = str(tmp_path / "events.db")
    cli.ok("store", "add", SAMPLE_EVENTS, "--db", db)
    from_store = dipgraph.read_events(db)
    # The store gives the events ordered by date, then id, as `query --db`.
    assert from_store == cli.events("query", "--db", db, "--format", "jsonl")
    assert sorted(from_store, key=lambda e: e["id"]) == sorted(
        dipgraph.read_events(SAMPLE_EVENTS), key=lambda e: e["id"])
    # Filters done in SQL.
    dated = dipgraph.read_events(db, from_="2016-07-01", to="2016-12-31",
                                 codes=["04"])
    assert dated and all("2016-07-01" <= e["date"] <= "2016-12-31"
                         and e["action"]["cameo"].startswith("04") for e in dated)
    assert len(dated) < len(from_store)


@pytest.mark.parametrize("content, line", [
    ('{"id": "a"}\n', 1),                                   # no doc, source, action
    ('\n{"id": "a", "doc": {"id": "d"}, "source": {"id": "X"}, "action": {"cameo": "010"}}\n{oops\n', 3),
    ('{"id": 7, "doc": {"id": "d"}, "source": {"id": "X"}, "action": {"cameo": "010"}}\n', 1),
])
def test_bad_lines_raise_the_cli_message(cli, tmp_path, content, line):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(dipgraph.InputError) as e:
        dipgraph.read_events(str(path))
    assert str(e.value).startswith(f"{path}:{line}:")
    assert str(e.value) == cli.error("graph", str(path))


def test_missing_file_and_foreign_store(cli, tmp_path):
    missing = str(tmp_path / "none.jsonl")
    with pytest.raises(dipgraph.NotFoundError) as e:
        dipgraph.read_events(missing)
    assert str(e.value) == cli.error("graph", missing)
    # An SQLite file that is not an event store.
    import sqlite3
    other = str(tmp_path / "other.db")
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    with pytest.raises(dipgraph.InputError) as e:
        dipgraph.read_events(other)
    assert str(e.value) == cli.error("graph", "--db", other)


def test_the_gil_is_released_while_reading(tmp_path):
    import os
    fifo = str(tmp_path / "events.jsonl")
    os.mkfifo(fifo)
    result = {}
    worker = threading.Thread(target=lambda: result.update(
        events=dipgraph.read_events(fifo)))
    worker.start()
    with open(SAMPLE_EVENTS, encoding="utf-8") as src, open(fifo, "w") as f:
        f.write(src.read())
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert result["events"] == dipgraph.read_events(SAMPLE_EVENTS)
