import net from 'node:net';

async function holdFreePort(): Promise<net.Server> {
	const server = net.createServer();
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return server;
}

/** Ports on 127.0.0.1 that were free a moment ago, all different from each other. */
export async function freePorts(count: number): Promise<number[]> {
	const held = await Promise.all(Array.from({ length: count }, holdFreePort));

	const ports = held.map((server) => (server.address() as net.AddressInfo).port);

	await Promise.all(
		held.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
	);
	return ports;
}
