// The command integrationsplan-validate: inputs, output and exit codes of the Java command line's
// validate (docs/command-line.md), run as a user runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, "..", "dist", "cli.js");
const repo = path.join(here, "..", "..");
const plans = path.join(repo, "examples", "plans");

function run(args, input) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, input, encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "" } });
  return { code: r.status, out: r.stdout.split("\n").filter((l) => l !== ""), err: r.stderr.split("\n").filter((l) => l !== "") };
}

function scratch() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "integrationsplan-cli-"));
}

const count = (folder) => fs.readdirSync(folder).filter((f) => f.endsWith(".json")).length;

test("every valid example plan of both versions is valid: exit code 0", () => {
  const r = run(["--quiet", "examples/plans/valid", "examples/plans/2.0/valid"]);
  const n = count(path.join(plans, "valid")) + count(path.join(plans, "2.0", "valid"));
  assert.equal(r.code, 0, r.err.join("\n"));
  assert.deepEqual(r.out, [`${n} Dateien geprüft, 0 ungültig, 0 Fehler, 0 Warnungen`]);
});

test("an invalid plan is reported with its finding, in German: exit code 1", () => {
  const r = run(["examples/plans/invalid/ags-five-digits.json", "examples/plans/valid/heidelberg-ukraine-educator-recognition.json"]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out, [
    "examples/plans/invalid/ags-five-digits.json: ungültig (1 Fehler)",
    "  /responsibleOrganisation/municipalityKey schema.pattern Fehler: Zuständige Kommune › Gemeindeschlüssel: Die Angabe hat nicht das erwartete Format. Der Amtliche Gemeindeschlüssel (AGS) besteht aus genau 8 Ziffern, z. B. 08221000 für Heidelberg.",
    "examples/plans/valid/heidelberg-ukraine-educator-recognition.json: gültig",
    "2 Dateien geprüft, 1 ungültig, 1 Fehler, 0 Warnungen",
  ]);
});

test("--lang en gives English, and --format json one JSON object a document with the summary on standard error", () => {
  const r = run(["--format", "json", "--lang", "en", "examples/plans/invalid/ags-five-digits.json"]);
  assert.equal(r.code, 1);
  assert.equal(r.out.length, 1);
  const line = JSON.parse(r.out[0]);
  assert.deepEqual(line, {
    file: "examples/plans/invalid/ags-five-digits.json", valid: false,
    issues: [{ severity: "error", code: "schema.pattern", pointer: "/responsibleOrganisation/municipalityKey", source: "schema",
      message: "Responsible municipality › Municipality key: The value does not have the expected format. The official municipality key (AGS) has exactly 8 digits, such as 08221000 for Heidelberg." }],
  });
  assert.deepEqual(r.err, ["1 file checked, 1 invalid, 1 error, 0 warnings"]);
});

test("NDJSON is checked line by line, a broken line named by its number, blank lines skipped", () => {
  const dir = scratch();
  const plan = JSON.stringify(JSON.parse(fs.readFileSync(path.join(plans, "2.0", "valid", fs.readdirSync(path.join(plans, "2.0", "valid")).sort()[0]), "utf8")));
  const file = path.join(dir, "plans.ndjson");
  fs.writeFileSync(file, `${plan}\n\n{"id" 1}\n${plan}\r\n`);
  const r = run([file]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out, [
    `${file}:1: gültig`,
    `${file}:3: ungültig (1 Fehler)`,
    "  / json.syntax Fehler: Die Datei ist kein gültiges JSON.",
    `${file}:4: gültig`,
    "3 Dokumente in 1 Datei geprüft, 1 ungültig, 1 Fehler, 0 Warnungen",
  ]);
});

test("a folder is searched for *.json and *.ndjson, sorted by path; other files are left alone", () => {
  const dir = scratch();
  fs.mkdirSync(path.join(dir, "b"));
  fs.copyFileSync(path.join(plans, "invalid", "duplicate-key.json"), path.join(dir, "b", "plan.json"));
  fs.copyFileSync(path.join(plans, "valid", "heidelberg-ukraine-educator-recognition.json"), path.join(dir, "a.json"));
  fs.writeFileSync(path.join(dir, "notes.txt"), "not a plan");
  const r = run([dir]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out, [
    `${path.join(dir, "a.json")}: gültig`,
    `${path.join(dir, "b", "plan.json")}: ungültig (1 Fehler)`,
    "  /status json.duplicateKey Fehler: Status des Plans: Diese Eigenschaft steht in ihrem Objekt mehrfach; sie darf nur einmal vorkommen.",
    "2 Dateien geprüft, 1 ungültig, 1 Fehler, 0 Warnungen",
  ]);
});

test("- reads one document from standard input, named <stdin>", () => {
  const r = run(["-"], fs.readFileSync(path.join(plans, "invalid", "status-in-german.json")));
  assert.equal(r.code, 1);
  assert.equal(r.out[0], "<stdin>: ungültig (1 Fehler)");
});

test("a path that does not exist is exit code 2, before anything is checked", () => {
  const r = run(["examples/plans/valid", "no/such/plan.json"]);
  assert.equal(r.code, 2);
  assert.deepEqual(r.out, []);
  assert.deepEqual(r.err, ["Pfad nicht gefunden: no/such/plan.json"]);
});

test("an input without any document is exit code 2, so that a wrong folder does not pass", () => {
  const dir = scratch();
  fs.writeFileSync(path.join(dir, "empty.json"), "  \n");
  const r = run([dir]);
  assert.equal(r.code, 2);
  assert.match(r.err.join("\n"), /^Keine Dokumente gefunden/m);
});

test("a usage error is exit code 2 with a hint to the help", () => {
  for (const args of [[], ["--colour", "examples/plans/valid"], ["--format", "sarif", "examples/plans/valid"]]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.err.at(-1), "Hilfe: integrationsplan-validate --help");
  }
  assert.equal(run(["--help"]).code, 0);
});

test("a file name that could act on a terminal is printed escaped", () => {
  const dir = scratch();
  const name = path.join(dir, "a\n1 Datei geprüft\u001b.json");
  fs.copyFileSync(path.join(plans, "valid", "heidelberg-ukraine-educator-recognition.json"), name);
  const r = run([name]);
  assert.equal(r.out[0], `${dir}/a\\n1 Datei geprüft\\u001b.json: gültig`);
});

test("bytes that are not UTF-8 are json.encoding", () => {
  const dir = scratch();
  const file = path.join(dir, "latin1.json");
  fs.writeFileSync(file, Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x3a, 0x31, 0x7d]));
  const r = run([file]);
  assert.equal(r.code, 1);
  assert.match(r.out[1], /^ {2}\/ json\.encoding Fehler: /);
});

test("a number whose exponent no decimal holds is json.limit.numberRange, as in Java", () => {
  const dir = scratch();
  const file = path.join(dir, "range.json");
  const plan = JSON.parse(fs.readFileSync(path.join(plans, "valid", "heidelberg-ukraine-educator-recognition.json"), "utf8"));
  plan.extensions = [{ url: "https://software.example/ext/x", value: 1 }];
  fs.writeFileSync(file, JSON.stringify(plan).replace('"value":1}', '"value":-92e23372036851249633}'));
  const r = run([file]);
  assert.equal(r.code, 1);
  assert.match(r.out[1], /^ {2}\/ json\.limit\.numberRange Fehler: /);
  // within a decimal's range but beyond a double's: JSON.parse makes it Infinity, which ajv refuses as
  // a type, while Java accepts the decimal (README, "Not in this package")
  fs.writeFileSync(file, JSON.stringify(plan).replace('"value":1}', '"value":1e2147483647}'));
  assert.match(run([file]).out[1], /^ {2}\/extensions\/0\/value schema\.type Fehler: /);
});
