export interface TaxIdVerdict {
	valid: boolean;
	/** What the id is or was taken for, such as "Spanish CIF" or "German VAT number". */
	kind: string;
	/** Why it is invalid: the wrong shape, or a check digit that does not match. */
	failure?: 'format' | 'checkDigit';
}

const personalLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
const cifLetters = 'JABCDEFGHI';

/** Entity kinds whose CIF ends in a digit, and those whose CIF ends in a letter. */
const cifTakesDigit = new Set('ABEH');
const cifTakesLetter = new Set('NPQRSW');

function personalLetter(digits: string): string {
	return personalLetters[Number(digits) % 23];
}

function checkPersonal(id: string, kind: string, digits: string): TaxIdVerdict {
	const valid = id.endsWith(personalLetter(digits));
	return valid ? { valid, kind } : { valid, kind, failure: 'checkDigit' };
}

function cifControlDigit(digits: string): number {
	let sum = 0;
	[...digits].forEach((character, index) => {
		const digit = Number(character);
		if (index % 2 === 1) {
			sum += digit;
			return;
		}
		const doubled = digit * 2;
		sum += Math.floor(doubled / 10) + (doubled % 10);
	});
	return (10 - (sum % 10)) % 10;
}

function checkCif(id: string): TaxIdVerdict {
	const kind = 'Spanish CIF';
	const [entity, digits, control] = [id[0], id.slice(1, 8), id[8]];
	const expected = cifControlDigit(digits);
	const digitMatches = control === String(expected);
	const letterMatches = control === cifLetters[expected];

	const takesLetter = cifTakesLetter.has(entity) || digits.startsWith('00');
	const valid = cifTakesDigit.has(entity)
		? digitMatches
		: takesLetter
			? letterMatches
			: digitMatches || letterMatches;
	return valid ? { valid, kind } : { valid, kind, failure: 'checkDigit' };
}

/**
 * Checks a Spanish NIF (without the ES prefix, normalised): a DNI (8 digits and a letter), a
 * NIE (X, Y or Z, 7 digits and a letter), a NIF for K, L or M, or a CIF (a letter for the kind
 * of entity, 7 digits and a control digit or letter, as the entity kind requires).
 */
export function checkSpanishTaxId(id: string): TaxIdVerdict {
	if (/^\d{8}[A-Z]$/.test(id)) return checkPersonal(id, 'Spanish DNI', id.slice(0, 8));

	if (/^[XYZ]\d{7}[A-Z]$/.test(id)) {
		const digits = `${'XYZ'.indexOf(id[0])}${id.slice(1, 8)}`;
		return checkPersonal(id, 'Spanish NIE', digits);
	}

	if (/^[KLM]\d{7}[A-Z]$/.test(id)) return checkPersonal(id, 'Spanish NIF', id.slice(1, 8));

	if (/^[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]$/.test(id)) return checkCif(id);

	return { valid: false, kind: 'Spanish NIF', failure: 'format' };
}

/** Whether an id without a country prefix has the look of a Spanish NIF, even a mistyped one. */
export function looksSpanish(id: string): boolean {
	return /^[0-9A-Z]\d{6,8}[0-9A-Z]$/.test(id) && /[A-Z]/.test(id);
}
