import { embedTexts } from './embedding';
import { KnowledgeError, modelMismatch } from './errors';
import { fuseHits, scoreSingleList, type FusedHit } from './fusion';
import { queryTerms } from './keywords';
import { requireKnowledgeBaseName, validateTopK } from './options';
import type { HitQuery, KnowledgeStore, PassageHit } from './store';
import type { Embedder, SearchOptions, SearchResult } from './types';

// Each list brings more candidates than asked for, so fusion has something to choose from.
const candidatesPerResult = 4;
const fewestCandidates = 20;

function resultOf({ hit, score, keywordScore, vectorScore }: FusedHit): SearchResult {
	const citation = hit.section ? `${hit.documentId}#${hit.section}` : hit.documentId;
	const { passageKey: _passageKey, score: _score, ...passage } = hit;
	return { ...passage, citation, score, keywordScore, vectorScore };
}

async function vectorHits(
	store: KnowledgeStore,
	knowledgeBase: string,
	embedder: Embedder,
	question: string,
	query: HitQuery,
): Promise<PassageHit[]> {
	const known = await store.knowledgeBase(knowledgeBase);
	if (!known) return [];
	if (known.embeddingModel !== embedder.model) {
		throw modelMismatch(knowledgeBase, known.embeddingModel, embedder.model);
	}

	const [vector] = await embedTexts(embedder, [question], 'query');
	return await store.vectorSearch(knowledgeBase, vector, query);
}

/** The passages that best answer a question: by keywords, by meaning, or both fused. */
export async function searchKnowledge(
	store: KnowledgeStore,
	knowledgeBase: string,
	embedder: Embedder | undefined,
	question: string,
	options: SearchOptions = {},
): Promise<SearchResult[]> {
	const name = requireKnowledgeBaseName(knowledgeBase);
	const { mode = 'hybrid', topK = 5, minimumScore = 0, filters = {}, fusion = 'score' } = options;
	validateTopK(topK);
	const query = { limit: Math.max(topK * candidatesPerResult, fewestCandidates), filters };

	if (mode !== 'keyword' && !embedder) {
		throw new KnowledgeError(
			'invalidOption',
			`The ${mode} search needs an embedding model.`,
			'Choose the embedding model the knowledge base was built with, or search by keywords only.',
		);
	}

	const [keyword, vector] = await Promise.all([
		mode !== 'vector' ? store.keywordSearch(name, queryTerms(question), query) : [],
		mode !== 'keyword' ? vectorHits(store, name, embedder!, question, query) : [],
	]);

	const scored =
		mode === 'hybrid'
			? fuseHits(keyword, vector, fusion)
			: scoreSingleList(mode === 'keyword' ? keyword : vector, mode);
	return scored
		.filter((entry) => entry.score >= minimumScore)
		.slice(0, topK)
		.map(resultOf);
}
