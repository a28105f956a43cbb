#!/usr/bin/env bash
# Takes the README's pictures of the n8n editor with our nodes: builds the package, starts an
# Ollama stand-in and n8n 2.40.7 on 127.0.0.1, creates a workflow and our credential over REST,
# signs in with headless Chromium and saves PNGs to docs/screenshots/. Then imports every
# template workflow into a fresh n8n and saves a picture of each canvas (template-<name>.png).
#
#   bash scripts/screenshots.sh
#
# Installs Debian's chromium with apt-get when it is missing (run as root); playwright-core only
# drives it and never downloads a browser of its own.
set -euo pipefail

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project_root"

# shellcheck source=scripts/node24.sh
source scripts/node24.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -d node_modules/playwright-core ]; then
	npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "Chromium is missing. Install it as root: apt-get install chromium" >&2
		exit 1
	fi
	echo "Installing Debian's chromium ..." >&2
	apt-get update -q >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >&2
fi

npm run build
bash scripts/install-n8n.sh >/dev/null

rm -rf .screenshots-build
npx tsc -p tsconfig.screenshots.json
node .screenshots-build/screenshots/run.js
node .screenshots-build/screenshots/templates.js
