import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

import { OllamaFailure } from './errors';

const namedLocalHosts = ['localhost', 'host.docker.internal', 'gateway.docker.internal'];

function isPrivateIpv4(address: string): boolean {
	const [first, second] = address.split('.').map(Number);
	return (
		first === 127 ||
		// 0.0.0.0 reaches this machine when used as a destination.
		first === 0 ||
		first === 10 ||
		(first === 172 && second >= 16 && second <= 31) ||
		(first === 192 && second === 168) ||
		(first === 169 && second === 254) ||
		(first === 100 && second >= 64 && second <= 127)
	);
}

function isPrivateIpv6(address: string): boolean {
	const lower = address.toLowerCase();
	if (lower === '::1') return true;
	if (lower.startsWith('::ffff:')) return isPrivateIpv4(lower.slice('::ffff:'.length));
	return /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}

/** Whether an IP address is loopback, private (RFC 1918, unique local), link-local or CGNAT. */
export function isPrivateAddress(address: string): boolean {
	const version = isIP(address);
	if (version === 4) return isPrivateIpv4(address);
	if (version === 6) return isPrivateIpv6(address);
	return false;
}

function isLocalName(hostname: string): boolean {
	return (
		namedLocalHosts.includes(hostname) ||
		hostname.endsWith('.localhost') ||
		hostname.endsWith('.local') ||
		hostname.endsWith('.internal')
	);
}

/**
 * Refuses a server outside the company's own machines unless the user allowed it. A name that
 * is not obviously local (a Docker Compose service such as `ollama`) is accepted when every
 * address it resolves to is private, so the rule checks where the text really goes.
 */
export async function assertServerAllowed(baseUrl: URL, allowRemoteServer: boolean) {
	if (allowRemoteServer) return;

	const hostname = baseUrl.hostname.replace(/^\[|\]$/g, '').toLowerCase();
	if (isIP(hostname) ? isPrivateAddress(hostname) : isLocalName(hostname)) return;

	let addresses: string[] = [];
	if (!isIP(hostname)) {
		addresses = await lookup(hostname, { all: true }).then(
			(results) => results.map((result) => result.address),
			() => [],
		);
		if (addresses.length > 0 && addresses.every(isPrivateAddress)) return;
	}

	const where = addresses.length > 0 ? ` (${addresses.join(', ')})` : '';
	throw new OllamaFailure(
		'remoteNotAllowed',
		`The Ollama server ${baseUrl.host}${where} is outside your own network, so nothing was sent to it.`,
		'This package only talks to Ollama on this machine or your private network, so that no text leaves your company. Use a local or private address as the Base URL, or turn on "Allow a Remote Server" in the credential if sending data to that server is intended.',
	);
}

export function parseBaseUrl(baseUrl: string): URL {
	try {
		const url = new URL(baseUrl.trim());
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
		return url;
	} catch {
		throw new OllamaFailure(
			'invalidBaseUrl',
			`The Base URL "${baseUrl}" is not a valid web address.`,
			'Set the Base URL of the credential to something like http://localhost:11434.',
		);
	}
}
