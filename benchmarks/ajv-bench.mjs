// Throughput of ajv on the benchmark corpus: JSON.parse plus the compiled schema (draft 2020-12,
// strict, formats asserted, the settings of schema/ajv/validate.mjs), one document per operation,
// single thread, documents taken round-robin from memory.
//
//   npm ci --prefix schema/ajv --no-audit --no-fund
//   node benchmarks/ajv-bench.mjs [--warmup S] [--iterations N] [--time S] [--json OUT] VALID.ndjson [INVALID.ndjson]
//
// The NDJSON files are written by de.integrationsplan.benchmarks.WriteCorpus (see compare.sh): the
// same bytes the JMH benchmarks hold. Each line is decoded to a string once, up front; the timed loop
// is JSON.parse(line) and validate(doc). Runs with allErrors true (what a vendor's validator reports:
// every error) and false (ajv's fastest). Prints one line per run, documents per second as the median
// of the timed iterations, and with --json writes the figures for compare.sh.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const ajvProject = path.join(here, "..", "schema", "ajv");
const require = createRequire(path.join(ajvProject, "package.json"));
const Ajv2020 = require("ajv/dist/2020.js").default;
const addFormats = require("ajv-formats").default;
const schemaFile = path.join(here, "..", "schema", "src", "main", "resources", "de", "integrationsplan", "schema",
  "integration-plan.schema.json");

function compile(allErrors) {
  const ajv = new Ajv2020({ strict: true, allErrors });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-personal-data", schemaType: ["string", "boolean", "object"] });
  return ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
}

function readLines(file) {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0);
}

function parseArgs(argv) {
  const opts = { warmup: 6, iterations: 5, time: 2, json: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--warmup") opts.warmup = Number(argv[++i]);
    else if (a === "--iterations") opts.iterations = Number(argv[++i]);
    else if (a === "--time") opts.time = Number(argv[++i]);
    else if (a === "--json") opts.json = argv[++i];
    else opts.files.push(a);
  }
  if (opts.files.length < 1 || opts.files.length > 2) {
    console.error("usage: node benchmarks/ajv-bench.mjs [--warmup S] [--iterations N] [--time S] [--json OUT] VALID.ndjson [INVALID.ndjson]");
    process.exit(2);
  }
  return opts;
}

/** Runs the loop for about `seconds`, checking the clock every 256 documents; documents per second. */
function loop(validate, lines, seconds, state) {
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let n = 0;
  let sink = 0;
  let now = start;
  do {
    for (let k = 0; k < 256; k++) {
      const doc = JSON.parse(lines[state.next]);
      state.next = state.next + 1 === lines.length ? 0 : state.next + 1;
      if (validate(doc)) sink++;
    }
    n += 256;
    now = process.hrtime.bigint();
  } while (now < end);
  state.sink += sink;
  return n / (Number(now - start) / 1e9);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function bench(name, validate, lines, opts) {
  const state = { next: 0, sink: 0 };
  loop(validate, lines, opts.warmup, state);
  const rates = [];
  for (let i = 0; i < opts.iterations; i++) {
    rates.push(loop(validate, lines, opts.time, state));
  }
  const result = {
    name,
    docsPerSecond: median(rates),
    min: Math.min(...rates),
    max: Math.max(...rates),
    iterations: rates.map((r) => Math.round(r)),
  };
  console.log(`${name.padEnd(28)} ${Math.round(result.docsPerSecond).toString().padStart(9)} docs/s`
    + `  (min ${Math.round(result.min)}, max ${Math.round(result.max)}, ${opts.iterations} x ${opts.time} s after ${opts.warmup} s warm-up)`);
  return result;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const valid = readLines(opts.files[0]);
  const invalid = opts.files[1] ? readLines(opts.files[1]) : null;
  const all = compile(true);
  const first = compile(false);

  // the corpus must be what it claims: every valid line valid for ajv
  const rejected = valid.filter((l) => !all(JSON.parse(l))).length;
  if (rejected > 0) {
    console.error(`ajv rejects ${rejected} of ${valid.length} documents of ${opts.files[0]}`);
    process.exit(1);
  }
  const bytes = valid.reduce((s, l) => s + Buffer.byteLength(l), 0);
  console.log(`ajv ${require("ajv/package.json").version}, ajv-formats ${require("ajv-formats/package.json").version}, `
    + `node ${process.version}; ${valid.length} documents, ${Math.round(bytes / valid.length)} bytes on average`);

  const results = [
    bench("ajv (allErrors: true)", all, valid, opts),
    bench("ajv (allErrors: false)", first, valid, opts),
  ];
  if (invalid) {
    const caught = invalid.filter((l) => !all(JSON.parse(l))).length;
    console.log(`invalid corpus: ajv rejects ${caught} of ${invalid.length} (the rule faults are schema-valid)`);
    results.push(bench("ajv invalid (allErrors: true)", all, invalid, opts));
  }
  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify({ node: process.version, documents: valid.length, results }, null, 2) + "\n");
  }
}

main();
