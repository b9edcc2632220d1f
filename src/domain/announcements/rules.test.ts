import { describe, expect, it } from 'vitest';
import type { Audience, Reader } from './model.ts';
import { findAnnouncementProblems, isAddressedTo, textForReader } from './rules.ts';

const EDITION = 'summit-2025';
const reader = (extra: Partial<Reader> = {}): Reader => ({
  userId: 'u-1',
  role: 'buyer',
  provinceId: null,
  delegations: [],
  sessionIds: [],
  ...extra,
});
const to = (audience: Audience, editionId = EDITION) => ({ editionId, audience });

describe('who an announcement is addressed to', () => {
  it('reaches everyone signed in when meant for everyone', () => {
    expect(isAddressedTo(to({ kind: 'everyone' }), reader())).toBe(true);
  });

  it('reaches the accounts of one role only', () => {
    expect(isAddressedTo(to({ kind: 'role', role: 'exhibitor' }), reader({ role: 'exhibitor' }))).toBe(true);
    expect(isAddressedTo(to({ kind: 'role', role: 'exhibitor' }), reader({ role: 'buyer' }))).toBe(false);
  });

  it("reaches a delegation's members by their account's province", () => {
    const gilan = to({ kind: 'delegation', provinceId: 'gilan' });
    expect(isAddressedTo(gilan, reader({ role: 'delegation_member', provinceId: 'gilan' }))).toBe(true);
    expect(isAddressedTo(gilan, reader({ role: 'delegation_member', provinceId: 'balkan' }))).toBe(false);
  });

  it('does not take the province of an exhibitor or buyer account as delegation membership', () => {
    expect(
      isAddressedTo(
        to({ kind: 'delegation', provinceId: 'gilan' }),
        reader({ role: 'exhibitor', provinceId: 'gilan' }),
      ),
    ).toBe(false);
  });

  it('reaches someone registered in the delegation of that edition, not of another edition', () => {
    const registered = reader({ role: 'buyer', delegations: [{ editionId: 'summit-2024', provinceId: 'gilan' }] });
    expect(isAddressedTo(to({ kind: 'delegation', provinceId: 'gilan' }), registered)).toBe(false);
    expect(isAddressedTo(to({ kind: 'delegation', provinceId: 'gilan' }, 'summit-2024'), registered)).toBe(true);
  });

  it('reaches the people holding a seat at the session', () => {
    expect(isAddressedTo(to({ kind: 'session', sessionId: 's-1' }), reader({ sessionIds: ['s-2', 's-1'] }))).toBe(true);
    expect(isAddressedTo(to({ kind: 'session', sessionId: 's-1' }), reader({ sessionIds: ['s-2'] }))).toBe(false);
  });

  it('does not reach the secretariat through a role or delegation it is not part of', () => {
    const staff = reader({ role: 'secretariat_staff' });
    expect(isAddressedTo(to({ kind: 'role', role: 'delegation_member' }), staff)).toBe(false);
    expect(isAddressedTo(to({ kind: 'delegation', provinceId: 'gilan' }), staff)).toBe(false);
  });
});

describe('the text a reader sees', () => {
  it('is in their language when it was written', () => {
    expect(textForReader({ fa: 'سلام', en: 'Hello' }, 'en', 'fa')).toEqual({
      text: 'Hello',
      language: 'en',
      isOtherLanguage: false,
    });
  });

  it('falls back to the original language, flagged, when theirs is missing or blank', () => {
    expect(textForReader({ fa: 'سلام', ru: '  ' }, 'ru', 'fa')).toEqual({
      text: 'سلام',
      language: 'fa',
      isOtherLanguage: true,
    });
  });
});

describe('a new announcement', () => {
  it('needs its title and body in the original language', () => {
    expect(findAnnouncementProblems({ title: { en: 'Bus times' }, body: { ru: 'Текст' }, language: 'en' })).toEqual([
      { path: 'body.en', code: 'required' },
    ]);
    expect(findAnnouncementProblems({ title: { ru: 'Автобусы' }, body: { en: 'Text' }, language: 'en' })).toEqual([
      { path: 'title.en', code: 'original_language_missing' },
    ]);
    expect(findAnnouncementProblems({ title: { en: 'Bus times' }, body: { en: 'Text' }, language: 'en' })).toEqual([]);
  });
});
