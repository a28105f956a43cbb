import net from 'node:net';

import { parseMail, type ParsedMail } from './parseMail';

export interface ReceivedMail extends ParsedMail {
	envelopeFrom: string;
	recipients: string[];
}

export interface SmtpSink {
	host: string;
	port: number;
	/** Every message accepted so far, in the order it arrived. */
	mails: ReceivedMail[];
	stop(): Promise<void>;
}

const address = (argument: string) => /<([^>]*)>/.exec(argument)?.[1] ?? argument.trim();

/**
 * Just enough SMTP for nodemailer without authentication or TLS: it accepts every message and
 * keeps it. It only ever listens on 127.0.0.1.
 */
function handleSession(socket: net.Socket, mails: ReceivedMail[]): void {
	let buffered = '';
	let inData = false;
	let envelopeFrom = '';
	let recipients: string[] = [];

	const reply = (line: string) => socket.write(`${line}\r\n`);

	const command = (line: string) => {
		const verb = line.slice(0, 4).toUpperCase();
		if (verb === 'EHLO') return reply('250-sink.local\r\n250 8BITMIME');
		if (verb === 'HELO') return reply('250 sink.local');
		if (verb === 'MAIL') {
			envelopeFrom = address(line.slice(line.indexOf(':') + 1));
			recipients = [];
			return reply('250 OK');
		}
		if (verb === 'RCPT') {
			recipients.push(address(line.slice(line.indexOf(':') + 1)));
			return reply('250 OK');
		}
		if (verb === 'DATA') {
			inData = true;
			return reply('354 End data with <CR><LF>.<CR><LF>');
		}
		if (verb === 'RSET' || verb === 'NOOP') return reply('250 OK');
		if (verb === 'QUIT') {
			reply('221 Bye');
			return socket.end();
		}
		return reply('502 Command not implemented');
	};

	socket.setEncoding('latin1');
	socket.on('data', (chunk: string) => {
		buffered += chunk;
		for (;;) {
			if (inData) {
				const end = buffered.indexOf('\r\n.\r\n');
				if (end === -1) return;
				const raw = buffered.slice(0, end).replace(/^\.\./gm, '.');
				buffered = buffered.slice(end + 5);
				inData = false;
				mails.push({ ...parseMail(Buffer.from(raw, 'latin1')), envelopeFrom, recipients });
				reply('250 OK: queued');
				continue;
			}
			const lineEnd = buffered.indexOf('\r\n');
			if (lineEnd === -1) return;
			const line = buffered.slice(0, lineEnd);
			buffered = buffered.slice(lineEnd + 2);
			command(line);
		}
	});
	socket.on('error', () => socket.destroy());
	reply('220 sink.local ESMTP test sink');
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const mails: ReceivedMail[] = [];
	const sockets = new Set<net.Socket>();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
		handleSession(socket, mails);
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		host: '127.0.0.1',
		port: (server.address() as net.AddressInfo).port,
		mails,
		stop: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
