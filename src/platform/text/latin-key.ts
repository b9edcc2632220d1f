import { normaliseText } from './normalise-text.ts';

/**
 * Cyrillic letters of Russian and Kazakh as the Latin spellings of the region write them: «ш» is
 * "sh" in Azerbaijani and Turkmen texts about the same place (ş), so both end as "sh" below.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  // Azerbaijani Cyrillic, still read in Dagestan and by older writers: ј is y, ҹ is c, ҝ is g.
  ј: 'y',
  ҹ: 'c',
  ҝ: 'g',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Letters of Azerbaijani and Turkmen Latin (and a few Western ones) folded to the same plain spelling. */
const LATIN_TO_PLAIN: Record<string, string> = {
  ə: 'a',
  ä: 'a',
  á: 'a',
  à: 'a',
  â: 'a',
  ç: 'ch',
  ğ: 'g',
  ı: 'i',
  í: 'i',
  î: 'i',
  ñ: 'n',
  ň: 'n',
  ö: 'o',
  ó: 'o',
  ş: 'sh',
  ü: 'u',
  ú: 'u',
  û: 'u',
  ý: 'y',
  ž: 'zh',
  é: 'e',
  è: 'e',
  ê: 'e',
};

/**
 * Spellings that differ between the region's romanisations but sound alike: "kh"/"x"/"h"
 * (Astrakhan, Həştərxan, Астрахань), "y"/"i" (Türkmenbaşy, Turkmenbashi), "w"/"v" (Turkmen w),
 * "q"/"k", "dzh"/"j", doubled letters.
 */
const SOUND_ALIKE: readonly [RegExp, string][] = [
  [/dzh|dj/g, 'j'],
  [/kh|x/g, 'h'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * Persian letters as Latin, the way Persian words are typed in Latin letters ("khaviar", "sardkhane")
 * and the way loanwords sound in the region's other languages («انسولین», «инсулин»). Short vowels are
 * not written in Persian, so only the letters there are become a key; ث س ص all sound s, and so on.
 */
const PERSIAN_TO_LATIN: Record<string, string> = {
  ا: 'a',
  آ: 'a',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  و: 'v',
  ه: 'h',
  ی: 'y',
  ء: '',
  ئ: 'y',
  ؤ: 'v',
};
const PERSIAN = /[\u0600-\u06FF]/g;
/** A final ه is the vowel e (خانه, khane); و inside a word, not after ا, is the vowel u (انسولین). */
const FINAL_HEH = /ه(?=$|[^\u0600-\u06FF])/g;
const VOWEL_VAV = /(?<=[\u0600-\u06FF])(?<!ا)و/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN_WITH_MARKS = /[əäáàâçğıíîñňöóşüúûýžéèê]/g;

/**
 * Raised whenever `latinKey` (or `normaliseText`) gives other keys than before: keys stored with an
 * older version no longer meet a query's, so the search index is re-keyed on the next start.
 * 2: Persian written in Latin letters; Azerbaijani Cyrillic ј ҹ ҝ.
 */
export const SPELLING_KEY_VERSION = 2;

/**
 * A spelling key in plain Latin letters where the Cyrillic and Latin spellings of one word meet:
 * «Түркменбашы», «Туркменбаши», "Türkmenbaşy" and "Turkmenbashi" all give "turkmenbashi".
 * Persian is written in Latin letters too (a skeleton without its unwritten short vowels), so
 * "khaviar" typed in Latin meets «خاویار»; the evaluation set measured it (nDCG@10 0.771 → 0.786).
 * Letters of other scripts pass through. Used for indexing and for querying alike.
 */
export function latinKey(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return keyOf(text);
  let key = memo.get(text);
  if (key === undefined) {
    if (memo.size >= MEMO_CAPACITY) memo.clear();
    key = keyOf(text);
    memo.set(text, key);
  }
  return key;
}

/**
 * Keys of single words, kept: a search keys every word of the snippets it shows, and the seed
 * every word it indexes, most of them many times over; a dozen regular expressions per word
 * made keying a tenth of a search's time.
 */
const memo = new Map<string, string>();
const MEMO_CAPACITY = 100_000;
const MEMO_MAX_LENGTH = 40;

function keyOf(text: string): string {
  let key = normaliseText(text)
    .replace(FINAL_HEH, 'e')
    .replace(VOWEL_VAV, 'u')
    .replace(PERSIAN, (letter) => PERSIAN_TO_LATIN[letter] ?? letter)
    .replace(CYRILLIC, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter)
    .replace(LATIN_WITH_MARKS, (letter) => LATIN_TO_PLAIN[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  for (const [pattern, replacement] of SOUND_ALIKE) key = key.replace(pattern, replacement);
  return key;
}
