// Longest first. Spanish and English endings on accent-folded words; a stem keeps three letters.
const suffixes = [
	'amientos',
	'imientos',
	'aciones',
	'uciones',
	'iciones',
	'amiento',
	'imiento',
	'aremos',
	'eremos',
	'iremos',
	'mente',
	'acion',
	'ucion',
	'icion',
	'ciones',
	'cion',
	'iendo',
	'ando',
	'amos',
	'emos',
	'imos',
	'ados',
	'adas',
	'idos',
	'idas',
	'ing',
	'ado',
	'ada',
	'ido',
	'ida',
	'ais',
	'eis',
	'ies',
	'es',
	'as',
	'os',
	'ar',
	'er',
	'ir',
	'ed',
	'a',
	'e',
	'o',
	's',
];

const shortestStem = 3;

/**
 * A light stemmer for Spanish and English together: questions mix both, and over-stemming
 * costs little because the passages go through the same function.
 */
export function stem(word: string): string {
	if (word.length <= shortestStem || /\d/.test(word)) return word;

	const suffix = suffixes.find(
		(ending) => word.endsWith(ending) && word.length - ending.length >= shortestStem,
	);
	return suffix ? word.slice(0, -suffix.length) : word;
}
