#!/usr/bin/env python3
"""Real text through `dipgraph extract`, for the sanitizer builds.

Runs DIPGRAPH extract over the news articles of SHARED/news/articles.jsonl,
every sentence of the UD English EWT files in SHARED/treebank/ as a
document of its own (their `# text =` lines), and the project's sample
articles; fails when the program crashes or prints a sanitizer report
(AddressSanitizer, LeakSanitizer, UBSan's "runtime error:"). Nothing of
../shared is copied into the repository: the inputs are built in WORK_DIR
and removed.

    real_text.py DIPGRAPH SOURCE_DIR SHARED_DIR WORK_DIR            # all
    real_text.py DIPGRAPH SOURCE_DIR SHARED_DIR WORK_DIR --slice    # ctest

--slice takes the first 40 articles and every 40th EWT sentence. Exits 77
(ctest: skipped) with a message when SHARED_DIR has no news or treebank.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

REPORTS = re.compile(r"ERROR: AddressSanitizer|ERROR: LeakSanitizer|"
                     r"runtime error:|SUMMARY: UndefinedBehaviorSanitizer")


def ewt_documents(treebank, every):
    docs = []
    for part in ("train", "dev", "test"):
        path = treebank / ("en_ewt-ud-%s.conllu" % part)
        sent_id = None
        n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):].strip()
            elif line.startswith("# text = "):
                if n % every == 0:
                    docs.append({"id": "ewt-%s-%s" % (part, sent_id or n),
                                 "text": line[len("# text = "):]})
                n += 1
    return docs


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    dipgraph, source, shared, work = sys.argv[1:5]
    sliced = "--slice" in sys.argv[5:]
    shared = pathlib.Path(shared)
    news = shared / "news" / "articles.jsonl"
    treebank = shared / "treebank"
    if not news.exists() or not (treebank / "en_ewt-ud-test.conllu").exists():
        print("skipped: %s has no news/articles.jsonl or treebank/ "
              "(real text is read from ../shared, never kept in the "
              "repository)" % shared)
        sys.exit(77)
    work = pathlib.Path(work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    articles = news.read_text(encoding="utf-8").splitlines(True)
    if sliced:
        articles = articles[:40]
    (work / "news.jsonl").write_text("".join(articles), encoding="utf-8")
    ewt = ewt_documents(treebank, 40 if sliced else 1)
    with open(work / "ewt.jsonl", "w", encoding="utf-8") as f:
        for d in ewt:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    samples = sorted(str(p) for p in (pathlib.Path(source) / "data" / "samples").glob("*.txt"))
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    failed = False
    for name, inputs in (("news", [str(work / "news.jsonl")]),
                         ("ewt", [str(work / "ewt.jsonl")]),
                         ("samples", samples)):
        start = time.time()
        r = subprocess.run([dipgraph, "extract", "--jobs", "2", "--keep-going",
                            "-o", str(work / (name + ".events.jsonl"))] + inputs,
                           capture_output=True, text=True, env=env)
        summary = [l for l in r.stderr.splitlines() if "documents," in l]
        reports = [l for l in r.stderr.splitlines() if REPORTS.search(l)]
        print("%-8s exit %d, %.0f s: %s" % (name, r.returncode, time.time() - start,
                                           summary[-1] if summary else "(no summary)"))
        if r.returncode not in (0, 1) or reports:
            failed = True
            print(r.stderr[-20000:])
    shutil.rmtree(work, ignore_errors=True)
    if failed:
        print("FAIL: a crash or a sanitizer report")
        sys.exit(1)
    print("ok: %d articles, %d EWT sentences, %d samples; no sanitizer report"
          % (len(articles), len(ewt), len(samples)))


if __name__ == "__main__":
    main()
