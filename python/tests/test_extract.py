"""dipgraph.extract and extract_files: the events `dipgraph extract` writes."""
import os
import threading
import warnings

import pytest

import dipgraph
from conftest import ARTICLES, SAMPLES

ARTICLE = os.path.join(SAMPLES, "01-kremlin-white-house-call.txt")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def test_extract_text_is_the_cli_output(cli):
    # The article's text through Python and through `extract` on stdin (doc
    # id "stdin") give the same dicts, keys in the same order.
    text = read(ARTICLE)
    want = cli.events("extract", "--date", "2016-07-08", stdin=text)
    got = dipgraph.extract(text, date="2016-07-08", id="stdin")
    assert got == want
    assert len(got) >= 3
    assert [list(e) for e in got] == [list(e) for e in want]
    assert [list(e["action"]) for e in got] == [list(e["action"]) for e in want]


@pytest.mark.parametrize("case", [
    # (keyword arguments, the event's expected fields)
    ({"date": "2016-07-07"},
     {"source": "RUSGOV", "target": "USAGOV", "cameo": "026", "date": "2016-07-07",
      "title": "", "doc": "text"}),
    ({"date": "2016-07-07", "title": "A call", "source": "Wire", "id": "a1"},
     {"source": "RUSGOV", "target": "USAGOV", "cameo": "026", "date": "2016-07-07",
      "title": "A call", "doc": "a1"}),
    ({"date": "2019-03-01"},  # Obama is no longer in office: not USAGOV
     {"source": "RUSGOV", "cameo": "026", "date": "2019-03-01", "doc": "text"}),
])
def test_extract_arguments(case):
    kwargs, want = case
    (e,) = dipgraph.extract("Putin urged Obama to facilitate talks.", **kwargs)
    assert e["source"]["id"] == want["source"]
    if "target" in want:
        assert e["target"]["id"] == want["target"]
    else:
        assert e["target"]["id"] != "USAGOV"
    assert e["action"]["cameo"] == want["cameo"]
    assert e["date"] == e["doc"]["date"] == want["date"]
    assert e["doc"]["id"] == want["doc"] and e["id"].startswith(want["doc"] + "-")
    if "title" in want:
        assert e["doc"]["title"] == want["title"]
    assert e["content"] == "facilitate talks"


def test_extract_html():
    html = ("<html><head><title>Call</title></head><body><article><p>"
            "Putin urged Obama to facilitate talks.</p></article></body></html>")
    (e,) = dipgraph.extract(html, date="2016-07-07", format="html")
    assert (e["source"]["id"], e["target"]["id"]) == ("RUSGOV", "USAGOV")
    assert e["doc"]["title"] == "Call"


def test_extract_files_is_the_cli_output(extracted):
    want = [__import__("json").loads(line) for line in read(extracted).splitlines()]
    got = dipgraph.extract_files(ARTICLES, jobs=2)
    assert got == want

def test_extract_folder_is_the_cli_output(cli, tmp_path):
    # A folder is read as the CLI reads it (recursively, sorted).
    (tmp_path / "sub").mkdir()
    for i, a in enumerate(ARTICLES[:3]):
        dest = tmp_path / ("sub" if i == 1 else ".") / os.path.basename(a)
        dest.write_text(read(a), encoding="utf-8")
    got = dipgraph.extract_files(str(tmp_path))
    assert got == cli.events("extract", str(tmp_path))
    names = [os.path.basename(a)[:-4] for a in ARTICLES[:3]]
    assert {e["doc"]["id"] for e in got} == {names[0], "sub/" + names[1], names[2]}


def test_errors_carry_the_cli_message(cli, tmp_path):
    with pytest.raises(dipgraph.UsageError) as e:
        dipgraph.extract("Putin spoke.", date="2016-13-45")
    assert str(e.value) == 'date: "2016-13-45" is not a date (YYYY-MM-DD)'
    assert isinstance(e.value, ValueError)

    missing = str(tmp_path / "missing.txt")
    with pytest.raises(dipgraph.NotFoundError) as e:
        dipgraph.extract_files([missing])
    assert str(e.value) == cli.error("extract", missing)
    assert isinstance(e.value, FileNotFoundError)

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Putin spoke."}\n{"id": 3, \n')
    with pytest.raises(dipgraph.InputError) as e:
        dipgraph.extract_files(str(bad))
    assert str(e.value) == cli.error("extract", str(bad))
    assert str(e.value).startswith(f"{bad}:2:")


def test_keep_going_warns_and_goes_on(tmp_path):
    missing = str(tmp_path / "missing.txt")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        events = dipgraph.extract_files([missing, ARTICLES[0]], keep_going=True)
    assert events == dipgraph.extract_files(ARTICLES[0])
    assert len(caught) == 1 and missing in str(caught[0].message)


def test_the_gil_is_released_while_coding(tmp_path):
    # extract_files reads a FIFO that this thread writes only after the call
    # has started: if the call held the GIL, this thread could never write
    # and the reader would wait for ever.
    fifo = str(tmp_path / "article.txt")
    os.mkfifo(fifo)
    result = {}
    worker = threading.Thread(
        target=lambda: result.update(events=dipgraph.extract_files(fifo)))
    worker.start()
    with open(fifo, "w", encoding="utf-8") as f:  # blocks until opened
        f.write("Date: 2016-07-07\n\nPutin urged Obama to facilitate talks.\n")
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert [e["action"]["cameo"] for e in result["events"]] == ["026"]


def test_threads_share_one_extractor():
    ex = dipgraph.Extractor()
    texts = [read(a) for a in ARTICLES[:4]]
    want = [ex.extract(t, date="2016-07-07") for t in texts]
    got = [None] * len(texts)

    def work(i):
        got[i] = ex.extract(texts[i], date="2016-07-07")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_ctrl_c_stops_extract_files(tmp_path):
    # Articles come one JSON line at a time through a FIFO; SIGINT is sent
    # after the first, before the second is written, so the run must stop
    # at the latest when the second is done, with a KeyboardInterrupt.
    import json
    import signal
    fifo = str(tmp_path / "articles.jsonl")
    os.mkfifo(fifo)
    line = json.dumps({"id": "a", "date": "2016-07-07",
                       "text": "Putin urged Obama to facilitate talks."}) + "\n"

    stopped = []

    def write():
        # Writes until the reader goes away (or 60 s): a run that did not
        # stop would read every line.
        import time
        deadline = time.monotonic() + 60
        try:
            with open(fifo, "w", encoding="utf-8") as f:
                f.write(line)
                f.flush()
                os.kill(os.getpid(), signal.SIGINT)
                while time.monotonic() < deadline:
                    f.write(line)
                    f.flush()
        except BrokenPipeError:
            stopped.append(True)  # the reader stopped, as it should

    writer = threading.Thread(target=write)
    writer.start()
    with pytest.raises(KeyboardInterrupt):
        dipgraph.extract_files(fifo)
    writer.join(timeout=90)
    assert not writer.is_alive() and stopped
