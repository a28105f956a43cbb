#!/usr/bin/env bash
# The first command on a fresh machine: builds this package, installs n8n 2.40.7 (once, cached),
# installs the package into a persistent n8n user folder with the template workflows and a
# credential "Local Ollama", and runs n8n on 127.0.0.1 in the foreground until Ctrl-C.
#
#   bash scripts/start.sh
#   OLLAMA_URL=http://ollama-server:11434 N8N_PORT=5690 bash scripts/start.sh
#
# LOCAL_SLM_HOME (default ~/.local-slm-n8n) holds n8n's data; LOCAL_SLM_CACHE the n8n install.
set -euo pipefail

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project_root"

# shellcheck source=scripts/node24.sh
source scripts/node24.sh

ollama_url="${OLLAMA_URL:-http://localhost:11434}"
port="${N8N_PORT:-5678}"
user_folder="${LOCAL_SLM_HOME:-$HOME/.local-slm-n8n}"
state_dir="$user_folder/local-slm"
# Fixed so that the template workflows can name the credential they use.
credential_id="localOllamaCred1"
credential_name="Local Ollama"

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
	echo "Port $port on 127.0.0.1 is already in use; is n8n already running?" >&2
	echo "Stop it, or choose another port: N8N_PORT=5690 bash scripts/start.sh" >&2
	exit 1
fi

echo "Installing the project's dependencies ..." >&2
npm ci --no-audit --no-fund --loglevel=error >&2
echo "Building the package ..." >&2
npm run build >&2
bash scripts/install-n8n.sh >/dev/null

mkdir -p "$state_dir"
key_file="$user_folder/encryption-key"
if [ ! -s "$key_file" ]; then
	# n8n encrypts stored credentials with this key; losing it makes them unreadable.
	(umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' \
		>"$key_file")
fi

export N8N_USER_FOLDER="$user_folder"
export N8N_PORT="$port"
N8N_ENCRYPTION_KEY="$(cat "$key_file")"
export N8N_ENCRYPTION_KEY

echo "Installing the package into $user_folder ..." >&2
bash scripts/pack-package.sh "$user_folder" >/dev/null

# n8n 2.x sometimes crashes (SIGSEGV) while exiting, after or before its work is done. Imports
# replace by id, so running one twice is harmless.
n8n_import() {
	local output status
	for _ in 1 2; do
		status=0
		output="$(bash scripts/n8n.sh "$@" 2>&1)" || status=$?
		if grep "Successfully imported" <<<"$output" >&2; then
			return 0
		fi
		if [ "$status" -le 128 ]; then
			break
		fi
	done
	echo "$output" >&2
	echo "n8n $1 failed (exit $status); its messages are above." >&2
	return 1
}

import_dir="$(mktemp -d)"
trap 'rm -rf "$import_dir"' EXIT

# Imported again only when the Ollama address changes, so edits made in the editor survive.
credential_marker="$state_dir/credential-ollama-url"
if [ "$(cat "$credential_marker" 2>/dev/null)" != "$ollama_url" ]; then
	echo "Pointing the credential \"$credential_name\" at $ollama_url ..." >&2
	node -e '
		const [id, name, baseUrl] = process.argv.slice(1);
		const data = { baseUrl, apiKey: "", timeoutMinutes: 10, allowRemoteServer: false };
		process.stdout.write(JSON.stringify([{ id, name, type: "localSlmApi", data }]));
	' "$credential_id" "$credential_name" "$ollama_url" >"$import_dir/credentials.json"
	n8n_import import:credentials --input="$import_dir/credentials.json"
	echo "$ollama_url" >"$credential_marker"
fi

# A template is imported once; after that it belongs to the user, who may change or delete it.
mkdir -p "$import_dir/workflows"
shopt -s nullglob
for template in workflows/*.json; do
	if [ ! -f "$state_dir/imported-$(basename "$template")" ]; then
		cp "$template" "$import_dir/workflows/"
	fi
done
shopt -u nullglob
new_templates=("$import_dir"/workflows/*.json)
if [ -e "${new_templates[0]}" ]; then
	echo "Importing ${#new_templates[@]} template workflow(s) ..." >&2
	n8n_import import:workflow --separate --input="$import_dir/workflows"
	for template in "${new_templates[@]}"; do
		touch "$state_dir/imported-$(basename "$template")"
	done
fi

editor_url="http://127.0.0.1:$port"
bash scripts/n8n.sh start &
n8n_pid=$!
trap 'kill -TERM "$n8n_pid" 2>/dev/null || true; wait "$n8n_pid" || true; exit 130' INT TERM

# The plain /healthz answers before the migrations are done; readiness waits for them.
is_ready='fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))'
until node -e "$is_ready" "$editor_url/healthz/readiness"; do
	if ! kill -0 "$n8n_pid" 2>/dev/null; then
		wait "$n8n_pid" || true
		echo "n8n stopped before it was ready; its messages are above." >&2
		exit 1
	fi
	sleep 1
done

cat <<EOF

  n8n with n8n-nodes-local-slm is running.
  Editor:  $editor_url
  Ollama:  $ollama_url (credential "$credential_name")
  Data:    $user_folder

  Another Ollama or port:  OLLAMA_URL=http://<host>:11434 N8N_PORT=5690 bash scripts/start.sh
  Stop with Ctrl-C.

EOF

wait "$n8n_pid"
