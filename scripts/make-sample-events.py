#!/usr/bin/env python3
"""Writes data/samples/events.jsonl: the events a careful reader codes in the
sample articles of data/samples/, hand-coded by the dipgraph project.

How it was made: the sample articles are written by the project; the events
below are the project's own hand coding of them (one annotator), with CAMEO
1.1b3 codes chosen by the codebook's names. This script only does the
mechanical part: it finds each sentence in its file to fill the byte
offsets, numbers sentences, and copies label, QuadClass, Goldstein and PLOVER
from data/cameo/cameo.tsv. The events are the table sample-events.tsv beside
this script, their actors' names and types sample-actors.tsv. Output is
deterministic.

Sentences are numbered from 0 over the article body (header lines are not
sentences; each paragraph is split after '.', '!' or '?' before a capital).

Usage: scripts/make-sample-events.py   (run from anywhere)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLES = os.path.join(ROOT, "data", "samples")


def load_actors():
    """code: (name, type) of sample-actors.tsv."""
    actors = {}
    with open(os.path.join(HERE, "sample-actors.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                code, name, kind = line.rstrip("\n").split("\t")
                actors[code] = (name, kind)
    return actors


ACTORS = load_actors()
PEOPLE = {  # how a person's code is named when the text names the person
    "Vladimir Putin": "RUSGOV", "Barack Obama": "USAGOV", "Nikki Haley": "USAGOV",
    "Moon Jae-in": "KORGOV", "Kim Jong Un": "PRKGOV", "Donald Trump": "USAGOV",
    "Benjamin Netanyahu": "ISRGOV", "Joe Biden": "USAGOV", "Tayyip Erdogan": "TURGOV",
    "Antonio Guterres": "IGOUNO", "Sergei Shoigu": "RUSGOV", "Emmanuel Macron": "FRAGOV",
    "Volodymyr Zelensky": "UKRGOV", "Jens Stoltenberg": "IGOWSTNAT",
    "Rafael Grossi": "IGOUNOIAE", "Ebrahim Raisi": "IRNGOV",
}


def actor(text, code, person=None):
    name, kind = ACTORS[code]
    if person:
        name, kind = person, "person"
    igo = code[:3] in ("IGO", "NGO", "IMG")
    return {"text": text, "id": code, "name": name,
            "country": code[:3], "role": "" if igo else code[3:], "type": kind}


def who(text, code_or_person):
    """(text, code, person) of an actor column: an actor code or a person."""
    if code_or_person in PEOPLE:
        return (text, PEOPLE[code_or_person], code_or_person)
    return (text, code_or_person, None)


def load_events():
    """The rows of sample-events.tsv as (doc, sentence start, key, source,
    target, code, action text, lemma, extra)."""
    events = []
    path = os.path.join(HERE, "sample-events.tsv")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                sys.exit(f"{path}:{n}: expected at least 10 columns")
            doc, start, key, st, s, tt, t, code, act, lemma = cols[:10]
            extra = {}
            for field in cols[10:]:
                k, eq, v = field.partition("=")
                extra[k] = v if eq else True
            events.append((doc, start, key, who(st, s),
                           None if t == "-" else who(tt, t), code, act, lemma,
                           extra))
    return events


def sentences(body):
    """Yields (index, text) of the body's sentences."""
    index = 0
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split("\n")).strip()
        if not para:
            continue
        for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", para):
            yield index, sent.strip()
            index += 1


def load_codebook():
    book = {}
    with open(os.path.join(ROOT, "data", "cameo", "cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            book[c[0]] = {"label": c[3], "goldstein": float(c[4]), "quad": int(c[5]),
                          "plover": c[6]}
    return book


def main():
    book = load_codebook()
    docs = {}
    for name in sorted(os.listdir(SAMPLES)):
        if not name.endswith(".txt"):
            continue
        raw = open(os.path.join(SAMPLES, name), "rb").read()
        text = raw.decode("utf-8")
        head, _, body = text.partition("\n\n")
        meta = dict(l.split(": ", 1) for l in head.split("\n"))
        docs[name[:-4]] = (raw, meta, body, len(head.encode("utf-8")) + 2)
    out, per_sentence, ids = [], {}, {}
    for doc_id, start, key, src, tgt, code, act, lemma, extra in load_events():
        raw, meta, body, body_off = docs[doc_id]
        found = [(i, s) for i, s in sentences(body) if s.startswith(start)]
        if len(found) != 1:
            sys.exit(f"{doc_id}: sentence starting {start!r} found {len(found)} times")
        index, sent = found[0]
        sent_bytes = sent.encode("utf-8")
        at = raw.find(sent_bytes, body_off)
        if at < 0:
            sys.exit(f"{doc_id}: sentence {start!r} spans lines; keep sentences on one line")
        n = per_sentence.get((doc_id, index), 0)
        per_sentence[(doc_id, index)] = n + 1
        eid = f"{doc_id}-{index}-{n}"
        ids[(doc_id, key)] = eid
        c = book[code]
        event = {
            "id": eid,
            "doc": {"id": doc_id, "title": meta["Title"], "source": meta["Source"],
                    "date": meta["Date"]},
            "sentence": {"index": index, "text": sent, "start": at,
                         "end": at + len(sent_bytes)},
            "date": extra.get("date", meta["Date"]),
            "source": actor(*src),
            "target": actor(*tgt) if tgt else None,
            "action": {"text": act, "lemma": lemma, "cameo": code, "root": code[:2],
                       "label": c["label"], "quad_class": c["quad"],
                       "goldstein": c["goldstein"], "plover": c["plover"], "pattern": ""},
            "content": extra.get("content", ""),
            "attribution": extra.get("attribution", ""),
            "quote": extra.get("quote", False),
            "negated": extra.get("negated", False),
            "modality": extra.get("modality", "asserted"),
            "confidence": 1.0,
            "mentions": 1,
            "parent": ids[(doc_id, extra["parent"])] if "parent" in extra else "",
            "symmetric": extra.get("symmetric", False),
        }
        out.append(event)
    path = os.path.join(SAMPLES, "events.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for e in out:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {path}: {len(out)} events from {len(docs)} articles")


if __name__ == "__main__":
    main()
