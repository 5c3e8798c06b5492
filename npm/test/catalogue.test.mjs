// The words and files the package takes from the Java library: catalogue.json is exported from the
// Java catalogue and held equal to it by NodePackageCatalogueTest (module core); here, that every
// keyword the schemas assert has its code's message in both languages, and that the schemas and
// code lists in the package are the schema module's files, byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeList, codeListFile, codeListIndex, codeMessage, schema, schemaFile, schemaVersions, structuralCodes } from "../dist/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const resources = path.join(here, "..", "..", "schema", "src", "main", "resources", "de", "integrationsplan", "schema");

/** The keywords of JSON Schema that assert, and so can fail; the rest annotate or apply sub-schemas. */
const ASSERTING = new Set(["type", "enum", "const", "pattern", "format", "minLength", "maxLength", "minimum", "maximum",
  "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties",
  "maxProperties", "required", "additionalProperties", "anyOf", "oneOf", "not", "dependentRequired", "contains"]);

function keywords(node, out) {
  if (Array.isArray(node)) {
    node.forEach((n) => keywords(n, out));
  } else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (ASSERTING.has(k)) {
        out.add(k);
      }
      if (k === "properties" || k === "$defs") {
        Object.values(v).forEach((n) => keywords(n, out));
      } else if (k !== "enum" && k !== "const" && k !== "required") {
        keywords(v, out);
      }
    }
  }
  return out;
}

test("every keyword the schemas assert has its code's message in German and English", () => {
  const codes = new Set(structuralCodes());
  for (const version of schemaVersions) {
    for (const keyword of keywords(schema(version), new Set())) {
      assert.ok(codes.has(`schema.${keyword}`), `schema.${keyword} of ${version} has no message`);
      assert.notEqual(codeMessage(`schema.${keyword}`, "de"), codeMessage(`schema.${keyword}`, "en"));
    }
  }
});

test("the schemas in the package are the schema module's files", () => {
  for (const version of schemaVersions) {
    const source = version === "1.0" ? path.join(resources, "integration-plan.schema.json")
      : path.join(resources, version, "integration-plan.schema.json");
    assert.deepEqual(fs.readFileSync(schemaFile(version)), fs.readFileSync(source), version);
    assert.equal(schema(version).$id, `https://integrationsplan.de/schema/${version}/integration-plan.schema.json`);
  }
});

test("the code lists in the package are the published files of the schema module", () => {
  const index = codeListIndex();
  const folders = fs.readdirSync(path.join(resources, "codelists"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  assert.deepEqual(index.map((l) => l.id).sort(), folders);
  for (const list of index) {
    for (const v of list.versions) {
      for (const file of [v.json, v.genericode]) {
        assert.deepEqual(fs.readFileSync(codeListFile(file)), fs.readFileSync(path.join(resources, "codelists", file)), file);
      }
    }
    const latest = codeList(list.id);
    assert.equal(JSON.stringify(latest), JSON.stringify(JSON.parse(fs.readFileSync(path.join(resources, "codelists", list.id, `${list.latest}.json`), "utf8"))));
  }
});

test("an unknown code list or version is refused by name", () => {
  assert.throws(() => codeList("no-such-list"), /unknown code list no-such-list; known: /);
  assert.throws(() => codeList(codeListIndex()[0].id, "1999-01-01"), /has no version 1999-01-01; published: /);
  assert.throws(() => codeListFile("../package.json"), /not a file of the code lists/);
});
