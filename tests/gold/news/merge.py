#!/usr/bin/env python3
"""Builds the real-news gold files from the annotators' output.

Reads sample.jsonl (ids, articles, offsets) and the annotation files
ANNOT_DIR/batch1.jsonl … (one line per sentence, README.md "Annotation file
format"); the batch files in BATCH_DIR say which articles each annotator
coded. An article coded twice goes to dev.jsonl/test.jsonl with the codes
of its first annotator (the batch that had it first) and to second.jsonl
with the second's. Notes are dropped: only ids, offsets and codes are
written. Every event is checked (fields, CAMEO codes, PLOVER types).

Usage: merge.py ANNOT_DIR BATCH_DIR [--news PATH]
"""
import argparse
import functools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
PLOVER = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID',
          'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
          'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'}
MODALITIES = {'asserted', 'hypothetical', 'future', 'demanded', 'proposed'}
FIELDS = ('source', 'source_name', 'target', 'target_name', 'code', 'plover',
          'negated', 'modality', 'reported', 'event_date')


@functools.lru_cache(maxsize=None)
def codes():
    """The CAMEO codes of data/cameo/cameo.tsv, read once."""
    out = set()
    for line in open(os.path.join(ROOT, 'data', 'cameo', 'cameo.tsv')):
        if line.strip() and not line.startswith('#'):
            out.add(line.split('\t')[0])
    return frozenset(out)


def clean_event(e, where):
    def fail(msg):
        sys.exit(f'{where}: {msg}: {json.dumps(e)}')
    if not isinstance(e.get('source'), str) or not e['source'].isupper():
        fail('source must be an upper-case actor code')
    if e.get('target') is not None and (not isinstance(e['target'], str) or
                                        not e['target'].isupper()):
        fail('target must be an upper-case actor code or null')
    if e.get('code') not in codes():
        fail('unknown CAMEO code')
    plover = e.get('plover')
    if plover is not None:
        plover = plover.upper()
        if plover not in PLOVER:
            fail('unknown PLOVER type')
    if e.get('modality', 'asserted') not in MODALITIES:
        fail('unknown modality')
    out = {'source': e['source'], 'source_name': e.get('source_name') or None,
           'target': e.get('target'), 'target_name': e.get('target_name') or None,
           'code': e['code'], 'plover': plover,
           'negated': bool(e.get('negated', False)),
           'modality': e.get('modality', 'asserted'),
           'reported': bool(e.get('reported', False))}
    if e.get('event_date'):
        out['event_date'] = e['event_date']
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('annotations')
    ap.add_argument('batches')
    args = ap.parse_args()
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'))]
    by_id = {s['id']: s for s in sample}
    names = sorted((f for f in os.listdir(args.batches)
                    if f.startswith('batch') and f.endswith('.jsonl')),
                   key=lambda f: int(f[5:-6]))
    batches = [[json.loads(l) for l in open(os.path.join(args.batches, n))]
               for n in names]
    # sample.py gives each doubled article to the next batch too: an
    # article in batches i and (i + 1) % n was coded first by batch i.
    seen = {}
    for k, arts in enumerate(batches):
        for a in arts:
            seen.setdefault(a['article'], []).append(k)
    first_of = {}
    for art, ks in seen.items():
        if len(ks) == 1:
            first_of[art] = ks[0]
        else:
            i, j = ks
            first_of[art] = i if j == (i + 1) % len(batches) else j
    first, second, dates = {}, {}, {}
    for k, (name, arts) in enumerate(zip(names, batches)):
        path = os.path.join(args.annotations, name)
        if not os.path.exists(path):
            print(f'{path}: missing, skipped', file=sys.stderr)
            continue
        rows = {}
        for n, line in enumerate(open(path), 1):
            if line.strip():
                r = json.loads(line)
                rows[r['id']] = (r, f'{path}:{n}')
        for a in arts:
            dates[a['article']] = a['date']
            into = first if first_of[a['article']] == k else second
            for s in a['sentences']:
                if s['id'] in rows:
                    r, where = rows[s['id']]
                    into[s['id']] = [clean_event(e, where)
                                     for e in r['events']]
    write(sample, by_id, first, dates, second)


def write(sample, by_id, first, dates, second):
    counts = {}
    for split in ('dev', 'test'):
        with open(os.path.join(HERE, f'{split}.jsonl'), 'w') as f:
            for s in sample:
                if s['split'] != split or s['id'] not in first:
                    continue
                item = {k: s[k] for k in ('id', 'article', 'collection',
                                          'start', 'end')}
                if dates[s['article']]:
                    item['date'] = dates[s['article']]
                item['events'] = first[s['id']]
                f.write(json.dumps(item, ensure_ascii=False) + '\n')
                counts[split] = counts.get(split, 0) + 1
    # The first annotator's codes of every sentence, as they were before
    # adjudication (agreement.py compares the second annotator with them),
    # and the second annotator's.
    for name, coded in (('first.jsonl', first), ('second.jsonl', second)):
        with open(os.path.join(HERE, name), 'w') as f:
            for s in sample:
                if s['id'] in coded:
                    item = {k: s[k] for k in ('id', 'article', 'collection',
                                              'split', 'start', 'end')}
                    if dates[s['article']]:
                        item['date'] = dates[s['article']]
                    item['events'] = coded[s['id']]
                    f.write(json.dumps(item, ensure_ascii=False) + '\n')
    print(f'dev {counts.get("dev", 0)}, test {counts.get("test", 0)}, '
          f'coded twice {len(second)}', file=sys.stderr)


if __name__ == '__main__':
    main()
