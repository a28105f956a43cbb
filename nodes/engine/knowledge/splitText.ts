export type Measure = (text: string) => number;

/** A line, or part of a line too long for a passage; `startsLine` keeps list items apart. */
interface Unit {
	text: string;
	startsLine: boolean;
}

function sentencesOf(line: string): string[] {
	return line.split(/(?<=[.!?…;])\s+(?=\S)/).filter(Boolean);
}

/** Cuts at word boundaries a sentence that alone is longer than a passage. */
function wordPieces(sentence: string, maximumSize: number, measure: Measure): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const word of sentence.split(/\s+/)) {
		const candidate = piece ? `${piece} ${word}` : word;
		if (piece && measure(candidate) > maximumSize) {
			pieces.push(piece);
			piece = word;
		} else {
			piece = candidate;
		}
	}
	if (piece) pieces.push(piece);
	return pieces;
}

function unitsOf(text: string, maximumSize: number, measure: Measure): Unit[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.flatMap((line) => {
			const parts =
				measure(line) <= maximumSize
					? [line]
					: sentencesOf(line).flatMap((sentence) =>
							measure(sentence) > maximumSize
								? wordPieces(sentence, maximumSize, measure)
								: [sentence],
						);
			return parts.map((part, index) => ({ text: part, startsLine: index === 0 }));
		});
}

function join(units: Unit[]): string {
	return units
		.map((unit, index) => (index === 0 ? unit.text : `${unit.startsLine ? '\n' : ' '}${unit.text}`))
		.join('');
}

/** The last units of a passage that fit in the overlap, to start the next one with. */
function overlapTail(units: Unit[], overlap: number, measure: Measure): Unit[] {
	const tail: Unit[] = [];
	for (let index = units.length - 1; index > 0; index--) {
		if (measure(join([units[index], ...tail])) > overlap) break;
		tail.unshift(units[index]);
	}
	return tail;
}

/**
 * Splits prose between lines, or inside a line at sentence ends, into pieces no longer than
 * the maximum; each piece starts with the end of the one before, up to the overlap.
 */
export function splitText(
	text: string,
	maximumSize: number,
	overlap: number,
	measure: Measure,
): string[] {
	const pieces: string[] = [];
	let current: Unit[] = [];
	let fresh = 0;

	for (const unit of unitsOf(text, maximumSize, measure)) {
		if (fresh > 0 && measure(join([...current, unit])) > maximumSize) {
			pieces.push(join(current));
			current = overlapTail(current, overlap, measure);
			while (current.length > 0 && measure(join([...current, unit])) > maximumSize) {
				current.shift();
			}
			fresh = 0;
		}
		current.push(unit);
		fresh++;
	}
	if (fresh > 0) pieces.push(join(current));

	return pieces;
}
