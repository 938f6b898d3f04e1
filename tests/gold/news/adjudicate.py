#!/usr/bin/env python3
"""Writes the adjudicated gold (dev.jsonl, test.jsonl) and the re-check.

Reads first.jsonl (ids, offsets, the first annotator's codes, from
merge.py), the adjudicators' files ADJ_DIR/group*.jsonl (one line per
sentence: final events, "changed", a note) and, with --recheck FILE, a sixth
annotator's fresh coding of the double-coded sentences, written to
recheck.jsonl. Events are checked as merge.py checks them; notes stay out.

Usage: adjudicate.py ADJ_DIR [--recheck FILE]
"""
import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from merge import clean_event  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('adj')
    ap.add_argument('--recheck')
    args = ap.parse_args()
    final, changed = {}, 0
    for path in sorted(glob.glob(os.path.join(args.adj, 'group*.jsonl'))):
        for n, line in enumerate(open(path), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            final[r['id']] = [clean_event(e, f'{path}:{n}')
                              for e in r['events']]
            changed += bool(r.get('changed'))
    items = [json.loads(l) for l in open(os.path.join(HERE, 'first.jsonl'))]
    missing = [it['id'] for it in items if it['id'] not in final]
    if missing:
        sys.exit(f'adjudicate.py: {len(missing)} sentences not adjudicated, '
                 f'e.g. {missing[:5]}')
    counts = {}
    for split in ('dev', 'test'):
        with open(os.path.join(HERE, f'{split}.jsonl'), 'w') as f:
            for it in items:
                if it['split'] != split:
                    continue
                out = {k: it[k] for k in ('id', 'article', 'collection',
                                          'start', 'end') if k in it}
                if it.get('date'):
                    out['date'] = it['date']
                out['events'] = final[it['id']]
                f.write(json.dumps(out, ensure_ascii=False) + '\n')
                counts[split] = counts.get(split, 0) + 1
    print(f'dev {counts["dev"]}, test {counts["test"]}; adjudicators changed '
          f'{changed} of {len(items)} sentences', file=sys.stderr)
    if args.recheck:
        by_id = {it['id']: it for it in items}
        with open(os.path.join(HERE, 'recheck.jsonl'), 'w') as f:
            for n, line in enumerate(open(args.recheck), 1):
                if not line.strip():
                    continue
                r = json.loads(line)
                it = by_id[r['id']]
                out = {k: it[k] for k in ('id', 'article', 'collection',
                                          'split', 'start', 'end')}
                if it.get('date'):
                    out['date'] = it['date']
                out['events'] = [clean_event(e, f'{args.recheck}:{n}')
                                 for e in r['events']]
                f.write(json.dumps(out, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
