/** Unit tests run anywhere; n8n tests start a real n8n 2.x and need Node 24 (scripts/test.sh). */
const shared = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
};

module.exports = {
	// n8n tests start real n8n processes; each file raises its own limit with jest.setTimeout.
	testTimeout: 60_000,
	projects: [
		{ ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
		{
			...shared,
			displayName: 'n8n',
			testMatch: ['<rootDir>/test/n8n/**/*.test.ts'],
		},
	],
};
