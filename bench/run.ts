import { compareAnswerRoutes } from './answerComparison';
import { benchmarkClassify } from './classifyBench';
import { benchmarkDraftReply } from './draftBench';
import { benchmarkInvoices } from './invoiceBench';
import { compareInvoiceRoutes } from './invoiceComparison';
import { benchmarkKnowledge } from './knowledgeBench';
import { measureKnowledgeQuality } from './knowledgeQuality';
import { compareWithTextClassifier } from './textClassifierComparison';

/** Prints the figures; run through scripts/bench.sh, which builds this folder first. */
async function main() {
	const results = [
		await benchmarkClassify(),
		...(await compareWithTextClassifier()),
		...(await benchmarkInvoices()),
		...(await compareInvoiceRoutes()),
		await benchmarkKnowledge(),
		{
			node: 'Knowledge base search quality (stand-in embeddings as bge-m3, qa.jsonl)',
			...(await measureKnowledgeQuality()),
		},
		...(await compareAnswerRoutes()),
		await benchmarkDraftReply(),
	];
	for (const result of results) {
		process.stdout.write(`\n${result.node}\n`);
		for (const [name, value] of Object.entries(result)) {
			if (name !== 'node') process.stdout.write(`  ${name.padEnd(28)} ${value}\n`);
		}
	}
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exit(1);
});
