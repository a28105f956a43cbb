/**
 * Month names and their printed abbreviations, without accents, in the languages of the
 * invoices we read: Spanish, Catalan, Galician, Portuguese, French, Italian, German, Dutch and
 * English. No two languages use one word for different months, so one table serves them all.
 */
const wordsByMonth: string[][] = [
	[
		'enero', 'ene', 'gener', 'gen', 'xaneiro', 'janeiro', 'janvier', 'janv', 'gennaio',
		'januar', 'jaenner', 'janner', 'januari', 'january', 'jan',
	],
	[
		'febrero', 'feb', 'febrer', 'febr', 'febreiro', 'fevereiro', 'fev', 'fevrier', 'fevr',
		'febbraio', 'februar', 'feber', 'februari', 'february',
	],
	['marzo', 'mar', 'marc', 'marco', 'mars', 'marz', 'maerz', 'mrz', 'maart', 'mrt', 'march'],
	['abril', 'abr', 'avril', 'avr', 'aprile', 'april', 'apr'],
	['mayo', 'may', 'maig', 'maio', 'mai', 'maggio', 'mag', 'mei'],
	['junio', 'jun', 'juny', 'xuno', 'junho', 'juin', 'giugno', 'giu', 'juni', 'june'],
	['julio', 'jul', 'juliol', 'xullo', 'julho', 'juillet', 'juil', 'luglio', 'lug', 'juli', 'july'],
	['agosto', 'ago', 'agost', 'ag', 'aout', 'august', 'augustus', 'aug'],
	[
		'septiembre', 'setiembre', 'sep', 'sept', 'set', 'setembre', 'setembro', 'septembre',
		'settembre', 'september',
	],
	['octubre', 'oct', 'outubro', 'out', 'octobre', 'ottobre', 'ott', 'oktober', 'okt', 'october'],
	['noviembre', 'nov', 'novembre', 'novembro', 'november'],
	[
		'diciembre', 'dic', 'desembre', 'des', 'decembro', 'dezembro', 'dez', 'decembre',
		'dicembre', 'dezember', 'december', 'dec',
	],
];

const monthByWord = new Map<string, number>(
	wordsByMonth.flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
);

export function withoutAccents(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The month (1-12) a word names in any of the languages above, or undefined. */
export function monthNumber(word: string): number | undefined {
	return monthByWord.get(withoutAccents(word.toLowerCase()).replace(/\.$/, ''));
}
