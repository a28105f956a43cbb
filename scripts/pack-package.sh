#!/usr/bin/env bash
# Packs this project with npm pack and installs the result into an n8n user folder the way
# n8n's own community package installer does, so n8n loads it as n8n-nodes-local-slm.<node>.
# Run `npm run build` first: the package is made from dist/.
#
#   bash scripts/pack-package.sh <n8n user folder>
#
# The package lands in <n8n user folder>/.n8n/nodes/node_modules/<package name>; an older copy
# there is replaced.
set -euo pipefail

if [ "$#" -ne 1 ]; then
	echo "Usage: bash scripts/pack-package.sh <n8n user folder>" >&2
	exit 2
fi

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
user_folder="$1"

# shellcheck source=scripts/node24.sh
source "$project_root/scripts/node24.sh"

main_file="$(node -p 'require(process.argv[1]).main' "$project_root/package.json")"
if [ ! -f "$project_root/$main_file" ]; then
	echo "No build found at $project_root/$main_file. Run npm run build first." >&2
	exit 1
fi

package_name="$(node -p 'require(process.argv[1]).name' "$project_root/package.json")"
nodes_dir="$user_folder/.n8n/nodes"
package_dir="$nodes_dir/node_modules/$package_name"

pack_dir="$(mktemp -d)"
trap 'rm -rf "$pack_dir"' EXIT

tarball="$(cd "$project_root" && npm pack --pack-destination "$pack_dir" --silent | tail -n 1)"
if [ ! -f "$pack_dir/$tarball" ]; then
	echo "npm pack did not leave a package in $pack_dir." >&2
	exit 1
fi

rm -rf "$package_dir"
mkdir -p "$package_dir"
tar -xzf "$pack_dir/$tarball" -C "$package_dir" --strip-components=1

# n8n's installer drops these before installing: n8n itself provides n8n-workflow, and the
# user folder must not receive build tools.
node -e '
	const fs = require("fs");
	const file = process.argv[1];
	const { devDependencies, peerDependencies, optionalDependencies, ...kept } =
		JSON.parse(fs.readFileSync(file, "utf8"));
	fs.writeFileSync(file, JSON.stringify(kept, null, 2) + "\n");
' "$package_dir/package.json"

(cd "$package_dir" && npm install --omit=dev --omit=peer --prefer-offline --audit=false \
	--fund=false --bin-links=false --install-strategy=shallow --ignore-scripts=true \
	--package-lock=false --loglevel=error >&2)

# n8n keeps its installed community packages listed here too; mirror it so the folder looks
# the same as after an install from the editor.
node -e '
	const fs = require("fs");
	const [file, name, version] = process.argv.slice(1);
	const listed = fs.existsSync(file)
		? JSON.parse(fs.readFileSync(file, "utf8"))
		: { name: "installed-nodes", private: true };
	listed.dependencies = { ...listed.dependencies, [name]: version };
	fs.writeFileSync(file, JSON.stringify(listed, null, 2) + "\n");
' "$nodes_dir/package.json" "$package_name" \
	"$(node -p 'require(process.argv[1]).version' "$package_dir/package.json")"

echo "$package_dir"
