import { addDocuments, SqliteKnowledgeStore } from '../../../../nodes/engine/knowledge';
import { countingEmbedder } from './embedders';
import { generatedCatalog } from './generatedDocuments';

/*
 * Run by the tests in a process of its own: node ingestChild.ts <database> <ids> <rows> <rounds>.
 * Ingests the catalogs named in <ids> (comma separated), round after round with a new version
 * each time, and prints "written <id> <version>" after each document.
 */
async function main() {
	const [path, ids, rows, rounds] = process.argv.slice(2);
	const store = SqliteKnowledgeStore.open(path);
	const embedder = countingEmbedder();

	for (let round = 1; round <= Number(rounds); round++) {
		for (const id of ids.split(',')) {
			const document = generatedCatalog(id, round, Number(rows));
			await addDocuments(store, 'shop', embedder, [document], { batchSize: 64 });
			process.stdout.write(`written ${id} ${round}\n`);
		}
	}
	await store.close();
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exit(1);
});
