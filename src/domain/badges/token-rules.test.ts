import { describe, expect, it } from 'vitest';
import {
  encodeBadgeToken,
  groupTokenForPrint,
  isBadgeTokenSignedBy,
  normaliseTypedToken,
  parseBadgeToken,
  type ParsedBadgeToken,
} from './token-rules.ts';

const key = { id: 1, secret: Buffer.alloc(32, 7) };
const otherKey = { id: 1, secret: Buffer.alloc(32, 8) };
const rotatedKey = { id: 2, secret: Buffer.alloc(32, 7) };
const badgeId = '3f2b8c1e-5a4d-4e6f-9b7a-0c1d2e3f4a5b';
const otherBadgeId = 'a1b2c3d4-e5f6-4789-8abc-def012345678';

function verify(token: string, withKey = key): boolean {
  const parsed = parseBadgeToken(token);
  return parsed.ok && isBadgeTokenSignedBy(parsed.token, withKey);
}

function flipCharacter(token: string, index: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const next = alphabet[(alphabet.indexOf(token[index]!) + 1) % alphabet.length]!;
  return token.slice(0, index) + next + token.slice(index + 1);
}

describe('badge tokens', () => {
  const token = encodeBadgeToken(badgeId, key);

  it('are 44 url-safe characters that name their key and badge', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{44}$/);
    const parsed = parseBadgeToken(token);
    expect(parsed.ok && { keyId: parsed.token.keyId, badgeId: parsed.token.badgeId }).toEqual({ keyId: 1, badgeId });
    expect(verify(token)).toBe(true);
  });

  it('carry at least 128 bits of MAC', () => {
    const parsed = parseBadgeToken(token) as { ok: true; token: ParsedBadgeToken };
    expect(parsed.token.mac.length * 8).toBeGreaterThanOrEqual(128);
  });

  it('refuse any single changed character', () => {
    for (let index = 0; index < token.length; index += 1)
      expect(verify(flipCharacter(token, index)), `character ${index}`).toBe(false);
  });

  it('refuse a token signed with another secret', () => {
    expect(verify(encodeBadgeToken(badgeId, otherKey))).toBe(false);
  });

  it('refuse a token whose key id names another key', () => {
    expect(verify(token, rotatedKey)).toBe(false);
    expect(verify(encodeBadgeToken(badgeId, rotatedKey), rotatedKey)).toBe(true);
  });

  it("refuse a badge id carrying another badge's MAC", () => {
    const other = Buffer.from(encodeBadgeToken(otherBadgeId, key), 'base64url');
    const mine = Buffer.from(token, 'base64url');
    const spliced = Buffer.concat([mine.subarray(0, 17), other.subarray(17)]).toString('base64url');
    expect(verify(spliced)).toBe(false);
  });

  it('refuse truncated, lengthened and garbage tokens without throwing', () => {
    for (const garbage of [
      token.slice(0, 43),
      token.slice(0, 22),
      `${token}A`,
      '',
      'not a token',
      '!'.repeat(44),
      `${token.slice(0, 43)}=`,
      'A'.repeat(44),
    ]) {
      expect(parseBadgeToken(garbage).ok, garbage).toBe(false);
    }
  });

  it('read back from the grouped print with spaces', () => {
    expect(groupTokenForPrint(token).split(' ')).toHaveLength(11);
    expect(verify(normaliseTypedToken(` ${groupTokenForPrint(token)}\n`))).toBe(true);
  });

  it('are only made for well-formed badge ids and one-byte key ids', () => {
    expect(() => encodeBadgeToken('not-a-uuid', key)).toThrow(RangeError);
    expect(() => encodeBadgeToken(badgeId, { id: 256, secret: key.secret })).toThrow(RangeError);
  });
});
