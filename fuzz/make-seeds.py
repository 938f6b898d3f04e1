#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<target>/.

Every seed is written for this project or taken from the repository's own
project-written files (data/samples, test fixtures); nothing comes from
../shared. The model and store seeds are made with the dipgraph program:

    fuzz/make-seeds.py build/release/cli/dipgraph

Seeds are named seed-*; inputs that found defects are kept beside them as
crash-* (regression tests), and the minimised corpus of long runs as
cov-* (scripts/fuzz --merge). Running this again rewrites seed-* only.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def put(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / ("seed-" + name)).write_bytes(data)


def samples():
    return sorted((ROOT / "data" / "samples").glob("*.txt"))


def text_seeds():
    for p in samples():
        put("text_document", p.stem, p.read_bytes())
        put("extract", p.stem, p.read_bytes())
    put("text_document", "headers",
        "Title: A\nDate: Thu, 07 Jul 2016 04:51:00 GMT\nSource: S\nId: x\n"
        "Url: http://example.org/a\nAuthor: B\n\nBody text.\n")
    put("text_document", "dateline-year",
        "BEIRUT, Lebanon, Jan. 3, 2017 (Example Wire) -- The army moved.\n")
    put("text_document", "date-line",
        "July 7, 2016, 4:51 am\n\nThe talks ended.\n")
    put("text_document", "invalid-utf8", b"Title: \xe9t\xe9\n\nCaf\xe9 talks.\n")
    put("extract", "speech-demand",
        "Iran said the US and Britain must leave.")
    put("extract", "quote",
        '"We will not accept this," the foreign minister said on Wednesday. '
        "He added that Moscow should stop.")


def html_seeds():
    put("html_document", "article",
        '<!doctype html><html><head><title>T</title>'
        '<meta property="og:title" content="Talks resume">'
        '<meta property="article:published_time" content="2016-07-07T04:51Z">'
        '<meta property="og:site_name" content="Example Wire"></head>'
        '<body><nav>Home</nav><article><h1>Talks resume</h1>'
        '<p>Russia and Ukraine met in Minsk.</p><figure><figcaption>x'
        '</figcaption></figure><p>They agreed&nbsp;to talk again.</p>'
        '</article><footer>c</footer></body></html>')
    put("html_document", "main",
        '<html><body><div class="share-bar">Share</div><main>'
        '<time datetime="2016-07-07">July 7</time><p>Text<br>more '
        '<script>x()</script><b>bold</b></p><ul><li>a</li></ul></main>'
        '</body></html>')
    put("html_document", "meta-date",
        '<html><head><meta name="pubdate" content="07/07/2016">'
        '<meta name="DC.date.issued" content="2016-07-07"></head>'
        '<body><p>Body only.</p></body></html>')


def jsonl_seeds():
    lines = [
        {"id": "a", "title": "T", "date": "2016-07-07", "source": "S",
         "text": "Putin urged Obama to act."},
        {"text": "No id here.\n\nSecond paragraph."},
        {"id": "b", "date": "July 7, 2016", "text": "Caf\u00e9 \u201cquotes\u201d."},
    ]
    put("document_jsonl", "three",
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    put("document_jsonl", "errors",
        '{"id": "x"}\nnot json\n\n{"text": 5}\n[1, 2]\n{"text": ""}\n')
    events = (ROOT / "data" / "samples" / "events.jsonl").read_text().splitlines()
    put("event_jsonl", "samples-3", "\n".join(events[:3]) + "\n")
    put("event_jsonl", "sample-last", events[-1] + "\n")
    fixtures = ROOT / "tests" / "fixtures"
    for p in sorted(fixtures.glob("*.jsonl")):
        put("event_jsonl", p.stem, p.read_bytes())
    e = json.loads(events[0])
    e["extra"] = {"nested": [1, 2.5, None]}
    e["confidence"] = 1e-7
    e["source"]["text"] = "\ud83d\ude00 \\ \u0001"
    put("event_jsonl", "unusual", json.dumps(e) + "\n")


def conllu_seeds():
    tiny = (ROOT / "extract" / "syntax" / "testdata" / "tiny.conllu").read_bytes()
    put("conllu", "tiny", tiny)
    put("conllu", "multiword",
        "# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tDo\tdo\tAUX\tVB\t_\t3\taux\t_\t_\n"
        "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
        "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n")


def dict_seeds():
    td = ROOT / "extract" / "dict" / "testdata"
    for p in sorted(td.glob("*.dict")):
        put("dictionary", p.stem, p.read_bytes())
    put("dictionary", "entries",
        "# every kind\n"
        "actor RUS | Russia; Russian Federation | state\n"
        "actor RUSGOV | the Kremlin; Moscow | government | metonym\n"
        "actor SYR | Syrian | state | adjective\n"
        "person Vladimir Putin | Putin | RUSGOV 2000-05-07.. President; "
        "RUSGOV 1999-08-16..2000-05-07 Prime Minister; RUSELI\n"
        "agent REB | rebels; insurgents | armed_group\n"
        "agent GOV | leader; foreign minister | government\n"
        "verb 0234 | urge $T to $C; press $T to $C | speech\n"
        "verb 036 | meet $T; meet with $T | symmetric\n"
        "verb 1246 | refuse to $C | negative\n"
        "noun 036 | talks with $T | symmetric\n"
        "noun 195 | airstrike on $T\n"
        "discard sports | attack | match; league\n"
        "@include other.dict\n")
    put("dictionary", "errors",
        "actor rus | x\nperson | | \nverb 999 | $T urge\nnoun 036 |\n"
        "discard\n@include\n@include main.dict\nfoo bar\n"
        "actor RUS | Russia # comment; hides | state\n")
    put("dict_import", "tabari-actors", b"\0" + (td / "tabari.actors").read_bytes())
    put("dict_import", "tabari-verbs", b"\0" + (td / "tabari.verbs").read_bytes())
    put("dict_import", "petrarch-verbs",
        b"\1" + (td / "petrarch.verbs.txt").read_bytes())
    put("dict_import", "phoenix-actors",
        b"\1" + (td / "phoenix.actors.txt").read_bytes())
    patterns = ["urge $T to $C", "impose sanction on $T", "pull out of $T",
                "say $C", "tell $T $C", "accuse $T of $C",
                "call for withdrawal of $T", "agree to cooperate with $T",
                "declare $T persona non grata", "talks between $T",
                "urge $T to step down", "launch missile test", "be opposed to $T"]
    for i, p in enumerate(patterns):
        put("pattern", "%02d" % i, p)


def date_seeds():
    dates = ["2016-07-07", "2016-07-07T04:51:00Z", "July 7, 2016",
             "Jul. 7 2016", "7 July 2016", "Thursday, July 7, 2016",
             "July 7, 2016, 4:51 am", "Thu, 07 Jul 2016 04:51:00 GMT",
             "07/07/2016", "2016-07", "2016", "2016-02-30",
             "MOSCOW, July 7 (Example Wire) - Putin met Obama on Wednesday.",
             "WASHINGTON (AP) \u2014 The talks will resume next Friday.",
             "BEIRUT, Lebanon, Jan. 3 - Rebels left yesterday.",
             "He said on July 5 that 5 July was the day."]
    for i, d in enumerate(dates):
        put("dates", "%02d" % i, b"\x10\x40" + d.encode("utf-8"))


def random_seeds():
    # Structure-aware targets read their input as choices; any bytes do.
    import random
    rng = random.Random(15)
    for target in ("sentences", "coder"):
        for i in range(8):
            put(target, "%02d" % i, bytes(rng.randrange(256) for _ in range(64)))


def program_seeds(dipgraph):
    with tempfile.TemporaryDirectory() as tmp:
        tb = pathlib.Path(tmp) / "tb"
        tb.mkdir()
        tiny = ROOT / "extract" / "syntax" / "testdata" / "tiny.conllu"
        for part in ("train", "dev"):
            shutil.copy(tiny, tb / ("en_ewt-ud-%s.conllu" % part))
        for name, args in (("greedy", ["--beam", "1"]),
                           ("beam", ["--beam", "2"])):
            out = pathlib.Path(tmp) / (name + ".dgm")
            subprocess.run([dipgraph, "-q", "train", "--treebank", str(tb),
                            "--epochs", "2", "--parser-epochs", "2",
                            "--jackknife", "0", "-o", str(out)] + args,
                           check=True)
            data = out.read_bytes()
            # The target takes the version byte, then the payload.
            version = int.from_bytes(data[8:12], "little")
            put("model", name, bytes([version - 1]) + data[32:])
        db = pathlib.Path(tmp) / "s.db"
        events = pathlib.Path(tmp) / "five.jsonl"
        lines = (ROOT / "data" / "samples" / "events.jsonl").read_text()
        events.write_text("".join(lines.splitlines(True)[:5]))
        subprocess.run([dipgraph, "-q", "store", "add", str(events),
                        "--db", str(db)], check=True)
        put("store", "samples", db.read_bytes())
        foreign = pathlib.Path(tmp) / "f.db"
        subprocess.run(["sqlite3", str(foreign),
                        "create table t(a); insert into t values (1);"],
                       check=True)
        put("store", "foreign", foreign.read_bytes())
        put("store", "not-sqlite", "This is not a database.\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: fuzz/make-seeds.py PATH/TO/dipgraph")
    for d in CORPUS.glob("*/seed-*"):
        d.unlink()
    text_seeds()
    html_seeds()
    jsonl_seeds()
    conllu_seeds()
    dict_seeds()
    date_seeds()
    random_seeds()
    program_seeds(sys.argv[1])


if __name__ == "__main__":
    main()
