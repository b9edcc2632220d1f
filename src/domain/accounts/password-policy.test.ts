import { describe, expect, it } from 'vitest';
import { assertStrongPassword } from './password-policy.ts';

const refusal = (password: string, personal?: string[]) =>
  assertStrongPassword(password, personal).then(
    () => null,
    (error: { code: string; fieldErrors: unknown }) => ({ code: error.code, fieldErrors: error.fieldErrors }),
  );

describe('the password policy', () => {
  it.each([
    ['twelve spaces', '            '],
    ['one letter repeated', 'aaaaaaaaaaaa'],
    ['a common password with digits', 'password1234'],
    ['a keyboard walk', 'qwertyuiop[]'],
    ['a keyboard walk down the columns', '1qaz2wsx3edc'],
    ['a sequence', 'abcdefghijkl'],
  ])('refuses %s, naming the password field', async (_name, password) => {
    expect(await refusal(password)).toEqual({
      code: 'password_too_weak',
      fieldErrors: [{ path: 'password', code: 'password_too_weak' }],
    });
  });

  it('accepts a passphrase of unrelated words', async () => {
    expect(await refusal('correct horse battery staple')).toBeNull();
  });

  it("counts the account's own e-mail and name as known to a guesser", async () => {
    expect(await refusal('nargesrezaei2025')).toBeNull();
    expect(await refusal('nargesrezaei2025', ['narges.rezaei@golestan.example', 'Narges Rezaei'])).not.toBeNull();
  });
});
