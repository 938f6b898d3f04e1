#!/usr/bin/env python3
"""Agreement between annotators on the double-coded sentences.

Two comparisons, with the keys of `dipgraph eval events`
(extract/eval/eval.h): country (source country, target country, root),
actor (codes, root), code (codes, full code) and plover (source country,
PLOVER type); F1 of one against the other is symmetric.
  first pass  — second.jsonl (the second annotator) against first.jsonl
                (the first), both under rules R1–R11;
  re-check    — recheck.jsonl (a sixth annotator, under R1–R19, who saw
                no earlier codes) against the adjudicated gold (dev.jsonl +
                test.jsonl): the ceiling a coder can be expected to reach.
Usage: agreement.py [--json]
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def key(e, level):
    s, t = e['source'], e.get('target') or ''
    if level == 'country':
        return f"{s[:3]}>{t[:3] or '-'}:{e['code'][:2]}"
    if level == 'actor':
        return f"{s}>{t or '-'}:{e['code'][:2]}"
    if level == 'code':
        return f"{s}>{t or '-'}:{e['code']}"
    return f"{s[:3]}:{e['plover']}" if e.get('plover') else None


def load(*names):
    out = {}
    for name in names:
        for line in open(os.path.join(HERE, name)):
            item = json.loads(line)
            out[item['id']] = item['events']
    return out


def compare(first, second):
    out = {'sentences': 0, 'both_no_event': 0, 'one_no_event': 0}
    for level in ('country', 'actor', 'code', 'plover'):
        tp = fp = fn = 0
        for item in second:
            if item['id'] not in first:
                continue
            a = collections.Counter(k for k in (key(e, level) for e in
                                    first[item['id']]) if k)
            b = collections.Counter(k for k in (key(e, level) for e in
                                    item['events']) if k)
            common = sum((a & b).values())
            tp += common
            fn += sum(a.values()) - common
            fp += sum(b.values()) - common
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        out[level] = {'f1': round(2 * p * r / (p + r), 3) if p + r else 0,
                      'first_events': tp + fn, 'second_events': tp + fp,
                      'agreed': tp}
    for item in second:
        if item['id'] in first:
            out['sentences'] += 1
            a, b = first[item['id']], item['events']
            out['both_no_event'] += not a and not b
            out['one_no_event'] += bool(a) != bool(b)
    return out


def main():
    runs = {'first pass (second vs first annotator, rules R1-R11)':
            compare(load('first.jsonl'), [json.loads(l) for l in open(
                os.path.join(HERE, 'second.jsonl'))])}
    if os.path.exists(os.path.join(HERE, 'recheck.jsonl')):
        runs['re-check (sixth annotator vs adjudicated gold, R1-R19)'] = \
            compare(load('dev.jsonl', 'test.jsonl'), [json.loads(l) for l in
                    open(os.path.join(HERE, 'recheck.jsonl'))])
    if '--json' in sys.argv:
        print(json.dumps(runs, indent=2))
        return
    for title, out in runs.items():
        print(f"{title}: {out['sentences']} sentences; both no event "
              f"{out['both_no_event']}, only one with events "
              f"{out['one_no_event']}")
        for level in ('country', 'actor', 'code', 'plover'):
            o = out[level]
            print(f"  {level:8s} F1 {o['f1']:.3f}  (events {o['first_events']}"
                  f" and {o['second_events']}, agreed {o['agreed']})")


if __name__ == '__main__':
    main()
