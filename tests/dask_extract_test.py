#!/usr/bin/python3
"""scripts/dask-extract on a local Dask cluster of two workers.

    dask_extract_test.py DIPGRAPH SOURCE_DIR WORK_DIR

Inputs: the sample articles (a folder of text files) and a JSON Lines file
of the paraphrases (tests/fixtures/paraphrases), in shards of 5 documents.
Checks: the merged events equal a single `dipgraph extract` of the same
inputs (compared sorted, and byte for byte in input order); a shard made to
fail once is retried and done; a second run redoes no shard; with the test
PostgreSQL server (DIPGRAPH_TEST_PG, tests/pg_server) the shards are added
to a PostgreSQL store from both workers and it holds the events once.
Exits 77 (skipped) when Dask distributed is not installed.
"""
import json
import os
import shutil
import subprocess
import sys


def main():
    dipgraph, source, work = sys.argv[1:4]
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("skip: python3-distributed is not installed")
        return 77
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    samples = os.path.join(source, "data", "samples")
    para = os.path.join(source, "tests", "fixtures", "paraphrases")
    jsonl = os.path.join(work, "paraphrases.jsonl")
    with open(jsonl, "w") as f:
        for name in sorted(os.listdir(para)):
            if name.endswith(".txt"):
                text = open(os.path.join(para, name)).read()
                f.write(json.dumps({"id": name[:-4], "text": text}) + "\n")
    texts = sorted(os.path.join(samples, n) for n in os.listdir(samples)
                   if n.endswith(".txt"))
    inputs = texts + [jsonl]
    single = os.path.join(work, "single.jsonl")
    subprocess.run([dipgraph, "extract", "--quiet", "-o", single] + inputs,
                   check=True)
    expected = open(single, "rb").read()
    assert expected.count(b"\n") > 50, "too few events to compare"

    db = None
    pg_state = os.environ.get("DIPGRAPH_TEST_PG")
    if pg_state and os.path.exists(os.path.join(pg_state, "uri")):
        base = open(os.path.join(pg_state, "uri")).read().strip()
        schema = "dask%d" % os.getpid()
        subprocess.run(["psql", "-q", base, "-c",
                        "DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s"
                        % (schema, schema)], check=True)
        db = base + "&options=-csearch_path%3D" + schema
    else:
        print("note: no test PostgreSQL server; shards go to files only")

    script = os.path.join(source, "scripts", "dask-extract")
    out = os.path.join(work, "shards")
    merged = os.path.join(work, "merged.jsonl")
    cmd = [script, "--workers", "2", "--shard-docs", "5", "--out", out,
           "--merge", merged, "--dipgraph", dipgraph] + inputs
    if db:
        cmd += ["--db", db]
    r = subprocess.run(cmd + ["--fail-once", "1"], stderr=subprocess.PIPE,
                       text=True)
    sys.stderr.write(r.stderr)
    assert r.returncode == 0, "dask-extract failed"
    shards = sorted(n for n in os.listdir(out) if n.endswith(".jsonl"))
    assert len(shards) == 3, shards  # 10 text files by 5, 5 lines
    assert os.path.exists(os.path.join(out, "shard-00001.jsonl.failed-once"))
    got = open(merged, "rb").read()
    assert sorted(got.splitlines()) == sorted(expected.splitlines()), \
        "the shards' events differ from a single run"
    assert got == expected, "same events, other order"

    # A second run redoes nothing.
    stamps = {n: os.stat(os.path.join(out, n)).st_mtime_ns for n in shards}
    r = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
    assert r.returncode == 0, r.stderr
    assert "3 shards, 3 already done" in r.stderr, r.stderr
    assert stamps == {n: os.stat(os.path.join(out, n)).st_mtime_ns
                      for n in shards}

    if db:
        st = subprocess.run([dipgraph, "store", "stats", "--json", "--db", db],
                            check=True, stdout=subprocess.PIPE, text=True)
        events = json.loads(st.stdout)["events"]
        assert events == expected.count(b"\n"), (events, expected.count(b"\n"))
        subprocess.run(["psql", "-q", base, "-c",
                        "DROP SCHEMA %s CASCADE" % schema], check=True)
    print("dask-extract: %d events in 3 shards on 2 workers equal a single "
          "run%s" % (expected.count(b"\n"), "; stored in PostgreSQL" if db
                     else ""))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
