// Validates integration-plan files against the published JSON Schema with ajv (draft 2020-12, strict).
//
//   node validate.mjs FILE...
//
// Prints "file pointer message" for every error. Exit code 0: all files valid; 1: at least one file
// is invalid (or not JSON); 2: a file could not be read. The schema file is looked for next to this
// script (integration-plan.schema.json) and, in the SDK's source tree, at its place in the schema
// module. A leading UTF-8 byte order mark is ignored, as the Java library does.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_CANDIDATES = [
  path.join(here, "integration-plan.schema.json"),
  path.join(here, "..", "src", "main", "resources", "de", "integrationsplan", "schema", "integration-plan.schema.json"),
];

function compile() {
  const schemaFile = SCHEMA_CANDIDATES.find((f) => fs.existsSync(f));
  if (!schemaFile) {
    console.error(`integration-plan.schema.json not found; put it next to ${path.basename(fileURLToPath(import.meta.url))}`);
    process.exit(2);
  }
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
  ajv.addKeyword({ keyword: "x-code-list", schemaType: "string" }); // schema 2.0: the code list of a coded string
  ajv.addKeyword({ keyword: "x-label", schemaType: "object" }); // schema 2.0: a type's German and English labels
  return ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
}

function pointerOf(error) {
  const escape = (name) => name.replaceAll("~", "~0").replaceAll("/", "~1");
  if (error.keyword === "required") {
    return error.instancePath + "/" + escape(error.params.missingProperty);
  }
  // an unknown property's name is the sender's: point at the object that holds it, as the library does
  return error.instancePath;
}

function main(files) {
  if (files.length === 0) {
    console.error("usage: node validate.mjs FILE...");
    return 2;
  }
  const validate = compile();
  let invalid = false;
  let unreadable = false;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      console.error(`${file} cannot be read: ${e.code ?? e.message}`);
      unreadable = true;
      continue;
    }
    let doc;
    try {
      doc = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
    } catch {
      // the parser's message may quote the document, which is personal data: say only where
      console.log(`${file} "" not valid JSON`);
      invalid = true;
      continue;
    }
    if (validate(doc)) {
      continue;
    }
    invalid = true;
    const seen = new Set();
    for (const error of validate.errors) {
      // an anyOf failure repeats itself for each branch; one line per pointer and message is enough
      const line = `${file} ${JSON.stringify(pointerOf(error))} ${error.keyword}: ${error.message}`;
      if (!seen.has(line)) {
        seen.add(line);
        console.log(line);
      }
    }
  }
  return unreadable ? 2 : invalid ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
