import type { DatabaseSync } from 'node:sqlite';

/** BEGIN IMMEDIATE takes the write lock at once, so two writers queue instead of deadlocking. */
export function inWriteTransaction<T>(database: DatabaseSync, work: () => T): T {
	database.exec('BEGIN IMMEDIATE');
	try {
		const result = work();
		database.exec('COMMIT');
		return result;
	} catch (error) {
		if (database.isTransaction) database.exec('ROLLBACK');
		throw error;
	}
}

/** One snapshot for several reads, so a writer in between cannot mix two states. */
export function inReadTransaction<T>(database: DatabaseSync, work: () => T): T {
	database.exec('BEGIN');
	try {
		return work();
	} finally {
		database.exec('COMMIT');
	}
}
