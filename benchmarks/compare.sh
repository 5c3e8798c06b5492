#!/usr/bin/env bash
# Side-by-side performance of the library and ajv on one generated corpus (DESIGN.md, section 8).
#
#   mvn -B -q package -DskipTests && benchmarks/compare.sh
#
# 1. writes the corpus (2,000 plans of seed 7) as NDJSON into benchmarks/target/corpus;
# 2. JMH: the paths through a document (benchmarks/target/benchmarks.jar), documents per second; the
#    floor and the full entry point once more on the same plans written in format 2.0;
# 3. ajv on the same lines (benchmarks/ajv-bench.mjs; npm ci --prefix schema/ajv when missing);
# 4. the command line on one file against ajv-cli 5.0.0 (`ajv validate --spec=draft2020 --strict=true
#    --all-errors -c ajv-formats`, pinned in schema/ajv/package-lock.json) and against the smaller
#    `node schema/ajv/validate.mjs`, wall time (hyperfine when installed, else a loop timed with
#    date +%s%N): `java -jar` plainly, and the launcher bin/integrationsplan (its options and the
#    class-data-sharing archive that the build made);
# 5. the launcher on 1,000,000 plans of NDJSON on all processors with JAVA_OPTS=-Xmx64m (the file is
#    generated once);
# 6. a table, and as the last line:
#    throughput ratios: library/ajv=A library/jackson=J invalid/ajv=I cli/ajv-cli=C
#    A: documents/s of the full entry point over ajv's (allErrors true) on the valid corpus; J: the same
#    over the bare Jackson parse; I: the full entry point over ajv on the invalid corpus, every finding
#    reported; C: wall time of bin/integrationsplan validate FILE over ajv-cli's on one valid file
#    (n/a with SKIP_CLI=1). The line before it gives J for format 2.0.
#
# Settings, by environment: JMH_FORKS (1), JMH_WI (5), JMH_I (5), JMH_W (4s), JMH_R (2s), JMH_ARGS
# (more JMH options), CORPUS_PLANS (2000), AJV_WARMUP (6, seconds), AJV_ITERATIONS (5), AJV_TIME (2,
# seconds), CLI_RUNS (20), BIG_PLANS (1000000), SKIP_CLI=1, SKIP_BIG=1, SKIP_FORMAT2=1.
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_FORKS=${JMH_FORKS:-1}
JMH_WI=${JMH_WI:-5}
JMH_I=${JMH_I:-5}
JMH_W=${JMH_W:-4s}
JMH_R=${JMH_R:-2s}
JMH_ARGS=${JMH_ARGS:-}
CORPUS_PLANS=${CORPUS_PLANS:-2000}
AJV_WARMUP=${AJV_WARMUP:-6}
AJV_ITERATIONS=${AJV_ITERATIONS:-5}
AJV_TIME=${AJV_TIME:-2}
CLI_RUNS=${CLI_RUNS:-20}
BIG_PLANS=${BIG_PLANS:-1000000}
SKIP_CLI=${SKIP_CLI:-0}
SKIP_BIG=${SKIP_BIG:-0}
SKIP_FORMAT2=${SKIP_FORMAT2:-0}

T=benchmarks/target
BENCH_JAR=$T/benchmarks.jar
CLI_JAR=cli/target/integrationsplan.jar
LAUNCHER=bin/integrationsplan
for jar in "$BENCH_JAR" "$CLI_JAR"; do
  if [ ! -f "$jar" ]; then
    echo "$jar is missing: run mvn -B -q package -DskipTests first" >&2
    exit 2
  fi
done
if [ ! -d schema/ajv/node_modules/ajv ] || [ ! -d schema/ajv/node_modules/ajv-cli ]; then
  echo "+ npm ci --prefix schema/ajv --no-audit --no-fund"
  npm ci --prefix schema/ajv --no-audit --no-fund
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== machine"
echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "nproc:   $(nproc)"
echo "cpu:     $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "node:    $(node --version)"
echo "load:    $(load) (1, 5, 15 min)"

echo "== corpus"
java -cp "$BENCH_JAR" de.integrationsplan.benchmarks.WriteCorpus "$T/corpus" "$CORPUS_PLANS"
echo "$CORPUS_PLANS plans of seed 7: $T/corpus/corpus-valid.ndjson, corpus-invalid.ndjson, plan-0.json"

echo "== JMH (load before: $(load))"
# shellcheck disable=SC2086
java -jar "$BENCH_JAR" PlanBenchmarks -p plans="$CORPUS_PLANS" \
  -f "$JMH_FORKS" -wi "$JMH_WI" -i "$JMH_I" -w "$JMH_W" -r "$JMH_R" \
  -rf json -rff "$T/jmh.json" $JMH_ARGS > "$T/jmh.log" 2>&1 || { tail -40 "$T/jmh.log" >&2; exit 1; }
sed -n '/^Benchmark /,$p' "$T/jmh.log" | grep -v '^Benchmark result'
if [ "$SKIP_FORMAT2" != 1 ]; then
  echo "== JMH, format 2.0: the floor and the full entry point (load before: $(load))"
  # shellcheck disable=SC2086
  java -jar "$BENCH_JAR" 'PlanBenchmarks\.(jacksonSkip|documentValidator)$' -p plans="$CORPUS_PLANS" -p format=2.0 \
    -f "$JMH_FORKS" -wi "$JMH_WI" -i "$JMH_I" -w "$JMH_W" -r "$JMH_R" \
    -rf json -rff "$T/jmh-2.0.json" $JMH_ARGS > "$T/jmh-2.0.log" 2>&1 || { tail -40 "$T/jmh-2.0.log" >&2; exit 1; }
  sed -n '/^Benchmark /,$p' "$T/jmh-2.0.log" | grep -v '^Benchmark result'
else
  echo '[]' > "$T/jmh-2.0.json"
fi
JMH_LOAD=$(load)

echo "== ajv (load before: $(load))"
node benchmarks/ajv-bench.mjs --warmup "$AJV_WARMUP" --iterations "$AJV_ITERATIONS" --time "$AJV_TIME" \
  --json "$T/ajv.json" "$T/corpus/corpus-valid.ndjson" "$T/corpus/corpus-invalid.ndjson"
AJV_LOAD=$(load)

# wall time of one command, mean over CLI_RUNS runs after 2 warm-up runs, in milliseconds
wall_ms() {
  local runs=$1
  shift
  local i start end total=0
  for i in 1 2; do "$@" > /dev/null 2>&1 || true; done
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    total=$((total + end - start))
  done
  echo $((total / runs / 1000000))
}

CLI_PLAIN=""; CLI_LAUNCHER=""; AJV_CLI=""; AJV_MJS=""; CLI_TOOL=""; CLI_LOAD=""
if [ "$SKIP_CLI" != 1 ]; then
  echo "== one file: the command line against ajv-cli (load before: $(load))"
  ONE="$T/corpus/plan-0.json"
  SCHEMA=schema/src/main/resources/de/integrationsplan/schema/integration-plan.schema.json
  AJV=(schema/ajv/node_modules/.bin/ajv validate --spec=draft2020 --strict=true --all-errors
    -c ajv-formats -c ./schema/ajv/ajv-cli-keywords.cjs -s "$SCHEMA" -d "$ONE")
  java -jar "$CLI_JAR" validate "$ONE" > /dev/null || { echo "the command line rejects $ONE" >&2; exit 1; }
  "$LAUNCHER" validate "$ONE" > /dev/null || { echo "$LAUNCHER rejects $ONE" >&2; exit 1; }
  "${AJV[@]}" > /dev/null 2>&1 || { echo "ajv-cli rejects $ONE" >&2; exit 1; }
  node schema/ajv/validate.mjs "$ONE" || { echo "ajv rejects $ONE" >&2; exit 1; }
  if command -v hyperfine > /dev/null; then
    CLI_TOOL="hyperfine, $CLI_RUNS runs after 3 warm-up runs"
    hyperfine -N --warmup 3 --runs "$CLI_RUNS" --export-json "$T/one-file.json" \
      "java -jar $CLI_JAR validate $ONE" \
      "$LAUNCHER validate $ONE" \
      "${AJV[*]}" \
      "node schema/ajv/validate.mjs $ONE"
    read -r CLI_PLAIN CLI_LAUNCHER AJV_CLI AJV_MJS < <(node -e '
      const r = require(process.argv[1]).results.map((x) => Math.round(x.mean * 1000));
      console.log(r.join(" "));' "$PWD/$T/one-file.json")
  else
    CLI_TOOL="mean of $CLI_RUNS runs after 2 warm-up runs, date +%s%N"
    CLI_PLAIN=$(wall_ms "$CLI_RUNS" java -jar "$CLI_JAR" validate "$ONE")
    CLI_LAUNCHER=$(wall_ms "$CLI_RUNS" "$LAUNCHER" validate "$ONE")
    AJV_CLI=$(wall_ms "$CLI_RUNS" "${AJV[@]}")
    AJV_MJS=$(wall_ms "$CLI_RUNS" node schema/ajv/validate.mjs "$ONE")
  fi
  echo "java -jar $CLI_JAR validate FILE: $CLI_PLAIN ms; $LAUNCHER validate FILE: $CLI_LAUNCHER ms;" \
    "ajv-cli: $AJV_CLI ms; node schema/ajv/validate.mjs FILE: $AJV_MJS ms ($CLI_TOOL)"
  CLI_LOAD=$(load)
fi

BIG_WALL=""; BIG_RC=""; BIG_OOM=""; BIG_RSS=""; BIG_LOAD=""
if [ "$SKIP_BIG" != 1 ]; then
  BIG="$T/big-$BIG_PLANS.ndjson"
  if [ ! -f "$BIG" ]; then
    echo "== writing $BIG_PLANS plans to $BIG (once)"
    java -cp "$BENCH_JAR" de.integrationsplan.benchmarks.WriteCorpus --ndjson "$BIG.part" "$BIG_PLANS"
    mv "$BIG.part" "$BIG"
  fi
  echo "== $BIG_PLANS plans of NDJSON, $LAUNCHER on $(nproc) processors, JAVA_OPTS=-Xmx64m (load before: $(load))"
  TIMER=()
  if [ -x /usr/bin/time ]; then TIMER=(/usr/bin/time -f '%M' -o "$T/big.rss"); fi
  start=$(date +%s%N)
  set +e
  JAVA_OPTS=-Xmx64m "${TIMER[@]}" "$LAUNCHER" validate "$BIG" > "$T/big.out" 2> "$T/big.err"
  BIG_RC=$?
  set -e
  end=$(date +%s%N)
  BIG_WALL=$(( (end - start) / 1000000 ))
  BIG_OOM=$(grep -c OutOfMemoryError "$T/big.err" || true)
  if [ -f "$T/big.rss" ]; then BIG_RSS=$(tail -1 "$T/big.rss"); fi
  tail -1 "$T/big.out"
  BIG_LOAD=$(load)
fi

echo "== results"
node - "$T/jmh.json" "$T/ajv.json" "$T/jmh-2.0.json" <<JS
const [jmhFile, ajvFile, jmh2File] = process.argv.slice(2);
const jmh = JSON.parse(require("fs").readFileSync(jmhFile, "utf8"));
const jmh2 = JSON.parse(require("fs").readFileSync(jmh2File, "utf8"));
const java2 = (name) => {
  const r = jmh2.find((b) => b.benchmark.endsWith("." + name));
  return r ? r.primaryMetric.score : NaN;
};
const ajv = JSON.parse(require("fs").readFileSync(ajvFile, "utf8")).results;
const java = (name) => {
  const r = jmh.find((b) => b.benchmark.endsWith("." + name));
  return r ? r.primaryMetric.score : NaN;
};
const node = (name) => (ajv.find((r) => r.name === name) || { docsPerSecond: NaN }).docsPerSecond;
const ajvAll = node("ajv (allErrors: true)");
const ajvInvalid = node("ajv invalid (allErrors: true)");
const rows = [
  ["ajv 8.17.1: JSON.parse + compiled 2020-12 schema, allErrors true", ajvAll, ajvAll],
  ["ajv 8.17.1: JSON.parse + compiled 2020-12 schema, allErrors false", node("ajv (allErrors: false)"), ajvAll],
  ["(a) Jackson 3 streaming parse, skipping every token (the floor)", java("jacksonSkip"), ajvAll],
  ["(b) binding only: PlanJson.read", java("bind"), ajvAll],
  ["rules only on bound plans: PlanValidator.validate", java("rulesOnly"), ajvAll],
  ["(c) binding + rules", java("bindAndRules"), ajvAll],
  ["(d) full entry point: PlanValidator.validate(byte[])", java("documentValidator"), ajvAll],
  ["(e) networknt alone: SchemaValidator.validate(byte[])", java("networknt"), ajvAll],
  ["format 2.0: (a) Jackson 3 streaming parse, skipping every token", java2("jacksonSkip"), ajvAll],
  ["format 2.0: (d) full entry point", java2("documentValidator"), ajvAll],
  ["invalid corpus: ajv, allErrors true", ajvInvalid, ajvInvalid],
  ["invalid corpus: (d) full entry point", java("documentValidatorInvalid"), ajvInvalid],
];
const fmt = (x) => Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "n/a";
console.log("| path | documents/s | vs ajv |");
console.log("|---|---:|---:|");
for (const [name, rate, base] of rows) {
  console.log("| " + name + " | " + fmt(rate) + " | " + (rate / base).toFixed(2) + " |");
}
console.log("load average (1, 5, 15 min) after JMH: $JMH_LOAD; after ajv: $AJV_LOAD");
// a benchmark whose measured iterations still differ widely was still warming up or disturbed
for (const b of jmh.concat(jmh2)) {
  const raw = b.primaryMetric.rawData.flat();
  const lo = Math.min(...raw), hi = Math.max(...raw);
  if (hi > 1.3 * lo) {
    console.log("note: " + b.benchmark.replace(/^.*\./, "") + " iterations range from " + fmt(lo) + " to " + fmt(hi)
      + " documents/s: still warming up or a busy machine; more warm-up: JMH_WI=10");
  }
}
const cliPlain = Number("$CLI_PLAIN"), cliLauncher = Number("$CLI_LAUNCHER"), ajvCli = Number("$AJV_CLI"), ajvMjs = Number("$AJV_MJS");
if ("$CLI_PLAIN" !== "") {
  console.log("");
  console.log("| one file, wall time ($CLI_TOOL) | ms | vs ajv |");
  console.log("|---|---:|---:|");
  console.log("| ajv-cli 5.0.0: ajv validate --spec=draft2020 --strict=true --all-errors -c ajv-formats | " + ajvCli + " | 1.00 |");
  console.log("| node schema/ajv/validate.mjs FILE (ajv without the command-line package) | " + ajvMjs + " | " + (ajvMjs / ajvCli).toFixed(2) + " |");
  console.log("| java -jar cli/target/integrationsplan.jar validate FILE | " + cliPlain + " | " + (cliPlain / ajvCli).toFixed(2) + " |");
  console.log("| bin/integrationsplan validate FILE (the launcher: its JVM options and class-data-sharing archive) | " + cliLauncher + " | " + (cliLauncher / ajvCli).toFixed(2) + " |");
  console.log("load average after: $CLI_LOAD");
}
if ("$BIG_WALL" !== "") {
  const wall = Number("$BIG_WALL") / 1000;
  const ok = "$BIG_RC" === "0" && "$BIG_OOM" === "0";
  console.log("");
  console.log("$BIG_PLANS plans of NDJSON, JAVA_OPTS=-Xmx64m bin/integrationsplan validate on $(nproc) processors: "
    + wall.toFixed(1) + " s wall, " + fmt($BIG_PLANS / wall) + " plans/s, exit code $BIG_RC, "
    + "$BIG_OOM OutOfMemoryError, " + ("$BIG_RSS" ? "max RSS " + Math.round(Number("$BIG_RSS") / 1024) + " MB, " : "")
    + (ok ? "completed within the heap" : "did NOT complete within the heap")
    + "; load average after: $BIG_LOAD");
}
const ratio = (x) => Number.isFinite(x) ? x.toFixed(2) : "n/a";
console.log("format 2.0: library/jackson=" + ratio(java2("documentValidator") / java2("jacksonSkip")));
console.log("throughput ratios: library/ajv=" + ratio(java("documentValidator") / ajvAll)
  + " library/jackson=" + ratio(java("documentValidator") / java("jacksonSkip"))
  + " invalid/ajv=" + ratio(java("documentValidatorInvalid") / ajvInvalid)
  + " cli/ajv-cli=" + ("$CLI_LAUNCHER" === "" ? "n/a" : ratio(cliLauncher / ajvCli)));
JS
