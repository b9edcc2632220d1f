import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SigningKey } from './model.ts';

/**
 * A badge token is `base64url(keyId ‖ badgeId ‖ mac)`: one byte naming the signing key (so keys
 * can be rotated while old badges stay readable), the badge's 16-byte uuid, and the first 16
 * bytes (128 bits) of HMAC-SHA256 over a purpose label, the key id and the badge id. 33 bytes
 * make 44 characters with no padding, small enough for a version 3 QR code.
 */
const MAC_BYTES = 16;
const UUID_BYTES = 16;
const TOKEN_BYTES = 1 + UUID_BYTES + MAC_BYTES;
const TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 8) / 6);
// Keeps a MAC made for a badge from being valid for anything else that might share the key.
const PURPOSE = Buffer.from('caspian-bridge/badge/v1');
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;

export const MAX_SIGNING_KEY_ID = 255;

export type ParsedBadgeToken = { keyId: number; badgeId: string; mac: Buffer };

export type TokenParse = { ok: true; token: ParsedBadgeToken } | { ok: false; code: 'badge_token_invalid' };

function uuidToBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function macOf(keyId: number, badgeId: Buffer, secret: Buffer): Buffer {
  return createHmac('sha256', secret)
    .update(PURPOSE)
    .update(Buffer.of(keyId))
    .update(badgeId)
    .digest()
    .subarray(0, MAC_BYTES);
}

export function encodeBadgeToken(badgeId: string, key: SigningKey): string {
  if (!UUID_PATTERN.test(badgeId)) throw new RangeError('A badge id is a lower-case uuid');
  if (!Number.isInteger(key.id) || key.id < 1 || key.id > MAX_SIGNING_KEY_ID)
    throw new RangeError('A signing key id fits in one byte');
  const id = uuidToBytes(badgeId);
  return Buffer.concat([Buffer.of(key.id), id, macOf(key.id, id, key.secret)]).toString('base64url');
}

/** Spaces and line breaks are dropped, so a code typed from the printed badge in groups still reads. */
export function normaliseTypedToken(input: string): string {
  return input.replace(/\s+/g, '');
}

/** Reads the parts of a token without trusting them: only `isBadgeTokenSignedBy` does that. */
export function parseBadgeToken(token: string): TokenParse {
  if (token.length !== TOKEN_LENGTH || !BASE64URL_PATTERN.test(token))
    return { ok: false, code: 'badge_token_invalid' };
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== TOKEN_BYTES || bytes[0] === 0) return { ok: false, code: 'badge_token_invalid' };
  return {
    ok: true,
    token: {
      keyId: bytes[0]!,
      badgeId: bytesToUuid(bytes.subarray(1, 1 + UUID_BYTES)),
      mac: bytes.subarray(1 + UUID_BYTES),
    },
  };
}

/** Constant-time comparison, so that timing does not reveal how much of a forged MAC was right. */
export function isBadgeTokenSignedBy(token: ParsedBadgeToken, key: SigningKey): boolean {
  if (token.keyId !== key.id) return false;
  const expected = macOf(key.id, uuidToBytes(token.badgeId), key.secret);
  return token.mac.length === expected.length && timingSafeEqual(token.mac, expected);
}

/** The token as printed under the QR code: groups of four characters, easier to read out and type. */
export function groupTokenForPrint(token: string): string {
  return token.match(/.{1,4}/g)!.join(' ');
}
