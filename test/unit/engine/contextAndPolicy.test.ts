import { chooseContextSize, estimateTokens } from '../../../nodes/engine/ollama/contextSize';
import { OllamaFailure } from '../../../nodes/engine/ollama/errors';
import {
	assertServerAllowed,
	isPrivateAddress,
	parseBaseUrl,
} from '../../../nodes/engine/ollama/hostPolicy';

describe('choosing the context size', () => {
	it('picks the smallest step of the ladder that fits prompt and answer', () => {
		expect(chooseContextSize(3000, 200, 32768)).toBe(4096);
		expect(chooseContextSize(5000, 200, 32768)).toBe(8192);
	});

	it('uses the whole model context when no ladder step fits below it', () => {
		expect(chooseContextSize(9000, 200, 10000)).toBe(10000);
	});

	it('refuses a prompt longer than the model can read, saying nothing was cut', () => {
		expect(() => chooseContextSize(40000, 200, 32768)).toThrow(OllamaFailure);
		try {
			chooseContextSize(40000, 200, 32768);
		} catch (error) {
			expect((error as OllamaFailure).kind).toBe('promptTooLong');
			expect((error as OllamaFailure).description).toMatch(/Nothing was cut/);
		}
	});

	it('estimates tokens on the high side', () => {
		expect(estimateTokens('hola que tal')).toBeGreaterThanOrEqual(3);
	});
});

describe('keeping data on the company network', () => {
	it.each([
		'127.0.0.1',
		'0.0.0.0',
		'10.1.2.3',
		'172.20.0.5',
		'192.168.1.10',
		'::1',
		'fd00::1',
		'169.254.1.1',
	])('treats %s as private', (address) => expect(isPrivateAddress(address)).toBe(true));

	it.each(['8.8.8.8', '172.32.0.1', '2001:4860::1'])('treats %s as public', (address) =>
		expect(isPrivateAddress(address)).toBe(false),
	);

	it.each([
		'http://localhost:11434',
		'http://127.0.0.1:11434',
		'http://host.docker.internal:11434',
		'http://gpu-box.local:11434',
		'http://[::1]:11434',
	])('allows %s', async (url) => {
		await expect(assertServerAllowed(parseBaseUrl(url), false)).resolves.toBeUndefined();
	});

	it('refuses a public address and says how to allow it', async () => {
		await expect(
			assertServerAllowed(parseBaseUrl('http://8.8.8.8:11434'), false),
		).rejects.toMatchObject({
			kind: 'remoteNotAllowed',
			description: expect.stringContaining('Allow a Remote Server'),
		});
	});

	it('allows a public address when the credential allows remote servers', async () => {
		await expect(
			assertServerAllowed(parseBaseUrl('http://8.8.8.8:11434'), true),
		).resolves.toBeUndefined();
	});

	it('refuses a name that does not resolve to a private address', async () => {
		await expect(
			assertServerAllowed(parseBaseUrl('http://ollama.invalid:11434'), false),
		).rejects.toMatchObject({ kind: 'remoteNotAllowed' });
	});

	it('rejects a Base URL that is not a web address', () => {
		expect(() => parseBaseUrl('localhost:11434/ollama')).toThrow(/not a valid web address/);
	});
});
