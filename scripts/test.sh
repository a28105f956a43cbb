#!/usr/bin/env bash
# The README's test command: everything CI checks, on a fresh machine, from nothing.
# Installs Node 24, the project's packages and a cached n8n 2.40.7, then checks formatting,
# lint and types, builds, and runs every test (unit tests and workflows in a real n8n).
set -euo pipefail

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project_root"

# shellcheck source=scripts/node24.sh
source scripts/node24.sh
echo "Node $(node --version), npm $(npm --version)"

npm ci --no-audit --no-fund
npm run format:check
npm run lint
npx tsc -p tsconfig.test.json --noEmit
npm run build

# Installs n8n into the cache outside the repo once; later runs reuse it.
bash scripts/install-n8n.sh >/dev/null

results_dir="$(mktemp -d)"
trap 'rm -rf "$results_dir"' EXIT
results="$results_dir/jest.json"
status=0
# pdf.js, inside pdf-parse, loads its worker with import(), which jest's module sandbox only
# allows with this flag. n8n itself needs no flag, and the harness does not pass it on.
NODE_OPTIONS="--experimental-vm-modules ${NODE_OPTIONS:-}" \
	npx jest --ci --runInBand --json --outputFile="$results" "$@" || status=$?

# A plain closing line that any reader of the log understands, whatever the runner.
node -e '
	const summary = require(process.argv[1]);
	const skipped = summary.numPendingTests + summary.numTodoTests;
	console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`);
' "$results"
exit "$status"
