/**
 * Month names and their printed abbreviations, without accents, in the languages of the
 * invoices we read: Spanish, Catalan, Galician, Portuguese, French, Italian, German, Dutch and
 * English. No two languages use one word for different months, so one table serves them all.
 */
const monthWords: Array<[number, string]> = [
	[1, 'enero ene gener gen xaneiro janeiro janvier janv gennaio'],
	[1, 'januar jaenner janner januari january jan'],
	[2, 'febrero feb febrer febr febreiro fevereiro fev fevrier fevr'],
	[2, 'febbraio februar feber februari february'],
	[3, 'marzo mar marc marco mars marz maerz mrz maart mrt march'],
	[4, 'abril abr avril avr aprile april apr'],
	[5, 'mayo may maig maio mai maggio mag mei'],
	[6, 'junio jun juny xuno junho juin giugno giu juni june'],
	[7, 'julio jul juliol xullo julho juillet juil luglio lug juli july'],
	[8, 'agosto ago agost ag aout august augustus aug'],
	[9, 'septiembre setiembre sep sept set setembre setembro septembre settembre september'],
	[10, 'octubre oct outubro out octobre ottobre ott oktober okt october'],
	[11, 'noviembre nov novembre novembro november'],
	[12, 'diciembre dic desembre des decembro dezembro dez decembre dicembre'],
	[12, 'dezember december dec'],
];

const monthByWord = new Map<string, number>(
	monthWords.flatMap(([month, words]) => words.split(' ').map((word) => [word, month] as const)),
);

export function withoutAccents(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The month (1-12) a word names in any of the languages above, or undefined. */
export function monthNumber(word: string): number | undefined {
	return monthByWord.get(withoutAccents(word.toLowerCase()).replace(/\.$/, ''));
}
