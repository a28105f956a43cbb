import { findClaims, type Claim } from './claims';

export interface GroundingResult {
	grounded: boolean;
	unsupported: Claim[];
}

// Amounts and plain numbers share one key, so 27,95 € in a draft matches 27.95 in a catalog.
function keysOf(sources: string[]): Set<string> {
	return new Set(sources.flatMap((source) => findClaims(source)).map((claim) => claim.key));
}

/**
 * Whether every number, price, percentage, date, time and product code in the text appears
 * in the sources (however it is written there). What does not is returned, for the reason.
 */
export function checkGrounding(text: string, sources: string[]): GroundingResult {
	const known = keysOf(sources);
	const unsupported = findClaims(text).filter((claim) => !known.has(claim.key));
	const unique = unsupported.filter(
		(claim, index) => unsupported.findIndex((other) => other.key === claim.key) === index,
	);
	return { grounded: unique.length === 0, unsupported: unique };
}

export function describeUnsupported(claims: Claim[]): string {
	return claims.map((claim) => `"${claim.text}"`).join(', ');
}
