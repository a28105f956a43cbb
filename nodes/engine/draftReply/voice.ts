export type Channel = 'email' | 'whatsapp' | 'chat' | 'other';

export type Formality = 'formal' | 'informal' | 'matchMessage';

export interface VoiceProfile {
	companyName: string;
	signature: string;
	formality: Formality;
	alwaysSay: string;
	neverSay: string;
	exampleReplies: string[];
}

export interface DraftSettings {
	voice: VoiceProfile;
	/** ISO 639-1 code, or empty to answer in the message's language. */
	language: string;
	whatsAppMaximumCharacters: number;
	extraInstructions: string;
}

export const languageNames: Record<string, string> = {
	es: 'Spanish',
	en: 'English',
	ca: 'Catalan',
	eu: 'Basque',
	gl: 'Galician',
	pt: 'Portuguese',
	fr: 'French',
	de: 'German',
	it: 'Italian',
	nl: 'Dutch',
};
