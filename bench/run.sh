#!/usr/bin/env bash
# Measures reading and analysing at national scale (8,300 agencies × 5 years) and at province scale
# (300 agencies × 5 years), each contender side by side in the same run, and writes BENCHMARKS.md.
# Usage: bench/run.sh [national|province|all]
# With REFERENCE_JAR=<the jar of an earlier build>, the same analyze is also run by that build and the two
# outputs are compared (files by name and kind, a sample by canonical dump).
# The summaries phase alone, repeated in one JVM after reading and analysing once (first and best wall and CPU):
#   java -Xmx1g -XX:+UseSerialGC -cp "target/test-classes:target/ita-analyzer.jar" ita.bench.SummariesBench \
#     --out /tmp/summaries --threads 2 --repeat 5 bench/data/national/detail bench/data/national/lists
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
run() { java -Xmx512m -cp "target/test-classes:target/ita-analyzer.jar" ita.bench.Benchmark "$@" \
  --reference-jar "${REFERENCE_JAR:-}"; }
if [ "$which" = province ] || [ "$which" = all ]; then
  run --label province --agencies 300 --years 2563-2567 --threads 2
fi
if [ "$which" = national ] || [ "$which" = all ]; then
  run --label national --agencies 8300 --years 2563-2567 --threads 2
fi
echo "bench: results written to BENCHMARKS.md"
