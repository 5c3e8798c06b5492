// The schema is chosen by the document's schemaVersion as the Java reader chooses it
// (docs/versioning.md): a missing, unknown or newer-minor version gives one finding at
// /schemaVersion and nothing else.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schemaVersions, validate, versionFor } from "../dist/index.js";

const plans = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "examples", "plans");
const first = (folder) => fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort()[0];
const plan2 = () => JSON.parse(fs.readFileSync(path.join(plans, "2.0", "valid", first(path.join(plans, "2.0", "valid"))), "utf8"));
const plan1 = () => JSON.parse(fs.readFileSync(path.join(plans, "valid", first(path.join(plans, "valid"))), "utf8"));
// the Java library's message for a 2.0 document whose version it does not read
const expected = JSON.parse(fs.readFileSync(path.join(plans, "2.0", "expected", "schema-version-without-minor.json"), "utf8"));

const only = (result) => result.issues.map((i) => `${i.code} ${i.pointer}`);

test("the package carries the schemas of 1.0 and 2.0", () => {
  assert.deepEqual([...schemaVersions], ["1.0", "2.0"]);
});

test("a document of a newer minor, with a member its version adds, gets one finding at /schemaVersion", () => {
  const doc = { ...plan2(), schemaVersion: "2.1", memberOfVersion21: true };
  const result = validate(doc);
  assert.deepEqual(only(result), ["schema.pattern /schemaVersion"]);
  assert.equal(result.issues[0].message, expected.messages[0]);
  assert.equal(validate(doc, { lang: "en" }).issues[0].message, expected.messagesEn[0]);
});

test("a document of a major this package does not know gets one finding at /schemaVersion", () => {
  const doc = { ...plan2(), schemaVersion: "9.0", person: "no person" };
  assert.deepEqual(only(validate(doc)), ["schema.pattern /schemaVersion"]);
  assert.equal(versionFor(doc), "2.0");
});

test("a document without a version gets one finding, the missing version", () => {
  const doc = plan2();
  delete doc.schemaVersion;
  doc.status = "aktiv";
  assert.deepEqual(only(validate(doc)), ["schema.required /schemaVersion"]);
});

test("a version that is no text is a value of the wrong type, alone", () => {
  assert.deepEqual(only(validate({ ...plan2(), schemaVersion: 2, status: 1 })), ["schema.type /schemaVersion"]);
});

test("a 2.0 plan labelled 1.0 is checked as a plan of format 1", () => {
  const result = validate({ ...plan2(), schemaVersion: "1.0" });
  assert.equal(result.schemaVersion, "1.0");
  assert.equal(result.valid, false);
  assert.ok(result.issues.every((i) => i.pointer !== "/schemaVersion"));
});

test("a 1.x minor is read by format 1.0's schema, which accepts it", () => {
  const result = validate({ ...plan1(), schemaVersion: "1.7" });
  assert.equal(result.schemaVersion, "1.0");
  assert.equal(result.valid, true);
});

test("a document that is no object is of the wrong type", () => {
  for (const doc of [[], "plan", 1, null]) {
    assert.deepEqual(only(validate(doc)), ["schema.type "]);
  }
});

test("a valid plan comes back as the plan, typed by its version", () => {
  const doc = plan2();
  const result = validate(doc);
  assert.equal(result.valid, true);
  assert.equal(result.plan, doc);
});
