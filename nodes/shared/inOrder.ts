/** Runs work for every index with at most `limit` in flight; results keep the input order. */
export async function mapInOrder<T>(
	count: number,
	limit: number,
	work: (index: number) => Promise<T>,
): Promise<T[]> {
	const results = new Array<T>(count);
	let next = 0;

	const worker = async () => {
		while (next < count) {
			const index = next++;
			results[index] = await work(index);
		}
	};

	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
	return results;
}
