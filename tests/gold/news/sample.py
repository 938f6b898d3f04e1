#!/usr/bin/env python3
"""Draws the real-news gold sample from ../shared/news/articles.jsonl.

Sentences are those of dipgraph's own splitter (`dipgraph parse`, byte
offsets into the article's `text`), drawn at random per collection as they
come (with and without events), from articles split at random into
development and test. Only ids and offsets are written to the repository
(`sample.jsonl`, and every article's split in `splits.tsv`); the texts stay in ../shared/news. With --batches DIR it
also writes annotation batches (article text and the sentences to code) to
DIR, outside the repository, for annotators.

Usage: sample.py DIPGRAPH_BIN [--news PATH] [--batches DIR --annotators N
       --double K]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
SEED = 20261206
# Sentences drawn per collection, and the share of its articles kept for
# the test split.
PER_COLLECTION = {'reuters21578': 260, 'conll2003': 240, 'guardian_sdf': 260,
                  'bbc': 160}
TEST_SHARE = 0.4


def sentences(binary, text):
    """(start, end) byte offsets of the sentences dipgraph finds in text."""
    with tempfile.NamedTemporaryFile('wb', suffix='.txt', delete=False) as f:
        f.write(text.encode('utf-8'))
        path = f.name
    try:
        out = subprocess.run([binary, '-q', 'parse', path], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    spans, cur = [], None
    for line in out.splitlines():
        if not line:
            if cur:
                spans.append(tuple(cur))
            cur = None
            continue
        if line.startswith('#'):
            continue
        rng = line.split('\t')[9].split('TokenRange=')[1].split('|')[0]
        a, b = (int(x) for x in rng.split(':'))
        cur = [a, b] if cur is None else [cur[0], b]
    if cur:
        spans.append(tuple(cur))
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('--news', default=os.path.join(ROOT, '..', 'shared',
                                                   'news', 'articles.jsonl'))
    ap.add_argument('--batches')
    ap.add_argument('--annotators', type=int, default=5)
    ap.add_argument('--double', type=int, default=170)
    args = ap.parse_args()
    rnd = random.Random(SEED)
    articles = [json.loads(l) for l in open(args.news, encoding='utf-8')]
    by_id = {a['id']: a for a in articles}
    items, splits = [], {}
    for coll in sorted(PER_COLLECTION):
        arts = sorted((a for a in articles if a['collection'] == coll),
                      key=lambda a: a['id'])
        ids = [a['id'] for a in arts]
        rnd.shuffle(ids)
        test = set(ids[:round(len(ids) * TEST_SHARE)])
        for i in ids:
            splits[i] = 'test' if i in test else 'dev'
        pool = []
        for a in arts:
            raw = a['text'].encode('utf-8')
            for s, e in sentences(args.binary, a['text']):
                pool.append((a['id'], s, e))
        picked = rnd.sample(pool, min(PER_COLLECTION[coll], len(pool)))
        for aid, s, e in sorted(picked):
            items.append({'article': aid, 'collection': coll,
                          'split': 'test' if aid in test else 'dev',
                          'start': s, 'end': e})
        print(f'{coll}: {len(arts)} articles, {len(pool)} sentences, '
              f'{len(picked)} drawn', file=sys.stderr)
    for i, it in enumerate(items):
        it['id'] = f'n{i + 1:04d}'
    with open(os.path.join(HERE, 'sample.jsonl'), 'w') as f:
        for it in items:
            f.write(json.dumps({k: it[k] for k in ('id', 'article',
                    'collection', 'split', 'start', 'end')}) + '\n')
    # The split of every article, sampled or not: development work reads
    # only the development articles.
    with open(os.path.join(HERE, 'splits.tsv'), 'w') as f:
        f.write('# article\tsplit (written by sample.py)\n')
        for i in sorted(splits):
            f.write(f'{i}\t{splits[i]}\n')
    print(f'{len(items)} sentences: '
          f'{sum(it["split"] == "dev" for it in items)} dev, '
          f'{sum(it["split"] == "test" for it in items)} test',
          file=sys.stderr)
    if not args.batches:
        return
    # Whole articles go to one annotator; articles are dealt out in a
    # shuffled order so that each batch mixes collections and splits. The
    # double-coded sentences are whole articles given to a second annotator.
    os.makedirs(args.batches, exist_ok=True)
    arts = sorted({it['article'] for it in items})
    rnd.shuffle(arts)
    of = {a: [it for it in items if it['article'] == a] for a in arts}
    batches = [[] for _ in range(args.annotators)]
    sizes = [0] * args.annotators
    for a in arts:
        k = sizes.index(min(sizes))
        batches[k].append(a)
        sizes[k] += len(of[a])
    doubled, n = [], 0
    for a in arts[::-1]:
        if n >= args.double:
            break
        doubled.append(a)
        n += len(of[a])
    for k, b in enumerate(batches):
        # each doubled article goes to the next annotator after its first
        extra = [a for a in doubled
                 if batches[(k - 1) % args.annotators].count(a)]
        with open(os.path.join(args.batches, f'batch{k + 1}.jsonl'), 'w',
                  encoding='utf-8') as f:
            for a in b + extra:
                art = by_id[a]
                raw = art['text'].encode('utf-8')
                f.write(json.dumps({
                    'article': a, 'date': art['date'], 'title': art['title'],
                    'collection': art['collection'], 'text': art['text'],
                    'sentences': [{'id': it['id'], 'start': it['start'],
                                   'end': it['end'],
                                   'text': raw[it['start']:it['end']].decode(
                                       'utf-8')} for it in of[a]]},
                    ensure_ascii=False) + '\n')
        print(f'batch{k + 1}: {len(b)} articles, {sizes[k]} sentences, '
              f'+{len(extra)} articles coded twice '
              f'({sum(len(of[a]) for a in extra)} sentences)', file=sys.stderr)


if __name__ == '__main__':
    main()
