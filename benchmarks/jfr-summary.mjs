// Where the time goes: reads `jfr print --events jdk.ExecutionSample --stack-depth 2048` from standard
// input and prints (1) the inclusive share of samples by area (a sample counts for an area when any
// frame of its stack is in it), (2) the top self frames, (3) the top frames of the library itself.
//
//   jfr print --events jdk.ExecutionSample --stack-depth 2048 FILE.jfr | node benchmarks/jfr-summary.mjs [THREAD]
//
// THREAD (default "jmh-worker") keeps the samples of the benchmark's thread only; of those, only the
// samples inside a benchmark method count (not the set-up), and each stack is cut at the benchmark
// method, so that JMH's own reflective call does not count as reflection.
import fs from "node:fs";

const thread = process.argv[2] ?? "jmh-worker";
const AREAS = [
  ["PlanValidator.validate (the rules, Hibernate Validator included)", (f) => f.startsWith("de.integrationsplan.core.validation.PlanValidator.validate")],
  ["Hibernate Validator (engine)", (f) => f.startsWith("org.hibernate.validator.")],
  ["  of it: Hibernate Validator reading fields by reflection (Field.get)", (f) => f === "java.lang.reflect.Field.get"],
  ["the library's constraint validators", (f) => f.startsWith("de.integrationsplan.core.internal.constraints.")],
  ["Jackson databind (binding, trees)", (f) => f.startsWith("tools.jackson.databind.")],
  ["  of it: record construction by MethodHandle.invokeWithArguments", (f) => f === "java.lang.invoke.MethodHandle.invokeWithArguments"],
  ["  of it: enum lookup by name", (f) => f.startsWith("tools.jackson.databind.deser.jdk.EnumDeserializer")],
  ["Jackson core (tokenizing)", (f) => f.startsWith("tools.jackson.core.")],
  ["  of it: duplicate-key detection (DupDetector)", (f) => f.startsWith("tools.jackson.core.json.DupDetector")],
  ["java.time parsing", (f) => f.startsWith("java.time.format.") || /^java\.time\.[A-Za-z]+\.parse/.test(f)],
  ["java.util.regex", (f) => f.startsWith("java.util.regex.")],
  ["networknt json-schema-validator", (f) => f.startsWith("com.networknt.")],
  ["reflection and method handles", (f) => f.startsWith("jdk.internal.reflect.") || f.startsWith("java.lang.invoke.") || f.startsWith("java.lang.reflect.")],
  ["records: constructors and accessors (model)", (f) => f.startsWith("de.integrationsplan.core.model.")],
  ["messages and interpolation", (f) => /MessageInterpolat|ResourceBundle|java\.text\./.test(f)],
  ["exceptions (fillInStackTrace)", (f) => f.includes("fillInStackTrace") || f.includes("Throwable.<init>")],
];

const text = fs.readFileSync(0, "utf8");
const samples = [];
let cut = 0;
for (const block of text.split(/^jdk\.ExecutionSample \{/m).slice(1)) {
  const t = /sampledThread = "([^"]*)"/.exec(block);
  if (thread && (!t || !t[1].includes(thread))) continue;
  const st = /stackTrace = \[\n([\s\S]*?)\n\s*\]/.exec(block);
  if (!st) continue;
  if (/^\s*\.\.\.\s*$/m.test(st[1])) {
    cut++;
    continue;
  }
  const frames = st[1].split("\n").map((l) => l.trim().replace(/\s+line:.*$/, "").replace(/\(.*$/, ""))
    .filter((l) => l && l !== "...");
  const bench = frames.findIndex((f) => f.startsWith("de.integrationsplan.benchmarks."));
  if (bench < 0 || !frames.some((f) => f.includes("_jmhStub"))) continue;
  samples.push(frames.slice(0, bench));
}
if (samples.length === 0) {
  console.log(`no samples of thread ${thread}`);
  process.exit(1);
}
const pct = (n) => (100 * n / samples.length).toFixed(1).padStart(5) + "%";
console.log(`${samples.length} samples of thread ${thread} in a benchmark method`
  + (cut > 0 ? `; ${cut} samples with a cut stack left out (record with -XX:FlightRecorderOptions=stackdepth=2048)` : ""));
console.log("\ninclusive, by area (a sample may count for several):");
const byArea = AREAS.map(([name, test]) => [name, samples.filter((s) => s.some(test)).length]);
for (const [name, n] of byArea) console.log(`  ${pct(n)}  ${name}`);

const count = (key) => {
  const m = new Map();
  for (const s of samples) {
    const k = key(s);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};
console.log("\ntop self frames:");
for (const [f, n] of count((s) => s[0]).slice(0, 15)) console.log(`  ${pct(n)}  ${f}`);
console.log("\ntop self frames with their callers (up to the first frame of the library or Hibernate Validator):");
const chain = (s) => {
  const out = [];
  for (const f of s) {
    out.push(f.replace(/^.*\.([A-Za-z0-9_$]+\.[A-Za-z0-9_$<>]+)$/, "$1"));
    if (out.length > 1 && (f.startsWith("de.integrationsplan.") || f.startsWith("org.hibernate.validator.internal.engine.ValidatorImpl"))) break;
    if (out.length >= 8) break;
  }
  return out.join(" < ");
};
for (const [f, n] of count(chain).slice(0, 12)) console.log(`  ${pct(n)}  ${f}`);
console.log("\ninclusive, by method of the library (de.integrationsplan.*, without the benchmark):");
const lib = new Map();
for (const s of samples) {
  for (const f of new Set(s.filter((x) => x.startsWith("de.integrationsplan.") && !x.includes(".benchmarks.")))) {
    lib.set(f, (lib.get(f) ?? 0) + 1);
  }
}
for (const [f, n] of [...lib.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${pct(n)}  ${f}`);
