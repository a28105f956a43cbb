#!/usr/bin/env bash
# Sourced by the other scripts: puts a Node 24 binary first on PATH.
# n8n 2.x needs Node 24 and machines often carry an older one, so the project brings its own
# copy from the npm registry (package node-linux-<arch>) into .tools/ and reuses it.
set -euo pipefail

node_version="24.22.3"
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

case "$(uname -m)" in
	x86_64) node_arch="x64" ;;
	aarch64 | arm64) node_arch="arm64" ;;
	*) echo "Unsupported processor $(uname -m): install Node 24 yourself and put it first on PATH." >&2; exit 1 ;;
esac

node_prefix="$project_root/.tools/node-$node_version"
node_home="$node_prefix/node_modules/node-linux-$node_arch"

if [ ! -x "$node_home/bin/node" ]; then
	echo "Installing Node $node_version into .tools/ ..." >&2
	mkdir -p "$node_prefix"
	# Its own package.json stops npm from walking up to the project's.
	echo '{"private": true}' >"$node_prefix/package.json"
	(cd "$node_prefix" && npm install --no-save --no-package-lock --no-audit --no-fund \
		"node-linux-$node_arch@$node_version" >&2)
fi

export LOCAL_SLM_NODE_HOME="$node_home"
export PATH="$node_home/bin:$project_root/node_modules/.bin:$PATH"
# npm builds native addons against these headers instead of the machine's older ones.
export npm_config_nodedir="$node_home"
