#!/usr/bin/env python3
"""Validates dipgraph's GraphML and GEXF against the project's own XML Schemas.

Usage:
  check_xsd.py export DIPGRAPH EVENTS.jsonl WORKDIR NAME FORMAT [FLAGS...]
      runs `dipgraph export --format FORMAT FLAGS -o WORKDIR/NAME.FORMAT
      EVENTS.jsonl` (FORMAT graphml or gexf) and validates the file with
      `xmllint --noout --nonet --schema tests/schemas/FORMAT.xsd`.
  check_xsd.py fixtures
      every tests/schemas/testdata/valid-* must validate; every invalid-* must
      be well-formed, fail validation (xmllint exit 3), and print the text of
      its `expect:` comment, so it fails for the reason it was written for.

Exits 77 (skip) when xmllint is missing, 1 on a failure.
"""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "schemas")
TESTDATA = os.path.join(SCHEMAS, "testdata")


def xmllint(path, schema=None):
    """(exit code, messages) of xmllint on `path`, against `schema` if given."""
    cmd = ["xmllint", "--noout", "--nonet"]
    if schema:
        cmd += ["--schema", os.path.join(SCHEMAS, schema)]
    r = subprocess.run(cmd + [path], capture_output=True, text=True)
    return r.returncode, r.stderr


def schema_for(path):
    return "gexf.xsd" if path.endswith(".gexf") else "graphml.xsd"


def check_export(dipgraph, events, work, name, fmt, flags):
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, f"{name}.{fmt}")
    subprocess.run([dipgraph, "export", "--format", fmt, *flags, "-o", path, events],
                   check=True)
    rc, messages = xmllint(path, schema_for(path))
    if rc != 0:
        print(messages.strip())
        print(f"FAIL: {path} (dipgraph export --format {fmt} {' '.join(flags)}) "
              f"does not validate against tests/schemas/{schema_for(path)}")
        return 1
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print(f"ok: {path} validates ({text.count('<node ')} nodes, "
          f"{text.count('<edge ')} edges)")
    return 0


def check_fixtures():
    failures = 0
    names = sorted(os.listdir(TESTDATA))
    for name in names:
        path = os.path.join(TESTDATA, name)
        rc, messages = xmllint(path, schema_for(path))
        if name.startswith("valid-"):
            ok = rc == 0
            why = "" if ok else messages.strip()
        else:
            with open(path, encoding="utf-8") as f:
                m = re.search(r"expect: (.*?)\s*-->", f.read(), re.S)
            expected = m.group(1) if m else None
            well_formed = xmllint(path)[0] == 0
            ok = (expected is not None and well_formed and rc == 3 and
                  expected in messages)
            why = ("no expect: comment" if expected is None else
                   "not well-formed XML" if not well_formed else
                   f"xmllint exit {rc}, messages lack {expected!r}:\n{messages.strip()}")
        if ok:
            first = messages.strip().splitlines()[0] if rc else "validates"
            print(f"ok: {name}: {first.replace(path, name)}")
        else:
            print(f"FAIL: {name}: {why}")
            failures += 1
    if not any(n.startswith("invalid-") for n in names):
        print(f"FAIL: no invalid-* fixtures in {TESTDATA}")
        failures += 1
    return 1 if failures else 0


def main(argv):
    if shutil.which("xmllint") is None:
        print("xmllint is not installed (scripts/install-deps installs libxml2-utils)")
        return 77
    if argv[1:2] == ["fixtures"]:
        return check_fixtures()
    if argv[1:2] == ["export"] and len(argv) >= 7:
        return check_export(*argv[2:7], argv[7:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
