// Generates types from format 2.0's schema with the code generators that vendors without Java use,
// and checks what they make (docs/json-schema.md, "Generating types"):
//
//   npm ci --prefix schema/codegen --no-audit --no-fund && node schema/codegen/check-codegen.mjs
//
// - json-schema-to-typescript (TypeScript) and quicktype (TypeScript, C#, Python, Go, Java) each
//   make exactly one type per model type and enum of $defs, named as its title (the Java name), and
//   no numbered copy (CefrLevel1) and no type named after a property; the extension's JsonValue is
//   the one other type they may make (quicktype spells it JSONValue in Go and Java).
// - Both TypeScript outputs compile with tsc --strict together with every valid 2.0 example
//   (examples/plans/2.0/valid), each a module "const plan: IntegrationPlan = <the example>".
// - quicktype's Python classes, with their from_dict converters that check every value's type,
//   load every valid example (python3, standard library only).
// - C#, Go and Java are compiled when their compiler is on the machine (.ci/run installs Debian's Go;
//   Debian has no .NET SDK); otherwise only their names are checked, and the script says so.
// Writes everything into schema/codegen/target; prints a line per check; exits 1 on any failure.
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const schemaFile = path.join(here, "..", "src", "main", "resources", "de", "integrationsplan", "schema", "2.0",
  "integration-plan.schema.json");
const examplesDir = path.join(root, "examples", "plans", "2.0", "valid");
const out = path.join(here, "target");
const bin = (name) => path.join(here, "node_modules", ".bin", name);

const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`FAIL ${message}`);
};

/** The model's types: the root and every definition but the extension's value, by their titles. */
function expectedTypes() {
  const names = new Set([schema.title]);
  for (const [key, def] of Object.entries(schema.$defs)) {
    if (def.title !== key) {
      fail(`$defs/${key} has the title ${JSON.stringify(def.title)}, not its name`);
    }
    if (key !== "JsonValue") {
      names.add(key);
    }
  }
  return names;
}

/** Compares the type names a generator made with the model's. */
function checkNames(generator, made, expected) {
  const names = [...made];
  const numbered = names.filter((n) => /[0-9]$/.test(n));
  const missing = [...expected].filter((n) => !made.has(n));
  const extra = names.filter((n) => !expected.has(n) && n.toLowerCase() !== "jsonvalue");
  const counts = new Map();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  if (numbered.length > 0) fail(`${generator}: numbered types ${numbered.join(", ")}`);
  if (missing.length > 0) fail(`${generator}: no type for ${missing.join(", ")}`);
  if (extra.length > 0) fail(`${generator}: types that are no model type: ${extra.join(", ")}`);
  if (numbered.length + missing.length + extra.length === 0) {
    console.log(`ok   ${generator}: ${made.size} types, one per model type, named as in Java`);
  }
}

function namesIn(text, regex) {
  const names = new Set();
  for (const m of text.matchAll(regex)) names.add(m[1]);
  return names;
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28, ...options });
}

function quicktype(lang, file, extra = []) {
  run(bin("quicktype"), ["--src-lang", "schema", "--lang", lang, "--top-level", schema.title, "--out", file,
    ...extra, schemaFile]);
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const expected = expectedTypes();
  const examples = fs.readdirSync(examplesDir).filter((f) => f.endsWith(".json")).sort();

  // json-schema-to-typescript
  const j2tDir = path.join(out, "json2ts");
  fs.mkdirSync(j2tDir);
  run(bin("json2ts"), ["--input", schemaFile, "--output", path.join(j2tDir, "plan.ts")]);
  const j2t = fs.readFileSync(path.join(j2tDir, "plan.ts"), "utf8");
  checkNames("json-schema-to-typescript", namesIn(j2t, /^export (?:interface|type|enum|const enum) (\w+)/gm), expected);

  // quicktype, five languages; the TypeScript without its runtime converters (types only)
  const qtDir = path.join(out, "quicktype");
  fs.mkdirSync(path.join(qtDir, "ts"), { recursive: true });
  // --no-date-times: dates and timestamps stay strings, as JSON has them (else the type is Date,
  // which only quicktype's own converter makes out of the string)
  quicktype("ts", path.join(qtDir, "ts", "plan.ts"), ["--just-types", "--no-date-times"]);
  const qtTs = fs.readFileSync(path.join(qtDir, "ts", "plan.ts"), "utf8");
  checkNames("quicktype TypeScript", namesIn(qtTs, /^export (?:interface|type|enum) (\w+)/gm), expected);

  quicktype("cs", path.join(qtDir, "Plan.cs"), ["--namespace", "Integrationsplan", "--just-types"]);
  checkNames("quicktype C#", namesIn(fs.readFileSync(path.join(qtDir, "Plan.cs"), "utf8"),
    /^ {4}public (?:partial class|enum|partial struct) (\w+)/gm), expected);

  quicktype("go", path.join(qtDir, "plan.go"), ["--package", "integrationsplan", "--just-types-and-package"]);
  checkNames("quicktype Go", goNames(namesIn(fs.readFileSync(path.join(qtDir, "plan.go"), "utf8"),
    /^type (\w+) (?:struct|string)/gm)), expected);

  fs.mkdirSync(path.join(qtDir, "java"));
  quicktype("java", path.join(qtDir, "java", "IntegrationPlan.java"), ["--package", "de.example.plan", "--just-types"]);
  const javaNames = new Set();
  for (const f of fs.readdirSync(path.join(qtDir, "java"))) {
    for (const n of namesIn(fs.readFileSync(path.join(qtDir, "java", f), "utf8"), /^public (?:class|enum) (\w+)/gm)) {
      javaNames.add(n);
    }
  }
  checkNames("quicktype Java", javaNames, expected);

  quicktype("python", path.join(qtDir, "plan.py"), ["--python-version", "3.7"]);
  const py = fs.readFileSync(path.join(qtDir, "plan.py"), "utf8");
  checkNames("quicktype Python", namesIn(py, /^class (\w+)/gm), expected);

  // tsc --strict: both TypeScript outputs with every valid example typed as the plan
  for (const [generator, dir, module] of [["json-schema-to-typescript", j2tDir, "./plan"],
    ["quicktype TypeScript", path.join(qtDir, "ts"), "./plan"]]) {
    for (const example of examples) {
      const text = fs.readFileSync(path.join(examplesDir, example), "utf8");
      const name = example.replace(/\.json$/, "").replace(/[^A-Za-z0-9]/g, "_");
      fs.writeFileSync(path.join(dir, `example_${name}.ts`),
        `import type { ${schema.title} } from "${module}";\n\nexport const plan: ${schema.title} = ${text.trim()};\n`);
    }
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
    const tsc = spawnSync(bin("tsc"), ["--strict", "--noEmit", "--target", "es2022", "--module", "es2022",
      "--moduleResolution", "bundler", ...files], { encoding: "utf8" });
    if (tsc.status === 0) {
      console.log(`ok   ${generator}: tsc --strict compiles the types and ${examples.length} valid examples`);
    } else {
      fail(`${generator}: tsc --strict fails:\n${tsc.stdout}${tsc.stderr}`);
    }
  }

  // Python: quicktype's classes load every valid example through their type-checking converters
  const loader = `import json, sys\nsys.path.insert(0, ${JSON.stringify(qtDir)})\nimport plan\n`
    + `failed = 0\nfor f in sys.argv[1:]:\n    with open(f, encoding="utf-8") as h:\n        data = json.load(h)\n`
    + `    try:\n        p = plan.${pyConverter(py)}(data)\n        assert type(p).__name__ == ${JSON.stringify(schema.title)}\n`
    + `    except Exception as e:\n        failed += 1\n        print(f"{f}: {type(e).__name__}: {e}")\n`
    + `sys.exit(1 if failed else 0)\n`;
  fs.writeFileSync(path.join(out, "load_examples.py"), loader);
  const python = spawnSync("python3", [path.join(out, "load_examples.py"),
    ...examples.map((e) => path.join(examplesDir, e))], { encoding: "utf8" });
  if (python.status === 0) {
    console.log(`ok   quicktype Python: its classes load ${examples.length} valid examples`);
  } else {
    fail(`quicktype Python: the classes do not load every example:\n${python.stdout}${python.stderr}`);
  }

  // the compilers of the other languages, where the machine has them
  for (const [language, command, args] of [
    ["C#", "dotnet", null],
    ["Go", "go", ["vet", path.join(qtDir, "plan.go")]], // vet type-checks the file, as the compiler does
    ["Java", "javac", ["-d", path.join(out, "classes"), ...fs.readdirSync(path.join(qtDir, "java"))
      .map((f) => path.join(qtDir, "java", f))]],
  ]) {
    if (args === null || !has(command)) {
      console.log(`skip ${language}: no ${command} on this machine; its type names are checked, the code is not compiled`);
      continue;
    }
    const compiled = spawnSync(command, args, { encoding: "utf8" });
    if (compiled.status === 0) {
      console.log(`ok   quicktype ${language}: ${command} compiles it`);
    } else {
      fail(`quicktype ${language}: ${command} fails:\n${compiled.stdout}${compiled.stderr}`);
    }
  }

  console.log(failures.length === 0 ? "code generators: all checks passed" : `code generators: ${failures.length} failed`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

/**
 * Go's type names, with quicktype's one renaming undone: Go has one namespace for types and enum
 * constants, so a type named as a constant of some enum (Person, as ParticipantRole's PERSON) gets
 * the suffix Class or Element. Only that renaming is undone, and each is printed.
 */
function goNames(made) {
  const constants = new Set();
  for (const def of Object.values(schema.$defs)) {
    for (const value of def.enum ?? []) {
      constants.add(String(value).toLowerCase().split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""));
    }
  }
  const names = new Set(made);
  // the model's types that Go could not name as in Java: those named as an enum constant
  const clashing = Object.keys(schema.$defs).filter((k) => !made.has(k) && constants.has(k));
  for (const type of clashing) {
    const renamed = [...names].find((n) => n === `${type}Class`)
      ?? [...names].find((n) => n.endsWith("Element") && type.endsWith(n.slice(0, -"Element".length)));
    if (renamed !== undefined) {
      console.log(`note quicktype Go: ${renamed} for ${type}, which is also the name of an enum constant`);
      names.delete(renamed);
      names.add(type);
    }
  }
  return names;
}

/** The name of the function quicktype's Python module offers to read the plan from a dict. */
function pyConverter(text) {
  const m = text.match(/^def (\w+)\(s: Any\) -> IntegrationPlan:/m);
  if (!m) {
    fail("quicktype Python: no function that reads an IntegrationPlan");
    return "integration_plan_from_dict";
  }
  return m[1];
}

main();
