// Runs the conformance corpus (testing/src/main/resources/de/integrationsplan/testing/corpus, the
// files the integrationsplan-testing jar ships) through ajv, draft 2020-12, strict, each document
// against the schema of the version its schemaVersion names (1.0 at the top of
// schema/src/main/resources/de/integrationsplan/schema, 2.0 in its folder 2.0).
//
//   npm ci --prefix schema/ajv --no-audit --no-fund && node schema/ajv/check-corpus.mjs
//
// For every case of kind "valid" or "rule", ajv must accept the document; for kind "structural",
// ajv must reject it and report every expected finding: the keyword of the expected code
// (schema.<keyword>) at its pointer. The pointer of an ajv error is
// its instancePath, plus "/" + the property for required, cut before a name the schema does not define. Parser cases are
// skipped: JSON.parse is not the strict reader of the library. Prints one line per disagreement and
// a summary; exits 1 on any disagreement that is not a known one below.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.join(here, "..", "src", "main", "resources", "de", "integrationsplan", "schema");
const corpusDir = path.join(here, "..", "..", "testing", "src", "main", "resources", "de", "integrationsplan",
  "testing", "corpus");

/** The schema of each version of the format, oldest first: 1.0 at the top, every later one in its folder. */
const SCHEMA_FILES = new Map([
  ["1.0", path.join(schemaDir, "integration-plan.schema.json")],
  ["2.0", path.join(schemaDir, "2.0", "integration-plan.schema.json")],
]);
const VERSIONS = [...SCHEMA_FILES.keys()];
const schemaTrees = new Map(VERSIONS.map((v) => [v, JSON.parse(fs.readFileSync(SCHEMA_FILES.get(v), "utf8"))]));

// Known disagreements, the same list as in CorpusTest.java (module testing): the case, the validator
// that disagrees with the expectation ("library", "networknt" or "ajv"), and why. Only "ajv" entries
// affect this script; an entry that no longer disagrees is reported, so that it is removed.
const KNOWN_DISAGREEMENTS = [];

/**
 * The version whose schema a document is validated against, as PlanSchema.versionFor in Java: its
 * schemaVersion when known, else the newest version of its major, else the newest version of all.
 */
export function versionFor(document) {
  const v = document !== null && typeof document === "object" && !Array.isArray(document)
    ? document.schemaVersion : undefined;
  if (typeof v === "string") {
    if (SCHEMA_FILES.has(v)) {
      return v;
    }
    const dot = v.indexOf(".");
    if (dot > 0) {
      const major = v.slice(0, dot + 1);
      const same = VERSIONS.filter((known) => known.startsWith(major));
      if (same.length > 0) {
        return same[same.length - 1];
      }
    }
  }
  return VERSIONS[VERSIONS.length - 1];
}

/**
 * Compiles every version's schema once: strict mode, all errors, formats asserted. Returns a
 * function that validates a document against the schema its schemaVersion names and then holds
 * the errors (as an ajv validate function does) and the version it chose.
 */
export function compileSchema() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // vendor vocabulary, annotations without assertion: the classification of personal data, and
  // (format 2.0) the code list a coded string takes its values from
  ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
  ajv.addKeyword({ keyword: "x-code-list", schemaType: "string" });
  // (format 2.0) a type's German and English labels; its title is its Java name
  ajv.addKeyword({ keyword: "x-label", schemaType: "object" });
  const compiled = new Map(VERSIONS.map((v) => [v, ajv.compile(schemaTrees.get(v))]));
  const validate = (document) => {
    const version = versionFor(document);
    const one = compiled.get(version);
    const ok = one(document);
    validate.errors = one.errors;
    validate.version = version;
    return ok;
  };
  return validate;
}

/** A node's local reference: its $ref, or (format 2.0 on) the one $ref of its allOf. */
function refOf(node) {
  if (Array.isArray(node.allOf) && node.allOf.length === 1 && typeof node.allOf[0].$ref === "string") {
    return node.allOf[0].$ref;
  }
  return node.$ref;
}

/** The node a local $ref names in a schema, or the node itself. */
function resolve(node, schemaTree) {
  for (let ref = refOf(node); typeof ref === "string" && ref.startsWith("#/"); ref = refOf(node)) {
    node = ref.slice(2).split("/").reduce((n, token) => n[token], schemaTree);
  }
  return node;
}

/**
 * The pointer cut where it leaves the schema (PlanSchema.findingPointer in Java): each token a
 * property the schema defines for its object, or an index into an array. A name the schema does not
 * define there was written by the sender and may be personal data, so the library and networknt
 * leave it out (docs/validation.md).
 */
function withinSchema(pointer, version) {
  const schemaTree = schemaTrees.get(version);
  let node = resolve(schemaTree, schemaTree);
  let out = "";
  for (const token of pointer.split("/").slice(1)) {
    let next;
    if (node.items !== undefined && /^(0|[1-9][0-9]*)$/.test(token)) {
      next = node.items;
    } else if (node.properties !== undefined && Object.hasOwn(node.properties, token)) {
      next = node.properties[token];
    }
    if (next === undefined) {
      break;
    }
    node = resolve(next, schemaTree);
    out += "/" + token;
  }
  return out;
}

/**
 * The JSON Pointer an ajv error points at, as the library gives it: for required the missing
 * property, for additionalProperties the object that holds the unknown one.
 */
export function pointerOf(error, version = VERSIONS[0]) {
  const escape = (name) => name.replaceAll("~", "~0").replaceAll("/", "~1");
  if (error.keyword === "required") {
    return withinSchema(error.instancePath + "/" + escape(error.params.missingProperty), version);
  }
  return withinSchema(error.instancePath, version);
}

function readCases() {
  return fs.readdirSync(corpusDir)
    .filter((f) => f.endsWith(".expect.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".expect.json".length);
      const expect = JSON.parse(fs.readFileSync(path.join(corpusDir, f), "utf8"));
      return { name, expect, file: path.join(corpusDir, name + ".json") };
    });
}

/** Parses a file as JSON, ignoring a leading byte order mark as the library does (RFC 8259, 8.1). */
export function readJson(file) {
  const text = fs.readFileSync(file, "utf8");
  return JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
}

function check(validate, c) {
  const doc = readJson(c.file);
  const valid = validate(doc);
  const errors = validate.errors ?? [];
  const pointerOfError = (e) => pointerOf(e, validate.version);
  const pointers = new Set(errors.map(pointerOfError));
  const found = () => [...pointers].map((p) => JSON.stringify(p)).join(", ") || "none";
  switch (c.expect.kind) {
    case "valid":
    case "rule":
      return valid ? [] : [`expected valid for the schema, ajv reports errors at ${found()}`];
    case "structural": {
      if (valid) {
        return ["expected invalid for the schema, ajv accepts it"];
      }
      // the same keyword at the same pointer: the library's code is "schema." + the keyword
      const findings = new Set(errors.map((e) => `schema.${e.keyword} ${pointerOfError(e)}`));
      return c.expect.issues
        .filter((i) => i.code.startsWith("schema.") && !findings.has(`${i.code} ${i.pointer}`))
        .map((i) => `expected ${i.code} at ${JSON.stringify(i.pointer)}, ajv reports ${[...findings].join(", ") || "none"}`);
    }
    default:
      throw new Error(`unknown kind ${c.expect.kind}`);
  }
}

function main() {
  const validate = compileSchema();
  const cases = readCases();
  const known = new Map(KNOWN_DISAGREEMENTS.filter((k) => k.validator === "ajv").map((k) => [k.name, k.reason]));
  let checked = 0, skipped = 0, failed = 0, knownCount = 0;
  for (const c of cases) {
    if (c.expect.kind === "parser") {
      skipped++;
      continue;
    }
    checked++;
    const problems = check(validate, c);
    if (known.has(c.name)) {
      if (problems.length === 0) {
        failed++;
        console.log(`FIXED ${c.name}: ajv now agrees; remove it from KNOWN_DISAGREEMENTS`);
      } else {
        knownCount++;
        console.log(`KNOWN ${c.name}: ${known.get(c.name)}`);
      }
      continue;
    }
    for (const p of problems) {
      console.log(`FAIL ${c.name}: ${p}`);
    }
    if (problems.length > 0) {
      failed++;
    }
  }
  for (const name of known.keys()) {
    if (!cases.some((c) => c.name === name)) {
      failed++;
      console.log(`FAIL ${name}: listed in KNOWN_DISAGREEMENTS but not in the corpus`);
    }
  }
  console.log(`ajv: ${cases.length} cases, ${checked} checked, ${skipped} parser cases skipped, `
    + `${checked - failed - knownCount} agree, ${knownCount} known disagreements, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
