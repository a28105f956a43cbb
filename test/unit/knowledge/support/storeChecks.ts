import { DatabaseSync } from 'node:sqlite';

export interface StoredDocumentCheck {
	id: string;
	version: number;
	declaredPassages: number;
	passages: number;
	/** Passages whose text names another version than the document's metadata. */
	passagesOfOtherVersions: number;
}

/** Reads the file directly, as a second process would, to judge its consistency. */
export function inspectStore(path: string, knowledgeBase: string) {
	const database = new DatabaseSync(path, { readOnly: true });
	try {
		const documents = database
			.prepare(
				`SELECT d.id, json_extract(d.metadata, '$.version') AS version,
				d.passage_count AS declaredPassages,
				(SELECT count(*) FROM passages p WHERE p.knowledge_base = d.knowledge_base
					AND p.document_id = d.id) AS passages,
				(SELECT count(*) FROM passages p WHERE p.knowledge_base = d.knowledge_base
					AND p.document_id = d.id
					AND p.text NOT LIKE '%version ' || json_extract(d.metadata, '$.version') || ' row%')
					AS passagesOfOtherVersions
				FROM documents d WHERE d.knowledge_base = ? ORDER BY d.id`,
			)
			.all(knowledgeBase) as unknown as StoredDocumentCheck[];
		const count = (sql: string) => Number(database.prepare(sql).get()!.count);

		return {
			documents,
			passageRows: count('SELECT count(*) AS count FROM passages'),
			keywordRows: count('SELECT count(*) AS count FROM passages_keywords'),
			orphanPassages: count(
				`SELECT count(*) AS count FROM passages p WHERE NOT EXISTS (SELECT 1 FROM documents d
				WHERE d.knowledge_base = p.knowledge_base AND d.id = p.document_id)`,
			),
			integrity: String(database.prepare('PRAGMA integrity_check').get()!.integrity_check),
		};
	} finally {
		database.close();
	}
}

/**
 * Makes every document write pause for about two seconds once `position` passages are in,
 * inside its transaction, so a test can kill the writer there for certain. A trigger in the
 * test's own file; SQLite allows no sleep and no WITH in a trigger, hence the large join.
 */
export function stallWritesAtPassage(path: string, position: number): void {
	const database = new DatabaseSync(path);
	database.exec(`
		CREATE TABLE stall (x INTEGER);
		WITH RECURSIVE counter(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM counter WHERE x < 8000)
		INSERT INTO stall SELECT x FROM counter;
		CREATE TRIGGER stall_write AFTER INSERT ON passages WHEN NEW.position = ${position}
		BEGIN SELECT count(*) FROM stall a, stall b WHERE a.x + b.x >= 0; END;
	`);
	database.close();
}
