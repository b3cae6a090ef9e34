#!/usr/bin/env python3
"""Validates API model files against docs/model.schema.json (JSON Schema draft 7).

usage: validate_models.py SCHEMA --valid FILE... [--invalid FILE...]

Every --valid file must conform; every --invalid file must be rejected (by the JSON parser or the
schema), so that the schema and the checker's loader agree on what a model is. The loader's own
checks that a schema cannot express (an operand index beyond `params`, duplicate entries) are
covered by its unit tests.
"""
import argparse
import json
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("schema")
    parser.add_argument("--valid", nargs="*", default=[])
    parser.add_argument("--invalid", nargs="*", default=[])
    args = parser.parse_args()

    schema = load(args.schema)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = 0
    for path in args.valid:
        errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.path))
        for e in errors:
            print(f"FAIL {path}: /{'/'.join(str(p) for p in e.path)}: {e.message}")
        failures += bool(errors)
        if not errors:
            print(f"ok   {path}")
    for path in args.invalid:
        try:
            errors = list(validator.iter_errors(load(path)))
        except json.JSONDecodeError as e:
            print(f"ok   {path} rejected: invalid JSON: {e}")
            continue
        if errors:
            print(f"ok   {path} rejected: {errors[0].message}")
        else:
            print(f"FAIL {path}: expected the schema to reject it")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
