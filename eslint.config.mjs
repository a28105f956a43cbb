import communityNodes from '@n8n/eslint-plugin-community-nodes';
import tseslint from 'typescript-eslint';

// n8n's community-node rules, as configured for self-hosted packages. Left out, and why:
// - no-runtime-dependencies: n8n Cloud verification forbids dependencies, but this package is
//   for self-hosted n8n and needs `ollama`, `pdf-parse` and `undici` at run time.
// - no-restricted-globals / no-restricted-imports: Cloud-only (the recommended config without
//   Cloud support already leaves them out); the engine uses node:dns, node:net and timers.
// - require-node-api-error: server failures are NodeApiError, but bad input is correctly a
//   NodeOperationError tied to its item (nodes/shared/nodeErrors.ts).
const n8nRules = { ...communityNodes.configs.recommendedWithoutN8nCloudSupport.rules };
delete n8nRules['@n8n/community-nodes/no-runtime-dependencies'];
delete n8nRules['@n8n/community-nodes/require-node-api-error'];

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', '.tools/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
	...tseslint.configs.recommended,
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'index.ts'],
		plugins: { '@n8n/community-nodes': communityNodes },
		rules: {
			...n8nRules,
			'no-console': 'error',
		},
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		files: ['test/**/*.ts', 'bench/**/*.ts'],
		rules: {
			'@typescript-eslint/no-require-imports': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);
