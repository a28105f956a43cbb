import { deriveLogprob, splitIntoTokens } from '../tokens';
import type { Logprob, ScriptedReply } from '../types';

export const defaultThinking = 'Let me think about what is asked before I answer.';

export interface Piece {
	content: string;
	thinking: string;
	logprobs?: Logprob[];
}

export interface PiecePlan {
	pieces: Piece[];
	evalCount: number;
	doneReason: 'stop' | 'length';
}

export interface PieceSettings {
	thinks: boolean;
	logprobs: boolean;
	topLogprobs: number;
	maximumTokens: number;
}

function contentPieces(reply: ScriptedReply, settings: PieceSettings): Piece[] {
	const scripted = reply.logprobs;
	if (scripted && scripted.map((entry) => entry.token).join('') === reply.content) {
		return scripted.map((entry) => ({
			content: entry.token,
			thinking: '',
			logprobs: settings.logprobs ? [entry] : undefined,
		}));
	}

	if (scripted) {
		const logprobs = settings.logprobs ? scripted : undefined;
		return [{ content: reply.content, thinking: '', logprobs }];
	}

	return splitIntoTokens(reply.content).map((token) => ({
		content: token,
		thinking: '',
		logprobs: settings.logprobs ? [deriveLogprob(token, settings.topLogprobs)] : undefined,
	}));
}

/** One piece a streamed chunk: thinking first, then the answer, cut at num_predict. */
export function planPieces(reply: ScriptedReply, settings: PieceSettings): PiecePlan {
	const thinking = settings.thinks ? (reply.thinking ?? defaultThinking) : '';
	const thinkingPieces = splitIntoTokens(thinking).map((token) => ({
		content: '',
		thinking: token,
	}));
	const allPieces: Piece[] = [...thinkingPieces, ...contentPieces(reply, settings)];

	const isCut = settings.maximumTokens > 0 && allPieces.length > settings.maximumTokens;
	const pieces = isCut ? allPieces.slice(0, settings.maximumTokens) : allPieces;

	return {
		pieces,
		evalCount: pieces.length,
		doneReason: isCut ? 'length' : (reply.doneReason ?? 'stop'),
	};
}
