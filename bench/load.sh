#!/usr/bin/env bash
# Load test (issue 7): search, neighbourhood, path and console at 1, 8 and 64 concurrent clients.
#   bench/load.sh                       # starts the app on a temp store with the seeds, runs, stops it
#   bench/load.sh http://host:8080      # against a running Diplograph
# Env: SECONDS_PER_LEVEL (default 15), LEVELS (default 1,8,64). Exit 1 when any 5xx other than 503 was answered.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${SECONDS_PER_LEVEL:-15}
LEVELS=${LEVELS:-1,8,64}
URL=${1:-}
APP_PID=
cleanup() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
if [ -z "$URL" ]; then
  [ -f target/diplograph.jar ] || mvn -q -o -DskipTests package || mvn -q -DskipTests package
  STORE=$(mktemp -d)
  PORT=${PORT:-18080}
  DIPLOGRAPH_DATA="$STORE" DIPLOGRAPH_PORT=$PORT DIPLOGRAPH_BOLT_PORT=${BOLT_PORT:-17687} \
    java -jar target/diplograph.jar > "$STORE/app.log" 2>&1 &
  APP_PID=$!
  URL=http://localhost:$PORT
  echo "app starting on $URL (store $STORE, log $STORE/app.log)"
  for i in $(seq 1 180); do
    docs=$(curl -fs "$URL/api/stats" 2>/dev/null | grep -o '"Document":[0-9]*' | cut -d: -f2 || true)
    [ "${docs:-0}" -ge 5 ] && break
    sleep 1
  done
  echo "seeds imported: ${docs:-0} documents"
fi
java bench/LoadClient.java "$URL" "$SECS" "$LEVELS"
