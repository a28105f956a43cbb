export interface Scored {
	id: number;
	score: number;
}

/** The best `limit` entries, best first, without sorting everything. */
export class TopScores {
	private readonly entries: Scored[] = [];

	constructor(private readonly limit: number) {}

	offer(id: number, score: number): void {
		const entries = this.entries;
		if (entries.length >= this.limit && score <= entries[entries.length - 1].score) return;

		let index = entries.length;
		while (index > 0 && entries[index - 1].score < score) index--;
		entries.splice(index, 0, { id, score });
		if (entries.length > this.limit) entries.pop();
	}

	best(): Scored[] {
		return [...this.entries];
	}
}
