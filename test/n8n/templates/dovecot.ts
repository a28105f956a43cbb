import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { freePorts } from '../../harness/ports';

const dovecotBinary = '/usr/sbin/dovecot';
const READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
/** Mail is owned by "nobody" when Dovecot runs as root: it refuses mail access as root. */
const NOBODY = 65534;

export interface MailUser {
	name: string;
	password: string;
}

export interface Dovecot {
	host: string;
	port: number;
	/** Dovecot's own log, for failure messages. */
	log(): Promise<string>;
	/** Waits until the user has logged in as many times, such as n8n's IMAP trigger once. */
	waitForLogins(user: string, count: number): Promise<void>;
	stop(): Promise<void>;
}

function runApt(args: string[]): void {
	const result = spawnSync('apt-get', args, {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8',
	});
	if (result.status !== 0) {
		throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
	}
}

/**
 * Installs Debian's dovecot-imapd when it is missing. Debian's policy-rc.d in containers keeps
 * the package from starting a system-wide Dovecot; the tests run their own.
 */
export function ensureDovecotInstalled(): void {
	if (existsSync(dovecotBinary)) return;

	if (process.getuid?.() !== 0) {
		throw new Error(
			'Dovecot is not installed and the tests do not run as root. Install it as root: apt-get install dovecot-imapd',
		);
	}
	runApt(['update', '-q']);
	runApt(['install', '-y', '-q', '--no-install-recommends', 'dovecot-imapd']);
}

/**
 * Plain-text logins are left at Dovecot's default, which allows them only on connections it
 * counts as secure: from 127.0.0.1, where it listens, and nowhere else.
 */
function configuration(folder: string, port: number, asRoot: boolean): string {
	const user = os.userInfo();
	const mailUid = asRoot ? NOBODY : user.uid;
	const mailGid = asRoot ? NOBODY : user.gid;
	const serviceUsers = asRoot
		? ['default_login_user = dovenull', 'default_internal_user = dovecot']
		: [`default_login_user = ${user.username}`, `default_internal_user = ${user.username}`];

	return [
		`base_dir = ${folder}/run`,
		`state_dir = ${folder}/state`,
		`log_path = ${folder}/dovecot.log`,
		'protocols = imap',
		'listen = 127.0.0.1',
		'ssl = no',
		'disable_plaintext_auth = yes',
		'auth_mechanisms = plain login',
		`mail_location = maildir:${folder}/mail/%u`,
		'first_valid_uid = 1',
		...serviceUsers,
		'passdb {',
		'  driver = passwd-file',
		`  args = scheme=PLAIN username_format=%u ${folder}/users`,
		'}',
		'userdb {',
		'  driver = static',
		`  args = uid=${mailUid} gid=${mailGid} home=${folder}/mail/%u`,
		'}',
		'service imap-login {',
		...(asRoot ? [] : ['  chroot =']),
		'  inet_listener imap {',
		'    address = 127.0.0.1',
		`    port = ${port}`,
		'  }',
		'  inet_listener imaps {',
		'    port = 0',
		'  }',
		'}',
		'',
	].join('\n');
}

async function greets(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		socket.setEncoding('utf8');
		socket.once('data', (text: string) => {
			socket.destroy();
			resolve(text.startsWith('* OK'));
		});
		socket.once('error', () => resolve(false));
	});
}

async function waitForGreeting(port: number, child: ChildProcess, logFile: string): Promise<void> {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		if (await greets(port)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const log = await readFile(logFile, 'utf8').catch(() => '(no log)');
	throw new Error(`Dovecot did not answer on 127.0.0.1:${port}. Its log:\n${log}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;

	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
	await exited;
	clearTimeout(timer);
}

/**
 * A Dovecot IMAP server of the test's own, in the foreground, on a free port of 127.0.0.1,
 * with a passwd-file of the given users and their Maildirs in a temporary folder.
 */
export async function startDovecot(users: MailUser[]): Promise<Dovecot> {
	ensureDovecotInstalled();

	const asRoot = process.getuid?.() === 0;
	const folder = await mkdtemp(path.join(os.tmpdir(), 'local-slm-dovecot-'));
	// Dovecot's own users (dovenull, dovecot, nobody) must be able to reach into it.
	await chmod(folder, 0o755);
	await mkdir(path.join(folder, 'mail'));
	await mkdir(path.join(folder, 'state'));
	if (asRoot) await chown(path.join(folder, 'mail'), NOBODY, NOBODY);

	const passwd = users.map((user) => `${user.name}:{PLAIN}${user.password}::::::`).join('\n');
	await writeFile(path.join(folder, 'users'), `${passwd}\n`, { mode: 0o644 });

	const [port] = await freePorts(1);
	const configFile = path.join(folder, 'dovecot.conf');
	await writeFile(configFile, configuration(folder, port, asRoot));

	const child = spawn(dovecotBinary, ['-F', '-c', configFile], { stdio: 'ignore' });
	const logFile = path.join(folder, 'dovecot.log');
	const stop = async () => {
		await stopProcess(child);
		await rm(folder, { recursive: true, force: true });
	};

	try {
		await waitForGreeting(port, child, logFile);
	} catch (error) {
		await stop();
		throw error;
	}
	const log = async () => await readFile(logFile, 'utf8').catch(() => '');
	const waitForLogins = async (user: string, count: number) => {
		const deadline = Date.now() + READY_TIMEOUT_MS;
		while (Date.now() < deadline) {
			const logins = (await log())
				.split('\n')
				.filter((line) => line.includes(`Login: user=<${user}>`));
			if (logins.length >= count) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`${user} did not log in to Dovecot ${count} times. Its log:\n${await log()}`);
	};
	return { host: '127.0.0.1', port, log, waitForLogins, stop };
}
