#!/usr/bin/env bash
# Prints the benchmarks: model calls, prompt tokens (Llama 3 tokenizer) and the nodes' own time
# per item, with the Ollama stand-in answering at once.
set -euo pipefail

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project_root"

# shellcheck source=scripts/node24.sh
source scripts/node24.sh
[ -d node_modules ] || npm ci --no-audit --no-fund

rm -rf .bench-build
npx tsc -p tsconfig.bench.json
node .bench-build/bench/run.js "$@"
