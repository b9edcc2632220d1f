import { describe, expect, it } from 'vitest';
import { auditSubject } from './audit-subject.ts';

const USER_ID = '06a2cab0-e954-410b-b22c-f794d732c3b5';
const entry = (fields: Partial<Parameters<typeof auditSubject>[0]> = {}) => ({
  actorUserId: USER_ID,
  actorEmail: 'admin@example.org',
  entityType: 'user',
  entityId: USER_ID,
  before: null,
  after: null,
  ...fields,
});

describe('the subject of an audit entry', () => {
  it('names an account by its e-mail, not user/<uuid>', () => {
    const created = entry({ actorUserId: null, actorEmail: null, after: { email: 'staff@example.org' } });
    expect(auditSubject(created, [created], 'fa')).toEqual({ text: 'staff@example.org', language: null });
  });

  it('names a sign-in, which logs no state, from the account’s other entries or the person signing in', () => {
    const other = entry({ entityId: 'aed87a80-0000-4000-8000-000000000001', actorUserId: null, actorEmail: null });
    const created = entry({ ...other, action: 'user.create', after: { email: 'delegate@example.org' } } as never);
    expect(auditSubject(other, [other, created], 'en')?.text).toBe('delegate@example.org');
    expect(auditSubject(entry(), [entry()], 'en')?.text).toBe('admin@example.org');
  });

  it('names a thing written in several languages in the reader’s, and says which language it is in', () => {
    const room = entry({
      entityType: 'meeting_room',
      entityId: 'ea546d3f-8e41-415d-97ca-fe96c71a1a6c',
      after: { name: { fa: 'میز تجاری ب', en: 'B2B table B' } },
    });
    expect(auditSubject(room, [room], 'fa')).toEqual({ text: 'میز تجاری ب', language: 'fa' });
    expect(auditSubject(room, [room], 'ru')).toEqual({ text: 'B2B table B', language: 'en' });
  });

  it('keeps a readable id and finds no name in a bare UUID', () => {
    const edition = entry({ entityType: 'edition', entityId: 'caspian-governors-summit-2025', after: { gap: 0 } });
    expect(auditSubject(edition, [edition], 'en')?.text).toBe('caspian-governors-summit-2025');
    const meeting = entry({ entityType: 'meeting', entityId: 'ea13b8bb-e71d-49dc-8c22-a18107a1fffa', after: {} });
    expect(auditSubject(meeting, [meeting], 'en')).toBeNull();
  });
});
