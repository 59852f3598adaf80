#!/usr/bin/env bash
# Issue 16 at the 1M-node scale (not a test): writes a synthetic graph inside the database (AnalysisScaleBench.GENERATE)
# into a fresh embedded store, reopens it with the default query timeout (10 s) and calls every analysis route once,
# printing status, time and the cap an error names. Usage, from the project root:
#   BENCH_HEAP=14g nice bench/analysis-scale.sh [nodes]      # default 1000000; writes bench/results/analysis-scale.json
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package
mvn -q -o test-compile
rm -rf target/bench-analysis-scale-cp && mkdir -p target/bench-analysis-scale-cp
cp -r target/classes target/test-classes target/lib target/bench-analysis-scale-cp/
CP="target/bench-analysis-scale-cp/classes:target/bench-analysis-scale-cp/test-classes:$(ls target/bench-analysis-scale-cp/lib/*.jar | tr '\n' ':')"
exec java -Xmx${BENCH_HEAP:-14g} -XX:+UseParallelGC -cp "$CP" org.diplograph.bench.AnalysisScaleBench "$@"
