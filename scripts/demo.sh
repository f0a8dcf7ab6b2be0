#!/usr/bin/env bash
# Starts the whole system on the demo data in seeds/: checks the services, migrates, seeds rules and the demo
# subscriber, starts api, ingestor, extractor, alerting and the subscriber, imports seeds/articles and shows
# the alerts arriving. Ctrl-C stops everything. DEMO_EXIT_AFTER=N stops by itself after N seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC WEBHOOK_ALLOW_PRIVATE=true LOG_LEVEL="${LOG_LEVEL:-warn}"
# The demo runs in its own schema, stream prefix and queue prefix, reset at every start.
export DATABASE_SCHEMA="${DATABASE_SCHEMA:-demo}" NATS_STREAM_PREFIX="${NATS_STREAM_PREFIX:-DEMO}" QUEUE_PREFIX="${QUEUE_PREFIX:-marsad-demo}"
run() { node -r ./scripts/register.cjs "$@"; }
logs=tmp/demo-logs
mkdir -p "$logs"

node scripts/doctor.mjs
run scripts/demo-reset.ts
run libs/database/src/cli/migrate.ts
run scripts/seed.ts

pids=()
cleanup() {
  trap - EXIT INT TERM
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Started as plain commands (not through the run function) so that $! is the node process itself.
node -r ./scripts/register.cjs scripts/demo-subscriber.ts & pids+=($!)
for app in api extractor alerting ingestor; do
  node -r ./scripts/register.cjs "apps/$app/src/main.ts" >"$logs/$app.log" 2>&1 & pids+=($!)
done
echo "services starting (logs in $logs/); api on http://localhost:${API_PORT:-3000} (docs /docs, queues /admin/queues admin:marsad)"
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${API_PORT:-3000}/health/ready" >/dev/null && break; sleep 1; done
sleep 2
echo "importing seeds/articles ..."
run apps/ingestor/src/main.ts import seeds/articles
echo "waiting for alerts (Ctrl-C to stop) ..."
if [ -n "${DEMO_EXIT_AFTER:-}" ]; then sleep "$DEMO_EXIT_AFTER"; else wait; fi
