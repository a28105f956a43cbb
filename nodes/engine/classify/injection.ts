const steeringPatterns = [
	/\bignore (all |any )?(your |the )?(previous |prior |above )?instructions\b/i,
	/\bignora (todas )?(tus |las )?instrucciones\b/i,
	/^\s*\[?\s*(system|sistema)( note)?\s*[:\]]/im,
	/\b(ai|ia) assistants?\b|\basistente (autom[aá]tico|de ia)\b/i,
	/\bnote to (the )?(ai|assistant)\b/i,
];

/** Whether the message seems to address the model; the label stays inside the list anyway. */
export function looksLikeSteering(text: string): boolean {
	return steeringPatterns.some((pattern) => pattern.test(text));
}
