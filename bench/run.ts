import { benchmarkClassify } from './classifyBench';
import { compareWithTextClassifier } from './textClassifierComparison';

/** Prints the figures; run through scripts/bench.sh, which builds this folder first. */
async function main() {
	const results = [await benchmarkClassify(), ...(await compareWithTextClassifier())];
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
