import { diagnoseServer } from '../../../nodes/engine/ollama/diagnose';
import { reservedClosedPort, startOllamaStandIn, type OllamaStandIn } from '../../standIn';

let standIn: OllamaStandIn;

const settings = (baseUrl: string) => ({
	baseUrl,
	timeoutMilliseconds: 600_000,
	allowRemoteServer: false,
});

beforeAll(async () => {
	standIn = await startOllamaStandIn({ version: '0.12.6' });
});

afterEach(() => standIn.reset());

afterAll(async () => {
	await standIn.close();
});

describe('the credential test', () => {
	it('reports success with the Ollama version', async () => {
		await expect(diagnoseServer(settings(standIn.url))).resolves.toEqual({
			ok: true,
			message: `Connected to Ollama 0.12.6 at ${standIn.url}.`,
		});
	});

	it('says to start Ollama when the connection is refused', async () => {
		const port = await reservedClosedPort();
		const diagnosis = await diagnoseServer(settings(`http://127.0.0.1:${port}`));

		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.message).toContain('Cannot reach Ollama');
		expect(diagnosis.message).toContain('ollama serve');
	});

	it('says the name does not resolve', async () => {
		const diagnosis = await diagnoseServer({
			...settings('http://no-such-ollama-host.invalid:11434'),
			allowRemoteServer: true,
		});

		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.message).toContain('cannot be resolved');
		expect(diagnosis.message).toContain('--add-host=host.docker.internal:host-gateway');
	});

	it('finds Ollama on IPv4 when the Base URL points at IPv6 loopback', async () => {
		const ipv6Url = standIn.url.replace('127.0.0.1', '[::1]');
		const diagnosis = await diagnoseServer(settings(ipv6Url));

		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.message).toContain(`Ollama answers at ${standIn.url}`);
		expect(diagnosis.message).toContain('IPv6');
	});

	it('names a proxy that answers instead of Ollama', async () => {
		standIn.setFault({
			kind: 'proxyError',
			status: 502,
			body: '<html><title>502 Bad Gateway</title></html>',
		});
		const diagnosis = await diagnoseServer(settings(standIn.url));

		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.message).toContain('HTTP 502');
		expect(diagnosis.message).toContain('reverse proxy');
	});

	it('asks for the API key when a proxy answers 401', async () => {
		standIn.setFault({ kind: 'requireBearer', token: 'key' });
		const diagnosis = await diagnoseServer(settings(standIn.url));

		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.message).toContain('API key');
	});

	it('says a page that is not Ollama is not Ollama', async () => {
		standIn.setFault({
			kind: 'garbage',
			body: '<html>Welcome to nginx</html>',
			contentType: 'text/html',
		});
		const diagnosis = await diagnoseServer(settings(standIn.url));

		expect(diagnosis.ok).toBe(false);
		expect(diagnosis.message).toContain('not');
		expect(diagnosis.message).toContain('Ollama');
	});

	it('refuses a public server unless remote servers are allowed', async () => {
		const diagnosis = await diagnoseServer(settings('http://1.1.1.1:11434'));
		expect(diagnosis.message).toContain('Allow a Remote Server');
	});
});
