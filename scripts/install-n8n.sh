#!/usr/bin/env bash
# Installs n8n 2.40.7 under Node 24 into a cache folder outside the repo and prints the path of
# its n8n binary. A second run finds the finished install and only prints the path.
#
#   bash scripts/install-n8n.sh        # cache: ${LOCAL_SLM_CACHE:-$HOME/.cache/n8n-nodes-local-slm}
set -euo pipefail

n8n_version="2.40.7"
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# shellcheck source=scripts/node24.sh
source "$project_root/scripts/node24.sh"

cache_root="${LOCAL_SLM_CACHE:-$HOME/.cache/n8n-nodes-local-slm}"
install_dir="$cache_root/n8n-$n8n_version"
staging_dir="$install_dir.partial"
marker="$install_dir/.install-finished"
n8n_bin="$install_dir/node_modules/.bin/n8n"

if [ -f "$marker" ] && [ -x "$n8n_bin" ]; then
	echo "$n8n_bin"
	exit 0
fi

mkdir -p "$cache_root"

# Two test runs or a test run and start.sh may ask for n8n at the same time.
exec 9>"$cache_root/.install-n8n.lock"
flock 9

if [ -f "$marker" ] && [ -x "$n8n_bin" ]; then
	echo "$n8n_bin"
	exit 0
fi

echo "Installing n8n $n8n_version into $install_dir (3-4 minutes, about 3 GB) ..." >&2
rm -rf "$staging_dir" "$install_dir"
mkdir -p "$staging_dir"
# Its own package.json stops npm from walking up to a project above the cache folder.
echo '{"private": true}' >"$staging_dir/package.json"

# Install scripts would download prebuilt binaries or build native modules that n8n does not
# need (kafka); sqlite3, the one it needs, is built below.
(cd "$staging_dir" && npm install "n8n@$n8n_version" --ignore-scripts --no-audit --no-fund \
	--loglevel=error >&2)

sqlite_dir="$staging_dir/node_modules/sqlite3"
if [ ! -d "$sqlite_dir" ]; then
	echo "n8n $n8n_version installed without sqlite3 in $sqlite_dir; cannot build it." >&2
	exit 1
fi

node_gyp="$staging_dir/node_modules/node-gyp/bin/node-gyp.js"
if [ ! -f "$node_gyp" ]; then
	npm_root="$(dirname "$(readlink -f "$(command -v npm)")")/.."
	node_gyp="$npm_root/node_modules/node-gyp/bin/node-gyp.js"
fi
if [ ! -f "$node_gyp" ]; then
	echo "Cannot find node-gyp in n8n's dependencies or next to npm. Install npm 10 or newer." >&2
	exit 1
fi

build_log="$cache_root/sqlite3-build.log"
echo "Building sqlite3 against the Node $(node --version) headers (about 1 minute) ..." >&2
# node-gyp run by hand ignores npm_config_nodedir; without --nodedir it takes the machine's
# older headers and the module crashes under Node 24.
if ! (cd "$sqlite_dir" && node "$node_gyp" rebuild --nodedir="$LOCAL_SLM_NODE_HOME" \
	--jobs="$(nproc)") >"$build_log" 2>&1; then
	tail -n 30 "$build_log" >&2
	echo "Building sqlite3 failed; the whole log is in $build_log. It needs python3, make and g++." >&2
	exit 1
fi

(cd "$staging_dir" && node -e 'require("sqlite3")') || {
	echo "The sqlite3 module built in $sqlite_dir does not load under Node $(node --version)." >&2
	exit 1
}

mv "$staging_dir" "$install_dir"
date -u +%Y-%m-%dT%H:%M:%SZ >"$marker"
echo "$n8n_bin"
