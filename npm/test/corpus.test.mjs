// The conformance corpus (module testing) through validateBytes: for valid and rule cases no
// finding, for structural and parser cases exactly the expected codes at the expected pointers.
// The corpus is the Java library's; a case the package cannot see is listed with its reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateBytes } from "../dist/index.js";

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "testing", "src", "main",
  "resources", "de", "integrationsplan", "testing", "corpus");

/** Cases where the package is known to differ from the expectation, with the reason; none today. */
const KNOWN_DIFFERENCES = new Map();

const cases = fs.readdirSync(corpus).filter((f) => f.endsWith(".expect.json")).sort()
  .map((f) => f.slice(0, -".expect.json".length));

test("the corpus has cases of every kind", () => {
  const kinds = new Set(cases.map((c) => JSON.parse(fs.readFileSync(path.join(corpus, c + ".expect.json"), "utf8")).kind));
  assert.deepEqual([...kinds].sort(), ["parser", "rule", "structural", "valid"]);
});

for (const name of cases) {
  const expect = JSON.parse(fs.readFileSync(path.join(corpus, name + ".expect.json"), "utf8"));
  test(`corpus ${name} (${expect.kind}): ${expect.description}`, { skip: KNOWN_DIFFERENCES.get(name) }, () => {
    const result = validateBytes(fs.readFileSync(path.join(corpus, name + ".json")));
    const want = expect.kind === "valid" || expect.kind === "rule" ? []
      : expect.issues.map((i) => `${i.code} ${i.pointer}`).sort();
    assert.deepEqual(result.issues.map((i) => `${i.code} ${i.pointer}`).sort(), want);
    assert.equal(result.valid, want.length === 0);
  });
}
