#!/usr/bin/env bash
# Where the time of one benchmark goes: runs it under JDK Flight Recorder and summarises the samples
# of the benchmark thread by area (benchmarks/jfr-summary.mjs).
#
#   mvn -B -q package -DskipTests && benchmarks/profile.sh [BENCHMARK]    (default: documentValidator)
#
# BENCHMARK is a method of PlanBenchmarks: jacksonSkip, bind, rulesOnly, bindAndRules,
# documentValidator, networknt, documentValidatorInvalid. The recording stays in
# benchmarks/target/BENCHMARK.jfr (open it in JDK Mission Control for the full call tree). Stacks are
# recorded 2,048 frames deep: binding nested records goes deeper than JFR's default of 64, and a cut
# stack cannot be attributed.
# Settings by environment as in compare.sh: JMH_WI (3), JMH_I (3), JMH_W (3s), JMH_R (4s); FORMAT (1.0)
# the version of the format the corpus is written in.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${1:-documentValidator}
T=benchmarks/target
JFR="$T/$BENCH-${FORMAT:-1.0}.jfr"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$T/benchmarks.jar" "PlanBenchmarks\\.$BENCH\$" -f 1 -p format="${FORMAT:-1.0}" \
  -wi "${JMH_WI:-3}" -i "${JMH_I:-3}" -w "${JMH_W:-3s}" -r "${JMH_R:-4s}" \
  -jvmArgsAppend "-XX:FlightRecorderOptions=stackdepth=2048 -XX:StartFlightRecording=filename=$JFR,settings=profile,jdk.ExecutionSample#period=1ms" > "$T/profile-$BENCH.log" 2>&1 \
  || { tail -40 "$T/profile-$BENCH.log" >&2; exit 1; }
grep -A1 '^Benchmark ' "$T/profile-$BENCH.log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
jfr print --events jdk.ExecutionSample --stack-depth 2048 "$JFR" | node benchmarks/jfr-summary.mjs
