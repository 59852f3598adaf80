#!/usr/bin/env bash
# Browser FPS benchmark (not a test): opens bench/browser-fps/index.html in headless Chromium and prints the figures.
# Usage: bench/browser-fps/run.sh [--seconds 5] [--gpu swiftshader|none]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o test-compile
CP_FILE=$(mktemp)
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.diplograph.bench.BrowserFps "$@"
rm -f "$CP_FILE"
