// The letters that tell the platform's scripts and Turkic alphabets apart, for the checks of the
// seed's word lists (taxonomy keywords, thesaurus).

export const CYRILLIC = /[\u0400-\u04FF]/;
export const LATIN = /[A-Za-z\u00C0-\u024F]/;
export const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** Persian writes ی and ک; the Arabic ي and ك are a different code point a reader cannot tell apart. */
export const ARABIC_YEH_KAF = /[\u064A\u0643]/;
/** Letters one Turkic Latin alphabet has and the other lacks. */
export const TURKMEN_ONLY = /[wäýňž]/;
export const AZERBAIJANI_ONLY = /[cqvxəığ]/;
export const KAZAKH_ONLY = /[әғқңөұүһі]/;
