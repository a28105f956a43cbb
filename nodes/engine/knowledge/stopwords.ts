// Words that say how a question is asked, not what it is about, in Spanish and English.
const spanish = `
	a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con
	contra cual cuales cualquier cuando cuanta cuantas cuanto cuantos de del desde donde dos
	durante e el ella ellas ello ellos en entre era eran es esa esas ese eso esos esta
	estais estamos estan estar estas este esto estos estoy fue fueron ha habeis hace haceis
	hacen hacer hay he hemos la las le les lo los mas me mi mis mucho muchos muy nada ni no
	nos nosotros o os otra otras otro otros para pero poco por porque puede pueden puedo que
	quien quienes quiero se sea ser si sin sobre son su sus tambien te teneis tenemos tener
	tengo ti tiene tienen toda todas todo todos tu tus un una unas uno unos usted ustedes
	vosotros y ya yo
`;

const english = `
	a about am an and any are as at be been but by can could did do does for from had has
	have how i if in into is it its me my no not of on or our please so some than that the
	their them then there these they this to u us was we were what when where which who why
	will with would you your
`;

const stopwords = new Set(`${spanish} ${english}`.trim().split(/\s+/));

export function isStopword(word: string): boolean {
	return stopwords.has(word);
}
