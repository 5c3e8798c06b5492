// Runs a batch of generated plans and structural mutants through ajv, draft 2020-12, strict, in one
// Node.js process. The batch is written by the Java property tests (AgreementProperties, module
// testing):
//
//   mvn -B verify && npm ci --prefix schema/ajv --no-audit --no-fund \
//     && node schema/ajv/check-batch.mjs testing/target/agreement-batch.ndjson
//
// One JSON object a line: {"kind": "valid" | "mutant", "name", "mutation"?, "pointer"?, "document"}.
// Each document is validated against the schema of the version its schemaVersion names (1.0 or 2.0,
// chosen as PlanSchema.versionFor chooses it in Java).
// A "valid" document must pass; a "mutant" must fail with an error at its pointer (the pointer of an
// ajv error as in check-corpus.mjs: instancePath, plus the property for required and
// additionalProperties). Prints one line per disagreement and a summary; exits 1 on any
// disagreement, 2 when the batch cannot be read or is empty.
import fs from "node:fs";
import { compileSchema, pointerOf } from "./check-corpus.mjs";

function main() {
  const file = process.argv[2];
  if (!file) {
    console.log("usage: node check-batch.mjs <batch.ndjson>");
    process.exitCode = 2;
    return;
  }
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.log(`cannot read the batch ${file}: ${e.code ?? e.message}`);
    process.exitCode = 2;
    return;
  }
  const validate = compileSchema();
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  let valid = 0, mutants = 0, failed = 0;
  const versions = new Map();
  lines.forEach((line, n) => {
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      failed++;
      console.log(`FAIL line ${n + 1}: not JSON`);
      return;
    }
    const ok = validate(entry.document);
    const version = validate.version;
    versions.set(version, (versions.get(version) ?? 0) + 1);
    const pointers = new Set((validate.errors ?? []).map((e) => pointerOf(e, version)));
    const found = () => [...pointers].map((p) => JSON.stringify(p)).join(", ") || "none";
    switch (entry.kind) {
      case "valid":
        valid++;
        if (!ok) {
          failed++;
          console.log(`FAIL ${entry.name}: expected valid, ajv reports errors at ${found()}`);
        }
        break;
      case "mutant":
        mutants++;
        if (ok) {
          failed++;
          console.log(`FAIL ${entry.name}: ${entry.mutation}: expected invalid, ajv accepts it`);
        } else if (!pointers.has(entry.pointer)) {
          failed++;
          console.log(`FAIL ${entry.name}: ${entry.mutation}: expected an error at ${JSON.stringify(entry.pointer)}, `
            + `ajv reports errors at ${found()}`);
        }
        break;
      default:
        failed++;
        console.log(`FAIL line ${n + 1}: unknown kind ${JSON.stringify(entry.kind)}`);
    }
  });
  if (lines.length === 0) {
    console.log(`the batch ${file} is empty`);
    process.exitCode = 2;
    return;
  }
  const byVersion = [...versions].sort().map(([v, n]) => `${n} against schema ${v}`).join(", ");
  console.log(`ajv: ${lines.length} documents (${byVersion}), ${valid} valid plans, ${mutants} mutants, `
    + `${lines.length - failed} agree, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
