import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { insertEdition } from '../../platform/testing/factories/summit.ts';
import { testContext, writeAs } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { editions } from '../summit/tables.ts';
import { copyDelegationStructure } from './copy-structure.ts';
import { findParticipant } from './participant-lookup.ts';
import { createParticipantsRepository } from './participants-repository.ts';
import { delegations, participants } from './tables.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';

const EDITION = 'caspian-governors-summit-2025';
let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the database backing the registration rules', () => {
  it('refuses a second head holding a place in one delegation, naming the index', async () => {
    const attempt = insertParticipant(database.db, { role: 'head', status: 'approved', provinceId: 'gilan' });
    const error = await attempt.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(violatedUniqueConstraint(error)).toBe('participants_delegation_head_key');
  });

  it('lets a head registration from the public form wait beside the head who holds the place', async () => {
    const waiting = await insertParticipant(database.db, { role: 'head', status: 'pending', provinceId: 'gilan' });
    expect(waiting).toBeTruthy();
  });

  it('refuses a second live registration with the same e-mail in any case', async () => {
    const person = (email: string) => insertParticipant(database.db, { status: 'pending', provinceId: 'gilan', email });
    await person('Same@example.org');
    const error = await person('same@EXAMPLE.org').then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(violatedUniqueConstraint(error)).toBe('participants_edition_email_key');
  });
});

describe('passport data', () => {
  it('stays out of the error when storing it fails, since unexpected errors are logged', async () => {
    const details = {
      fullNameInPassport: 'SECRET NAME',
      passportNumber: 'P0SECRET9',
      nationality: 'IR',
      dateOfBirth: '1980-01-01',
      passportExpiresOn: '2030-01-01',
    };
    const orphan = createParticipantsRepository(database.db).insertVisaRequest(
      '00000000-0000-4000-8000-000000000000',
      details,
      new Date(),
    );
    const error = (await orphan.then(
      () => null,
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toContain('SQLSTATE 23503');
    expect(JSON.stringify({ message: error.message, stack: error.stack, cause: error.cause })).not.toMatch(
      /P0SECRET9|SECRET NAME/,
    );
  });
});

describe('for other capabilities', () => {
  it('copies the delegations of an edition with their limits and none of their people', async () => {
    const [source] = await database.db.select().from(editions).where(eq(editions.id, EDITION));
    await insertEdition(database.db, { id: 'summit-2026', startsOn: '2026-11-17', endsOn: '2026-11-20' });
    const [target] = await database.db.select().from(editions).where(eq(editions.id, 'summit-2026'));
    const copy = () =>
      writeAs(database.db, {}, (context) => copyDelegationStructure(context, { source: source!, target: target! }));
    expect(await copy()).toEqual({ delegations: 12 });
    const rows = await database.db.select().from(delegations).where(eq(delegations.editionId, 'summit-2026'));
    expect(rows.find((row) => row.provinceId === 'balkan')).toMatchObject({
      memberLimit: 15,
      roleLimits: { head: 1, interpreter: 3, press: 3 },
    });
    expect(await database.db.select().from(participants).where(eq(participants.editionId, 'summit-2026'))).toEqual([]);
    expect(await copy()).toEqual({ delegations: 0 });
  });

  it('finds a participant by id, without phone or passport data, and null for an unknown or malformed id', async () => {
    const [someone] = await createParticipantsRepository(database.db).list(EDITION, {
      role: 'head',
      provinceId: 'balkan',
    });
    const found = await findParticipant(testContext(database.db), someone!.id);
    expect(found).toMatchObject({
      id: someone!.id,
      role: 'head',
      nameLatin: 'Merdan Annayev',
      status: 'approved',
      isDemo: true,
    });
    expect(found).not.toHaveProperty('phone');
    expect(await findParticipant(testContext(database.db), '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await findParticipant(testContext(database.db), 'not-a-uuid')).toBeNull();
  });
});
