// Builds the package from the repository: copies the schema of every format version and the
// published code lists from the schema module's resources (the files the Java jar carries, so that
// nothing is committed twice), generates the TypeScript types of each version from its schema with
// json-schema-to-typescript, and compiles src/ to dist/ with tsc. Run by "npm run build", by
// "npm test" and before "npm pack".
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.join(here, "..");
const resources = path.join(pkg, "..", "schema", "src", "main", "resources", "de", "integrationsplan", "schema");
const FILE = "integration-plan.schema.json";

// format 1.0's schema is at the top of the folder, every later version in a folder of its own
const versions = new Map([["1.0", path.join(resources, FILE)]]);
for (const entry of fs.readdirSync(resources, { withFileTypes: true })) {
  if (entry.isDirectory() && /^[0-9]+\.[0-9]+$/.test(entry.name)) {
    versions.set(entry.name, path.join(resources, entry.name, FILE));
  }
}
const known = ["1.0", "2.0"]; // schemaVersions in src/validate.ts and the v1, v2 types of src/index.ts
const found = [...versions.keys()].sort();
if (found.join() !== known.join()) {
  throw new Error(`the schema module has the versions ${found.join(", ")}, the package knows ${known.join(", ")}: `
    + "add the new version to src/validate.ts, src/index.ts and this script");
}

for (const dir of ["dist", "schemas", "codelists", path.join("src", "generated")]) {
  fs.rmSync(path.join(pkg, dir), { recursive: true, force: true });
}
for (const [version, file] of versions) {
  fs.mkdirSync(path.join(pkg, "schemas", version), { recursive: true });
  fs.copyFileSync(file, path.join(pkg, "schemas", version, FILE));
}
fs.cpSync(path.join(resources, "codelists"), path.join(pkg, "codelists"), {
  recursive: true,
  filter: (src) => fs.statSync(src).isDirectory() || /\.(json|gc)$/.test(src),
});

/**
 * The schema as json-schema-to-typescript should read it: each type named after its key in $defs,
 * which is the Java type's name (the bilingual titles would give names such as "PersonPerson"), and
 * each $ref without the description beside it, which would make a copy of the type at every use.
 * Only this copy in memory is changed, never the published file.
 */
function forTypes(schema) {
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node !== null && typeof node === "object") {
      if (typeof node.$ref === "string") {
        for (const key of Object.keys(node)) {
          if (key !== "$ref") {
            delete node[key];
          }
        }
      }
      for (const [key, value] of Object.entries(node)) {
        if (key !== "enum" && key !== "const" && key !== "examples") {
          walk(value);
        }
      }
    }
  };
  walk(schema);
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    def.title = name;
  }
  schema.title = "IntegrationPlan";
  return schema;
}

fs.mkdirSync(path.join(pkg, "src", "generated"), { recursive: true });
for (const [version, file] of versions) {
  const schema = forTypes(JSON.parse(fs.readFileSync(file, "utf8")));
  const ts = await compile(schema, "IntegrationPlan", {
    bannerComment: `// The types of format ${version} of the integration plan, generated from its JSON Schema\n`
      + `// (${path.relative(path.join(pkg, ".."), file)}) by json-schema-to-typescript; do not edit.`,
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
  });
  fs.writeFileSync(path.join(pkg, "src", "generated", `plan-${version}.ts`), ts);
}

const tsc = path.join(pkg, "node_modules", "typescript", "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(pkg, "tsconfig.json")], { stdio: "inherit" });
fs.chmodSync(path.join(pkg, "dist", "cli.js"), 0o755);
