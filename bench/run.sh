#!/usr/bin/env bash
# Benchmarks of issue 6 (not tests). Usage, from the project root:
#   bench/run.sh                         # machine, import, treaties, scale:10000, scale:100000, coldstart
#   bench/run.sh import scale:10000      # some sections
#   bench/run.sh scale:1000000           # 1M nodes / ~10M relationships (needs time and -Xmx; see RESULTS.md)
#   BENCH_HEAP=1g bench/run.sh extract   # extraction tokens/s and heap peak, article import articles/s (issue 12)
# Writes bench/results/<section>.json and regenerates bench/RESULTS.md. Needs ../shared/data/treaties for "treaties".
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package
mvn -q -o test-compile
# a private copy of the classes, so a build during the run does not pull them from under it
rm -rf target/bench-cp && mkdir -p target/bench-cp && cp -r target/classes target/test-classes target/lib target/bench-cp/
CP="target/bench-cp/classes:target/bench-cp/test-classes:$(ls target/bench-cp/lib/*.jar | tr '\n' ':')"
exec java -Xmx${BENCH_HEAP:-4g} -XX:+UseParallelGC -cp "$CP" org.diplograph.bench.Bench "$@"
