import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export interface ConversationTurn {
	question: string;
	answer: string;
}

/**
 * The last questions and answers of a conversation (a WhatsApp sender, say), so "and in red?"
 * can be understood. Kept in the knowledge base file, per knowledge base and conversation key.
 */
export class ConversationMemory {
	private constructor(private readonly database: DatabaseSync) {}

	static open(path: string): ConversationMemory {
		if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
		const database = new DatabaseSync(path, { timeout: 30_000 });
		database.exec('PRAGMA journal_mode = WAL');
		database.exec(`CREATE TABLE IF NOT EXISTS conversation_turns (
			knowledge_base TEXT NOT NULL,
			conversation_key TEXT NOT NULL,
			asked_at INTEGER NOT NULL,
			question TEXT NOT NULL,
			answer TEXT NOT NULL
		)`);
		database.exec(
			'CREATE INDEX IF NOT EXISTS conversation_turns_by_key ON conversation_turns (knowledge_base, conversation_key, asked_at)',
		);
		return new ConversationMemory(database);
	}

	lastTurns(
		knowledgeBase: string,
		key: string,
		count: number,
		maximumAgeMinutes: number,
	): ConversationTurn[] {
		const since = Date.now() - maximumAgeMinutes * 60_000;
		const rows = this.database
			.prepare(
				`SELECT question, answer FROM conversation_turns
				WHERE knowledge_base = ? AND conversation_key = ? AND asked_at >= ?
				ORDER BY asked_at DESC, rowid DESC LIMIT ?`,
			)
			.all(knowledgeBase, key, since, count);
		return rows
			.reverse()
			.map((row) => ({ question: String(row.question), answer: String(row.answer) }));
	}

	remember(knowledgeBase: string, key: string, turn: ConversationTurn, keepTurns: number) {
		this.database
			.prepare('INSERT INTO conversation_turns VALUES (?, ?, ?, ?, ?)')
			.run(knowledgeBase, key, Date.now(), turn.question, turn.answer);
		// Older turns are of no use and are customer text: keep no more than asked.
		this.database
			.prepare(
				`DELETE FROM conversation_turns WHERE knowledge_base = ? AND conversation_key = ? AND rowid NOT IN (
					SELECT rowid FROM conversation_turns WHERE knowledge_base = ? AND conversation_key = ?
					ORDER BY asked_at DESC, rowid DESC LIMIT ?)`,
			)
			.run(knowledgeBase, key, knowledgeBase, key, keepTurns);
	}

	close() {
		if (this.database.isOpen) this.database.close();
	}
}
