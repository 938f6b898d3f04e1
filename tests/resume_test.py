#!/usr/bin/env python3
"""Kill-and-rerun test of `dipgraph extract --resume` (ctest extract.resume).

Extracts a generated corpus (bench/gen-corpus.py) once without
interruption; then runs the same command, kills it with SIGKILL once its
checkpoint shows some documents done, resumes it (killing the resumed run
once more in the middle), and resumes again to the end. The final output
must be byte-identical to the uninterrupted one. Also: a checkpoint of other
inputs is refused, and --resume without a checkpoint starts afresh.

usage: resume_test.py DIPGRAPH SOURCE_DIR WORK_DIR [DOCS]
"""
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def checkpoint_items(path):
    try:
        lines = pathlib.Path(path).read_text().splitlines()
    except FileNotFoundError:
        return 0
    for line in reversed(lines[1:]):
        parts = line.split("\t")
        if len(parts) == 3 and parts[0].isdigit():
            return int(parts[0])
    return 0


def run_and_kill(cmd, checkpoint, at_least, timeout=600):
    """Starts cmd, SIGKILLs it once the checkpoint counts `at_least` items;
    returns the count seen then (0 if the run ended first)."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    start = time.time()
    while p.poll() is None and time.time() - start < timeout:
        n = checkpoint_items(checkpoint)
        if n >= at_least:
            p.send_signal(signal.SIGKILL)
            p.wait()
            return n
        time.sleep(0.02)
    p.wait()
    return 0


def main():
    dipgraph, source, work = sys.argv[1:4]
    docs = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    work = pathlib.Path(work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus = work / "corpus.jsonl"
    with open(corpus, "w") as f:
        subprocess.run([sys.executable, os.path.join(source, "bench", "gen-corpus.py"),
                        str(docs)], stdout=f, check=True)
    base = [dipgraph, "-q", "extract", "--jobs", "2", "--keep-going", str(corpus)]
    full = work / "full.jsonl"
    subprocess.run(base + ["-o", str(full)], check=True)

    out = work / "out.jsonl"
    checkpoint = str(out) + ".checkpoint"
    first = run_and_kill(base + ["-o", str(out)], checkpoint, docs // 5)
    if first == 0:
        fail("the run ended before it could be killed; use more documents")
    if out.exists():
        fail("a killed run left an output file")
    if not pathlib.Path(str(out) + ".partial").exists():
        fail("a killed run left no partial output")
    print("killed after %d of %d documents" % (first, docs))
    second = run_and_kill(base + ["-o", str(out), "--resume"], checkpoint,
                          first + docs // 5)
    print("resumed, killed again after %d documents" % second)
    # Without -q: the resume message is the point.
    r = subprocess.run([dipgraph, "extract", "--jobs", "2", "--keep-going",
                        str(corpus), "-o", str(out), "--resume"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail("the last resume failed: " + r.stderr)
    if "resuming after" not in r.stderr:
        fail("no resume message: " + r.stderr)
    if out.read_bytes() != full.read_bytes():
        fail("the resumed output differs from the uninterrupted one")
    for leftover in (".partial", ".checkpoint"):
        if pathlib.Path(str(out) + leftover).exists():
            fail(leftover + " left after the run finished")
    print("resumed output identical to the uninterrupted run (%d bytes)"
          % full.stat().st_size)

    # A checkpoint of other inputs is refused; a missing one starts afresh.
    other = work / "other.jsonl"
    with open(other, "w") as f:
        subprocess.run([sys.executable, os.path.join(source, "bench", "gen-corpus.py"),
                        "40"], stdout=f, check=True)
    out2 = work / "out2.jsonl"
    n = run_and_kill(base + ["-o", str(out2)], str(out2) + ".checkpoint", 5)
    if n:
        r = subprocess.run([dipgraph, "-q", "extract", str(other), "-o", str(out2),
                            "--resume"], capture_output=True, text=True)
        if r.returncode != 2 or "other inputs or options" not in r.stderr:
            fail("a checkpoint of other inputs was not refused: " + r.stderr)
    r = subprocess.run([dipgraph, "-q", "extract", str(other), "-o",
                        str(work / "fresh.jsonl"), "--resume"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail("--resume without a checkpoint failed: " + r.stderr)
    shutil.rmtree(work, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
