#!/usr/bin/env python3
"""Checks data/event.schema.json against real records.

Usage: check_schema.py SCHEMA EVENTS.jsonl FIXTURES_DIR

Every line of EVENTS.jsonl must validate. Every line of
FIXTURES_DIR/schema_invalid.jsonl must NOT validate (each is a record broken
in one way), and every line of FIXTURES_DIR/schema_valid.jsonl must.
Exits 0 when all hold, 1 otherwise, printing file:line for each failure.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (scripts/install-deps installs it)")
    sys.exit(77)  # ctest SKIP_RETURN_CODE


def lines(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, json.loads(line)


def main():
    schema_path, events, fixtures = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    checked = 0
    for path in (events, fixtures + "/schema_valid.jsonl"):
        for n, record in lines(path):
            checked += 1
            for err in validator.iter_errors(record):
                print(f"{path}:{n}: should be valid: {err.message}")
                failures += 1
    for n, record in lines(fixtures + "/schema_invalid.jsonl"):
        checked += 1
        if validator.is_valid(record):
            print(f"{fixtures}/schema_invalid.jsonl:{n}: should be invalid")
            failures += 1
    print(f"{checked} records checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
