#!/usr/bin/env bash
# Figures of issue 16 (analysis), not a test: imports ../shared/data/treaties into a fresh embedded store and times the
# analysis routes over HTTP. Usage, from the project root: bench/analysis.sh   (writes bench/results/analysis.json)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package
mvn -q -o test-compile
rm -rf target/bench-analysis-cp && mkdir -p target/bench-analysis-cp
cp -r target/classes target/test-classes target/lib target/bench-analysis-cp/
CP="target/bench-analysis-cp/classes:target/bench-analysis-cp/test-classes:$(ls target/bench-analysis-cp/lib/*.jar | tr '\n' ':')"
exec java -Xmx${BENCH_HEAP:-3g} -XX:+UseParallelGC -cp "$CP" org.diplograph.bench.AnalysisBench "$@"
