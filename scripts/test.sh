#!/usr/bin/env bash
# Runs every check a change must pass: services present, lint, types, unit tests, integration tests
# against the real PostgreSQL, NATS and Redis, and the extraction quality floor.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NX_DAEMON=false NX_NO_CLOUD=true

step() { printf '\n== %s\n' "$1"; }

step "doctor (services)"
node scripts/doctor.mjs

step "lint"
npx nx show projects >/dev/null   # builds the project graph the module-boundary rule reads
npx eslint . --max-warnings=0

step "type-check"
npx tsc -p tsconfig.json --noEmit

step "unit tests"
npx jest --config jest.config.ts --selectProjects unit --ci

step "integration tests (real PostgreSQL, NATS JetStream, Redis)"
npx jest --config jest.config.ts --selectProjects integration --runInBand --ci

if [ -f eval/run-eval.ts ]; then
  step "extraction quality (eval --check)"
  npm run --silent eval -- --check
fi
