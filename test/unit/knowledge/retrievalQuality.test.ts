import { measureKnowledgeQuality } from '../../../bench/knowledgeQuality';

/*
 * The stand-in's embeddings share words and word pieces, not meaning, so vector search here
 * is a floor: a real embedding model also links "helmet" to "casco". The bounds guard against
 * regressions in chunking, keyword handling and fusion, not against a weak model.
 */
describe('retrieval quality on the shop questions', () => {
	it.each(['bge-m3', 'nomic-embed-text'])(
		'finds an expected source in the top results for most answerable questions (%s)',
		async (model) => {
			const figures = await measureKnowledgeQuality({ model });
			console.log(`Retrieval on qa.jsonl with ${model}: ${JSON.stringify(figures)}`);

			expect(figures.questions).toBe(24);
			expect(figures.keywordTop5).toBeGreaterThanOrEqual(0.8);
			expect(figures.vectorTop5).toBeGreaterThanOrEqual(0.4);
			expect(figures.hybridTop3).toBeGreaterThanOrEqual(0.75);
			expect(figures.hybridTop5).toBeGreaterThanOrEqual(figures.keywordTop5 - 0.05);
			expect(figures.hybridTop5).toBeGreaterThanOrEqual(figures.vectorTop5);
		},
	);

	it('measures score fusion at least as good as rank fusion', async () => {
		const byScore = await measureKnowledgeQuality({ fusion: 'score' });
		const byRank = await measureKnowledgeQuality({ fusion: 'rank' });
		console.log(
			`Hybrid by score: ${JSON.stringify(byScore)}\nHybrid by rank: ${JSON.stringify(byRank)}`,
		);

		expect(byScore.hybridReciprocalRank).toBeGreaterThanOrEqual(byRank.hybridReciprocalRank);
	});
});
