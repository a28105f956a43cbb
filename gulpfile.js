const { src, dest, parallel } = require('gulp');

// tsc only emits JavaScript; n8n also needs the icons and codex files beside the compiled
// nodes, and the template workflows ship in the package so users can import them.
function copyNodeAssets() {
	return src(['nodes/**/*.{svg,png}', 'nodes/**/*.node.json'], { encoding: false }).pipe(
		dest('dist/nodes'),
	);
}

function copyCredentialAssets() {
	return src('credentials/**/*.{svg,png}', { encoding: false, allowEmpty: true }).pipe(
		dest('dist/credentials'),
	);
}

function copyWorkflows() {
	return src('workflows/**/*.json', { allowEmpty: true }).pipe(dest('dist/workflows'));
}

exports.build = parallel(copyNodeAssets, copyCredentialAssets, copyWorkflows);
