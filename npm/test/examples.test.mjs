// The example plans of the repository through validate, against the Java library's expectations:
// every valid plan is valid; for every invalid plan, the findings of reading and of the schema
// (json.*, schema.*) in its expected file, with code, pointer and German and English message, are
// exactly the package's findings, and a plan whose faults are all rules (plan.*) fits its schema.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateBytes } from "../dist/index.js";

const plans = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "examples", "plans");
const SETS = [
  { version: "1.0", folder: plans },
  { version: "2.0", folder: path.join(plans, "2.0") },
];

const structural = (code) => code.startsWith("schema.") || code.startsWith("json.");
const files = (folder) => fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort();

for (const { version, folder } of SETS) {
  test(`every valid example plan of format ${version} is valid`, () => {
    const valid = files(path.join(folder, "valid"));
    assert.ok(valid.length > 0, `no plans in ${folder}/valid`);
    for (const f of valid) {
      const result = validateBytes(fs.readFileSync(path.join(folder, "valid", f)));
      assert.deepEqual(result.issues, [], f);
      assert.equal(result.valid, true, f);
      assert.equal(result.schemaVersion, version, f);
    }
  });

  for (const f of files(path.join(folder, "invalid"))) {
    const expected = JSON.parse(fs.readFileSync(path.join(folder, "expected", f), "utf8"));
    const bytes = fs.readFileSync(path.join(folder, "invalid", f));
    const want = (messages) => expected.codes
      .map((code, i) => ({ code, pointer: expected.pointers[i], message: messages[i] }))
      .filter((i) => structural(i.code));
    const got = (lang) => validateBytes(bytes, { lang }).issues
      .map((i) => ({ code: i.code, pointer: i.pointer, message: i.message }));
    const sorted = (list) => [...list].sort((a, b) => (a.pointer + a.code + a.message).localeCompare(b.pointer + b.code + b.message));
    const what = want(expected.messages).length === 0 ? "fits its schema (its faults are rules)"
      : `has the structural findings of the Java library`;
    test(`${version}/invalid/${f} ${what}`, () => {
      assert.deepEqual(sorted(got("de")), sorted(want(expected.messages)));
      assert.deepEqual(sorted(got("en")), sorted(want(expected.messagesEn)));
      assert.equal(validateBytes(bytes).valid, want(expected.messages).length === 0);
    });
  }
}
