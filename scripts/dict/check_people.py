#!/usr/bin/env python3
"""Checks for data/dict/people/*.dict (stand-in until `dipgraph dict check`).

Reports file:line problems: unparsable dates, end < start, a person's roles
overlapping with a different code, overlapping terms for one office title,
aliases shared by two people whose roles overlap in time, IGO/NGO/IMG codes
not defined in data/dict/actors/, and '#' comments that cut off later roles.
Usage: scripts/dict/check_people.py [--codes] [--stats]
"""
import re, sys, glob, os, collections, unicodedata

ROOT = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'dict')
OPEN = '2026-11-26'
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('-', ' ').replace('.', '')
    s = re.sub(r'^the ', '', s)
    return ' '.join(s.split())

def pad(d, end):
    if len(d) == 4: return d + '-01-01'
    if len(d) == 7: return d + '-01'
    return d

def strip_comment(line):
    i = line.find('#')
    return (line, '') if i < 0 else (line[:i], line[i:])

actor_codes = set()
for f in glob.glob(os.path.join(ROOT, 'actors', '*.dict')):
    for line in open(f, encoding='utf-8'):
        body, _ = strip_comment(line)
        if body.startswith('actor '):
            actor_codes.add(body[6:].split('|')[0].strip())

errors = []
def err(loc, msg): errors.append(f'{loc}: {msg}')

people = []   # (loc, name, aliases, roles)
for f in sorted(glob.glob(os.path.join(ROOT, 'people', '*.dict'))):
    rel = os.path.relpath(f, os.path.join(ROOT, '..', '..'))
    for n, line in enumerate(open(f, encoding='utf-8'), 1):
        body, comment = strip_comment(line.rstrip('\n'))
        if not body.strip().startswith('person '): continue
        loc = f'{rel}:{n}'
        if re.search(r'\b[A-Z]{3}[A-Z0-9]* \d{4}', comment) or ';' in comment:
            err(loc, 'comment swallows a role: ' + comment[:60])
        fields = [x.strip() for x in re.split(r'\s*\|\s*', body.strip()[7:])]
        if len(fields) != 3:
            err(loc, f'expected 3 fields, got {len(fields)}'); continue
        name, al, rl = fields
        aliases = [name] + [a.strip() for a in al.split(';') if a.strip()]
        roles = []
        for r in [x.strip() for x in rl.split(';') if x.strip()]:
            m = re.match(r'^([A-Z][A-Z0-9]+)(?:\s+(\S*\.\.\S*))?\s*(.*)$', r)
            if not m: err(loc, f'bad role "{r}"'); continue
            code, rng, title = m.groups()
            if not rng:
                roles.append((code, None, None, title)); continue
            a, b = rng.split('..')
            if (a and not DATE.match(a)) or (b and not DATE.match(b)) or not a:
                err(loc, f'bad date range "{rng}"'); continue
            s, e = pad(a, False), (pad(b, True) if b else OPEN)
            if len(b) == 10 or not b: pass
            if e < s or (len(a) == 10 and len(b) == 10 and b <= a):
                err(loc, f'end before start "{rng}"')
            roles.append((code, s, e, title))
            if code[:3] in ('IGO', 'NGO', 'IMG', 'MNC') and code not in actor_codes:
                err(loc, f'unknown code {code}')
        dated = [r for r in roles if r[1]]
        for i in range(len(dated)):
            for j in range(i + 1, len(dated)):
                x, y = dated[i], dated[j]
                if x[1] < y[2] and y[1] < x[2] and x[0] != y[0]:
                    err(loc, f'roles overlap: {x[0]} {x[1]}..{x[2]} / {y[0]} {y[1]}..{y[2]}')
                elif x[1] < y[2] and y[1] < x[2] and x[0] == y[0] and x[3] == y[3]:
                    err(loc, f'same role twice overlapping: {x[3]}')
        people.append((loc, name, aliases, roles))

# alias shared by two people with overlapping dates
by_alias = collections.defaultdict(list)
for p in people:
    for a in set(norm(x) for x in p[2]):
        by_alias[a].append(p)
def span(p):
    d = [r for r in p[3] if r[1]]
    return (min(r[1] for r in d), max(r[2] for r in d)) if d else ('0000', '9999')
for a, ps in by_alias.items():
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            s1, s2 = span(ps[i]), span(ps[j])
            if s1[0] < s2[1] and s2[0] < s1[1]:
                err(ps[j][0], f'alias "{a}" also used by {ps[i][1]} ({ps[i][0]})')
names = collections.Counter(norm(p[1]) for p in people)
for p in people:
    if names[norm(p[1])] > 1: err(p[0], f'duplicate person {p[1]}')

# same office title with overlapping terms (heads / ministers), by country code
office = collections.defaultdict(list)
KEY = re.compile(r'^(President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Secretary of State|Secretary of Defense|Foreign Secretary|Defence Secretary|King|Emir|Chancellor|Supreme Leader|UN Secretary-General|NATO Secretary General|European Commission President|European Council President|EU High Representative|IAEA Director General|WHO Director-General|OPEC Secretary General|OSCE Secretary General|Arab League Secretary-General|AU Commission Chairperson|ASEAN Secretary-General|UN High Commissioner for Refugees)$')
for p in people:
    for code, s, e, title in p[3]:
        if s and KEY.match(title):
            office[(code, title)].append((s, e, p))
for k, v in office.items():
    v.sort(key=lambda x: x[0])
    for i in range(len(v) - 1):
        if v[i + 1][0] < v[i][1] and v[i][2] is not v[i + 1][2]:
            err(v[i + 1][2][0], f'{k[0]} {k[1]} overlaps {v[i][2][1]} ({v[i][0]}..{v[i][1]}) with {v[i+1][2][1]} ({v[i+1][0]}..)')

if '--codes' in sys.argv:
    c = collections.Counter(r[0] for p in people for r in p[3])
    for code, n in sorted(c.items()):
        if code[:3] in ('IGO', 'NGO', 'IMG', 'MNC'):
            print(code, n, '' if code in actor_codes else 'NOT IN actors/')
for e in errors: print(e)
nroles = sum(len(p[3]) for p in people)
nal = sum(len(set(norm(x) for x in p[2])) for p in people)
print(f'people={len(people)} roles={nroles} dated={sum(1 for p in people for r in p[3] if r[1])} aliases={nal} errors={len(errors)}', file=sys.stderr)
sys.exit(1 if errors else 0)
