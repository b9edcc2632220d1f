import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../../platform/errors/app-error.ts';

/**
 * zxcvbn's score from 0 to 4; 3 means "safely unguessable", some 10⁸ guesses, which argon2 makes
 * slow enough offline. Twelve spaces, `aaaaaaaaaaaa`, `password1234` and keyboard walks score 0 or 1.
 */
export const MIN_PASSWORD_SCORE = 3;

// zxcvbn's matching grows with the length; past this many characters a password is strong anyway.
const CHECKED_LENGTH = 128;

let estimator: Promise<ZxcvbnFactory> | null = null;

/**
 * The dictionaries (common passwords, names, English words, keyboard layouts: zxcvbn-ts's lists,
 * maintained upstream and shipped offline in the packages) take a third of a second to load, so
 * they are loaded on the first password set, once, and never at start-up.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
        maxLength: CHECKED_LENGTH,
      }),
  );
  return estimator;
}

/**
 * Refuses a password a guesser would try early. `personal` are the account's own words (its
 * e-mail, its name), which count as known to the guesser.
 */
export async function assertStrongPassword(password: string, personal: readonly string[] = []): Promise<void> {
  const words = personal
    .map((text) => text.toLowerCase())
    .flatMap((text) => [text, text.split('@')[0]!, text.replace(/[\s._-]+/g, ''), ...text.split(/[@.\s_-]+/)])
    .filter((word) => word.length > 2);
  const result = (await loadEstimator()).check(password, words);
  if (result.score < MIN_PASSWORD_SCORE) throw new AppError('password_too_weak', {}, { field: 'password' });
}
