import type { DatabaseSync } from 'node:sqlite';

import { KnowledgeError, modelMismatch } from '../errors';
import type { StoredDocument } from '../store';
import { vectorToBytes } from '../vectors';
import { inWriteTransaction } from './transaction';

interface KnowledgeBaseRow {
	embedding_model: string;
	dimensions: number;
}

export function markChanged(database: DatabaseSync, knowledgeBase: string): void {
	database
		.prepare('UPDATE knowledge_bases SET change_id = lower(hex(randomblob(8))) WHERE name = ?')
		.run(knowledgeBase);
}

/** The knowledge base row is created on its first document; a different model is refused. */
function claimKnowledgeBase(
	database: DatabaseSync,
	knowledgeBase: string,
	model: string,
	dimensions: number,
): void {
	database
		.prepare(
			`INSERT OR IGNORE INTO knowledge_bases (name, embedding_model, dimensions, change_id, created_at)
			VALUES (?, ?, ?, '', ?)`,
		)
		.run(knowledgeBase, model, dimensions, new Date().toISOString());
	const recorded = database
		.prepare('SELECT embedding_model, dimensions FROM knowledge_bases WHERE name = ?')
		.get(knowledgeBase) as unknown as KnowledgeBaseRow;

	if (recorded.embedding_model !== model) {
		throw modelMismatch(knowledgeBase, recorded.embedding_model, model);
	}
	if (recorded.dimensions !== dimensions) {
		throw new KnowledgeError(
			'invalidEmbeddings',
			`The model "${model}" returned vectors of ${dimensions} numbers, but the knowledge base "${knowledgeBase}" holds vectors of ${recorded.dimensions}.`,
			'Keep the same model and dimensions, or clear the knowledge base to rebuild it.',
		);
	}
}

export function deletePassages(database: DatabaseSync, knowledgeBase: string, documentId?: string) {
	const scope = documentId === undefined ? '' : ' AND document_id = ?';
	const parameters = documentId === undefined ? [knowledgeBase] : [knowledgeBase, documentId];
	database
		.prepare(
			`DELETE FROM passages_keywords WHERE rowid IN
			(SELECT id FROM passages WHERE knowledge_base = ?${scope})`,
		)
		.run(...parameters);
	database.prepare(`DELETE FROM passages WHERE knowledge_base = ?${scope}`).run(...parameters);
}

function insertPassages(database: DatabaseSync, knowledgeBase: string, document: StoredDocument) {
	const insertPassage = database.prepare(
		`INSERT INTO passages
		(knowledge_base, document_id, position, section, heading, text, fields, content_hash, embedding)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	);
	const insertKeywords = database.prepare(
		'INSERT INTO passages_keywords (rowid, title, heading, body) VALUES (?, ?, ?, ?)',
	);

	document.passages.forEach((passage, position) => {
		const { lastInsertRowid } = insertPassage.run(
			knowledgeBase,
			document.id,
			position,
			passage.section,
			passage.heading,
			passage.text,
			passage.fields ? JSON.stringify(passage.fields) : null,
			passage.contentHash,
			vectorToBytes(document.embeddings[position]),
		);
		const { title, heading, body } = passage.keywords;
		insertKeywords.run(lastInsertRowid, title, heading, body);
	});
}

/** One transaction: a run killed half way leaves the old document or the new one, never a mix. */
export function writeDocument(
	database: DatabaseSync,
	knowledgeBase: string,
	model: string,
	document: StoredDocument,
): 'written' | 'unchanged' {
	return inWriteTransaction(database, () => {
		claimKnowledgeBase(database, knowledgeBase, model, document.embeddings[0].length);

		const stored = database
			.prepare('SELECT content_hash FROM documents WHERE knowledge_base = ? AND id = ?')
			.get(knowledgeBase, document.id);
		if (stored?.content_hash === document.contentHash) return 'unchanged';

		deletePassages(database, knowledgeBase, document.id);
		database
			.prepare(
				`INSERT OR REPLACE INTO documents
				(knowledge_base, id, title, source, metadata, content_hash, passage_count, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			)
			.run(
				knowledgeBase,
				document.id,
				document.title,
				document.source,
				JSON.stringify(document.metadata),
				document.contentHash,
				document.passages.length,
				new Date().toISOString(),
			);
		insertPassages(database, knowledgeBase, document);
		markChanged(database, knowledgeBase);
		return 'written';
	});
}
