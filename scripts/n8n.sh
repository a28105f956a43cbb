#!/usr/bin/env bash
# Runs the cached n8n 2.40.7 under Node 24, listening on 127.0.0.1 only and calling no n8n web
# service. start.sh and the test harness both start n8n through this script, so the product and
# its tests run n8n the same way.
#
#   N8N_USER_FOLDER=<folder> [N8N_PORT=5678] [N8N_RUNNERS_BROKER_PORT=5679] \
#     [N8N_ENCRYPTION_KEY=<key>] bash scripts/n8n.sh <n8n command> [flags]
set -euo pipefail

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# shellcheck source=scripts/node24.sh
source "$project_root/scripts/node24.sh"
n8n_bin="$(bash "$project_root/scripts/install-n8n.sh")"

if [ -z "${N8N_USER_FOLDER:-}" ]; then
	echo "Set N8N_USER_FOLDER to the folder where n8n keeps its data." >&2
	exit 2
fi

export N8N_PORT="${N8N_PORT:-5678}"
# Every n8n process starts a task runner broker; two on one port fail to start.
export N8N_RUNNERS_BROKER_PORT="${N8N_RUNNERS_BROKER_PORT:-$((N8N_PORT + 1))}"

export N8N_LISTEN_ADDRESS=127.0.0.1
export N8N_HOST=127.0.0.1
export N8N_PROTOCOL=http
export N8N_EDITOR_BASE_URL="http://127.0.0.1:$N8N_PORT"
export N8N_SECURE_COOKIE=false
export N8N_RUNNERS_BROKER_LISTEN_ADDRESS=127.0.0.1
export DB_TYPE=sqlite

# Each of these features calls a web service of n8n's; the product promises to stay offline.
export N8N_DIAGNOSTICS_ENABLED=false
export N8N_VERSION_NOTIFICATIONS_ENABLED=false
export N8N_PERSONALIZATION_ENABLED=false
export N8N_TEMPLATES_ENABLED=false
export N8N_DYNAMIC_BANNERS_ENABLED=false
export N8N_HIRING_BANNER_ENABLED=false
export N8N_LICENSE_AUTO_RENEW_ENABLED=false
export N8N_AI_ENABLED=false
export N8N_REINSTALL_MISSING_PACKAGES=false
export N8N_VERIFIED_PACKAGES_ENABLED=false
export N8N_DISABLED_MODULES=mcp-registry

export N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=true
# Jest sets NODE_ENV=test, which changes how n8n logs; run it as it runs for users.
export NODE_ENV=production

exec node "$n8n_bin" "$@"
