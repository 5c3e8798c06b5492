// Runs the batch that FormatBatchTest (module schema) writes during "mvn -B verify" through ajv
// (Ajv2020, strict, ajv-formats: format asserted) and @hyperjump/json-schema (draft 2020-12, format
// an annotation, as the draft's default says), and requires networknt's verdict from both:
//
//   npm ci --prefix schema/format-check --no-audit --no-fund \
//     && node schema/format-check/check-batch.mjs schema/target/format-batch.ndjson
//
// Every format 2.0 document must get networknt's verdict from both validators. A format 1.0
// document must too, except where networknt's only findings are schema.format: format 1.0's
// published schema has no calendar patterns beside format, so a validator that reads format as an
// annotation accepts 2024-02-30 there (counted, and printed as the known gap of format 1.0).
// Prints one line per disagreement and a summary; exits 1 on any disagreement, 2 without a batch.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { registerSchema, validate as hyperjumpValidate } from "@hyperjump/json-schema/draft-2020-12";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.join(here, "..", "src", "main", "resources", "de", "integrationsplan", "schema");
const SCHEMAS = new Map([
  ["1.0", JSON.parse(fs.readFileSync(path.join(schemaDir, "integration-plan.schema.json"), "utf8"))],
  ["2.0", JSON.parse(fs.readFileSync(path.join(schemaDir, "2.0", "integration-plan.schema.json"), "utf8"))],
]);

function ajvValidators() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
  ajv.addKeyword({ keyword: "x-code-list", schemaType: "string" });
  ajv.addKeyword({ keyword: "x-label", schemaType: "object" });
  return new Map([...SCHEMAS].map(([v, s]) => [v, ajv.compile(s)]));
}

/** Whether networknt's findings are format findings only: the known gap of format 1.0. */
function onlyFormat(entry) {
  return entry.networknt.findings.length > 0 && entry.networknt.findings.every((f) => f.startsWith("schema.format at "));
}

async function main() {
  const file = process.argv[2];
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.log(`cannot read the batch ${file}: ${e.code ?? e.message}`);
    process.exitCode = 2;
    return;
  }
  const entries = text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
  if (entries.length === 0) {
    console.log(`the batch ${file} is empty`);
    process.exitCode = 2;
    return;
  }
  const ajv = ajvValidators();
  for (const [, s] of SCHEMAS) registerSchema(s);
  let failed = 0, known = 0;
  const count = { valid: 0, invalid: 0 };
  for (const entry of entries) {
    const expected = entry.networknt.valid;
    count[expected ? "valid" : "invalid"]++;
    const ajvValid = ajv.get(entry.version)(entry.document);
    // the FLAG output (valid or not): the verdict is all that is compared
    const hyper = await hyperjumpValidate(SCHEMAS.get(entry.version).$id, entry.document);
    for (const [name, got] of [["ajv", ajvValid], ["hyperjump", hyper.valid]]) {
      if (got === expected) continue;
      if (entry.version === "1.0" && name === "hyperjump" && got && onlyFormat(entry)) {
        known++;
        continue;
      }
      failed++;
      console.log(`${name} ${got ? "accepts" : "rejects"} ${entry.name}, networknt ${expected ? "accepts" : "rejects"} it`
        + ` (${entry.networknt.findings.join(", ")})`);
    }
  }
  console.log(`ajv, hyperjump: ${entries.length} documents (${count.valid} valid, ${count.invalid} invalid for networknt), `
    + `${failed} disagreements, ${known} format-1.0 documents whose only fault is a format (accepted where format is an annotation)`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
