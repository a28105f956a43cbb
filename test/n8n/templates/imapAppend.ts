import net from 'node:net';

const RESPONSE_TIMEOUT_MS = 15_000;

interface Connection {
	send(text: string | Buffer): void;
	/** Resolves with the first line that starts with the prefix; fails on a tagged NO or BAD. */
	lineStarting(prefix: string): Promise<string>;
	close(): void;
}

function open(host: string, port: number): Promise<Connection> {
	const socket = net.connect({ host, port });
	let buffered = '';
	const lines: string[] = [];
	let waiter: (() => void) | undefined;

	socket.setEncoding('utf8');
	socket.on('data', (chunk: string) => {
		buffered += chunk;
		const parts = buffered.split('\r\n');
		buffered = parts.pop() ?? '';
		lines.push(...parts);
		waiter?.();
	});

	const lineStarting = async (prefix: string): Promise<string> => {
		const deadline = Date.now() + RESPONSE_TIMEOUT_MS;
		for (;;) {
			const index = lines.findIndex((line) => line.startsWith(prefix));
			if (index >= 0) {
				const [line] = lines.splice(0, index + 1).slice(-1);
				if (/^\S+ (NO|BAD) /.test(line)) throw new Error(`IMAP server answered: ${line}`);
				return line;
			}
			if (Date.now() > deadline) throw new Error(`No IMAP answer starting with "${prefix}".`);
			await new Promise<void>((resolve) => {
				waiter = resolve;
				setTimeout(resolve, 200);
			});
		}
	};

	return new Promise((resolve, reject) => {
		socket.once('error', reject);
		socket.once('connect', () =>
			resolve({
				send: (text) => socket.write(text),
				lineStarting,
				close: () => socket.end(),
			}),
		);
	});
}

const quoted = (text: string) => `"${text.replace(/["\\]/g, (character) => `\\${character}`)}"`;

/**
 * Delivers messages into a mailbox the way a mail client files them: IMAP LOGIN, then one
 * APPEND per message with a synchronising literal, then LOGOUT.
 */
export async function appendMessages(
	server: { host: string; port: number },
	account: { name: string; password: string },
	messages: Buffer[],
	mailbox = 'INBOX',
): Promise<void> {
	const connection = await open(server.host, server.port);
	try {
		await connection.lineStarting('* OK');
		connection.send(`a1 LOGIN ${quoted(account.name)} ${quoted(account.password)}\r\n`);
		await connection.lineStarting('a1 ');

		for (const [index, message] of messages.entries()) {
			const tag = `m${index}`;
			connection.send(`${tag} APPEND ${quoted(mailbox)} {${message.length}}\r\n`);
			await connection.lineStarting('+');
			connection.send(Buffer.concat([message, Buffer.from('\r\n')]));
			await connection.lineStarting(`${tag} `);
		}

		connection.send('z LOGOUT\r\n');
		await connection.lineStarting('z ');
	} finally {
		connection.close();
	}
}
