"""Runs the batch that FormatBatchTest (module schema) writes through Python's jsonschema, draft
2020-12, without a format checker (format an annotation, the draft's default), and requires
networknt's verdict for every document, as check-batch.mjs does for ajv and hyperjump:

    python3 -m pip install -r schema/format-check/requirements.txt
    python3 schema/format-check/check_jsonschema.py schema/target/format-batch.ndjson

Format 1.0 documents whose only findings are schema.format are the known gap of format 1.0 (no
calendar patterns in its published schema): counted, not failed. So are documents whose only
findings are patterns at values that end in a line feed: Python's re.search, which jsonschema uses,
lets $ match before a final line feed, so "g1\n" passes ^[A-Za-z0-9]...$ (a known difference of
Python's regular expressions; ECMA-262 and networknt reject it). Exits 1 on any other disagreement.
"""
import importlib.metadata
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

HERE = pathlib.Path(__file__).resolve().parent
SCHEMA_DIR = HERE.parent / "src/main/resources/de/integrationsplan/schema"
SCHEMAS = {
    "1.0": json.loads((SCHEMA_DIR / "integration-plan.schema.json").read_text(encoding="utf-8")),
    "2.0": json.loads((SCHEMA_DIR / "2.0/integration-plan.schema.json").read_text(encoding="utf-8")),
}


def pointer_value(document, pointer):
    value = document
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def only_final_line_feeds(entry):
    findings = entry["networknt"]["findings"]
    if not findings:
        return False
    for finding in findings:
        if not finding.startswith("schema.pattern at "):
            return False
        value = pointer_value(entry["document"], finding[len("schema.pattern at "):])
        if not (isinstance(value, str) and value.endswith("\n")):
            return False
    return True


def main(batch):
    validators = {}
    for version, schema in SCHEMAS.items():
        Draft202012Validator.check_schema(schema)
        validators[version] = Draft202012Validator(schema)  # no format_checker: format is an annotation
    entries = [json.loads(line) for line in pathlib.Path(batch).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not entries:
        print(f"the batch {batch} is empty")
        return 2
    failed = known = line_feeds = 0
    for entry in entries:
        expected = entry["networknt"]["valid"]
        got = validators[entry["version"]].is_valid(entry["document"])
        if got == expected:
            continue
        findings = entry["networknt"]["findings"]
        if entry["version"] == "1.0" and got and findings and all(f.startswith("schema.format at ") for f in findings):
            known += 1
            continue
        if got and only_final_line_feeds(entry):
            line_feeds += 1
            print(f"known: jsonschema accepts {entry['name']}: $ matches before its final line feed in Python")
            continue
        failed += 1
        print(f"jsonschema {'accepts' if got else 'rejects'} {entry['name']}, networknt "
              f"{'accepts' if expected else 'rejects'} it ({', '.join(findings)})")
    print(f"jsonschema {importlib.metadata.version('jsonschema')}: {len(entries)} documents, "
          f"{failed} disagreements, {known} format-1.0 documents whose only fault is a format, "
          f"{line_feeds} documents whose only fault is a final line feed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
