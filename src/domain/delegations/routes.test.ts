import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backgroundContext } from '../../platform/context/request-context.ts';
import { formatInstant } from '../../platform/i18n/format-instant.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { createTestApp, type SignedInUser, type TestApp } from '../../platform/testing/test-app.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { editions } from '../summit/tables.ts';
import { delegations } from './tables.ts';
import { purgeVisaDataOfEndedEditions } from './visa-letters.ts';

const EDITION = 'caspian-governors-summit-2025';
const REGISTER = `/api/editions/${EDITION}/registrations`;
// A month before the summit: registration is open.
const OCTOBER = new Date('2025-10-15T08:00:00Z');

let t: TestApp;
let staff: SignedInUser;
let gilanDelegate: SignedInUser;
let balkanDelegate: SignedInUser;
let delegationIds: Record<string, string>;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp();
  staff = await signedIn(t, { role: 'secretariat_staff' }, OCTOBER);
  gilanDelegate = await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' }, OCTOBER);
  balkanDelegate = await signedIn(t, { role: 'delegation_member', provinceId: 'balkan' }, OCTOBER);
  const rows = await t.database.db.select().from(delegations).where(eq(delegations.editionId, EDITION));
  delegationIds = Object.fromEntries(rows.map((row) => [row.provinceId, row.id]));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(OCTOBER));

const person = (overrides: Record<string, unknown> = {}) => ({
  role: 'member',
  provinceId: 'mazandaran',
  nameNative: 'نیما فرجی',
  nameLatin: 'Nima Faraji',
  nameLanguage: 'fa',
  countryCode: 'IR',
  email: `person-${++serial}@example.org`,
  languages: ['fa', 'en'],
  ...overrides,
});
let sender = 0;
// Each public registration from its own address unless told, so the per-address limit stays out of the way.
const register = (body: object, headers: Record<string, string> = {}, remoteAddress = nextAddress()) =>
  t.request({ method: 'POST', url: REGISTER, payload: body, headers, remoteAddress });
function nextAddress() {
  sender++;
  return `10.20.${Math.floor(sender / 250)}.${(sender % 250) + 1}`;
}
const setLimits = (provinceId: string, memberLimit: number, roleLimits: object) =>
  t.request({
    method: 'PATCH',
    url: `/api/delegations/${delegationIds[provinceId]}`,
    as: staff,
    payload: { memberLimit, roleLimits },
  });
const addMember = (provinceId: string, as: SignedInUser, payload: object) =>
  t.request({ method: 'POST', url: `/api/delegations/${delegationIds[provinceId]}/members`, as, payload });
const purgeAt = (now: Date) => purgeVisaDataOfEndedEditions(backgroundContext(t.database.db, now));
const visa = {
  fullNameInPassport: 'NIMA FARAJI',
  passportNumber: 'X98765432',
  nationality: 'IR',
  dateOfBirth: '1985-04-02',
  passportExpiresOn: '2030-01-01',
};

describe('the public delegation summary', () => {
  it('lists the twelve delegations with their limits and approved people per role', async () => {
    const response = await t.request({ method: 'GET', url: `/api/editions/${EDITION}/delegations` });
    expect(response.statusCode).toBe(200);
    const gilan = response.json().find((delegation: { provinceId: string }) => delegation.provinceId === 'gilan');
    expect(response.json()).toHaveLength(12);
    expect(gilan).toMatchObject({
      memberLimit: 15,
      roleLimits: { head: 1, interpreter: 3, press: 3 },
      approved: { head: 1, member: 1, interpreter: 1 },
      approvedTotal: 3,
    });
    expect(gilan).not.toHaveProperty('members');
  });

  it('answers 404 for an unknown edition', async () => {
    expect((await t.request({ method: 'GET', url: '/api/editions/nope/delegations' })).json().code).toBe(
      'edition_not_found',
    );
  });
});

describe('the public registration form', () => {
  it('takes a registration without sign-in, pending, and answers without contact or passport data', async () => {
    const response = await register(person({ phone: '+98 13 1234 5678', visaLetter: visa }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'pending',
      role: 'member',
      delegationId: delegationIds.mazandaran,
      visaLetterRequested: true,
    });
    expect(response.body).not.toContain('X98765432');
    expect(response.body).not.toContain('example.org');
    expect(response.body).not.toContain('1234');
  });

  it('needs a province for head, member and interpreter, and none for a guest or lone press', async () => {
    const missing = await register(person({ provinceId: undefined }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'provinceId', code: 'province_required' })]);
    expect((await register(person({ role: 'guest', provinceId: undefined }))).json()).toMatchObject({
      delegationId: null,
    });
    expect((await register(person({ role: 'press', provinceId: null }))).json()).toMatchObject({ delegationId: null });
  });

  it('says per field what is wrong, in the reader language', async () => {
    const response = await register(person({ nameLatin: 'نیما', email: 'not-an-email' }), { 'accept-language': 'ru' });
    expect(response.statusCode).toBe(400);
    const byPath = Object.fromEntries(
      response.json().errors.map((error: { path: string; message: string }) => [error.path, error.message]),
    );
    expect(byPath.nameLatin).toBe('Напишите имя только латинскими буквами.');
    expect(Object.keys(byPath)).toContain('email');
  });

  it('refuses a province that does not exist', async () => {
    const unknown = await register(person({ provinceId: 'atlantis' }));
    expect(unknown.json().code).toBe('province_not_found');
    expect(unknown.json().errors).toEqual([
      { path: 'provinceId', code: 'province_not_found', message: unknown.json().detail },
    ]);
  });
});

describe('the registration deadline', () => {
  it('refuses registrations from the edition deadline on, naming the time in the edition time zone', async () => {
    await t.database.db
      .update(editions)
      .set({ registrationClosesAt: new Date('2025-11-01T20:30:00Z') })
      .where(eq(editions.id, EDITION));
    try {
      t.clock.set(new Date('2025-11-01T20:29:59Z'));
      expect((await register(person())).statusCode).toBe(201);
      t.clock.set(new Date('2025-11-01T20:30:00Z'));
      const closed = await register(person());
      expect(closed.statusCode).toBe(409);
      expect(closed.json().code).toBe('registration_closed');
      expect(closed.json().detail).toBe(
        `Registration for this edition closed on ${formatInstant(new Date('2025-11-01T20:30:00Z'), 'en', 'Asia/Tehran')}.`,
      );
      const delegate = await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' });
      const office = await addMember('gilan', delegate, person({ provinceId: undefined }));
      expect(office.json().code).toBe('registration_closed');
    } finally {
      await t.database.db.update(editions).set({ registrationClosesAt: null }).where(eq(editions.id, EDITION));
    }
  });

  it('refuses registrations once the edition is over, even without a deadline', async () => {
    t.clock.set(new Date('2025-11-21T20:30:00Z'));
    expect((await register(person())).json().code).toBe('registration_closed');
  });
});

describe('delegation limits', () => {
  const officeEntry = (overrides: Record<string, unknown>) => {
    const { provinceId: _provinceId, ...member } = person(overrides);
    return member;
  };
  const placesLeftOf = async (provinceId: string): Promise<number> =>
    (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/delegations` }))
      .json()
      .find((delegation: { provinceId: string }) => delegation.provinceId === provinceId).placesLeft;
  const decide = (id: string) =>
    t.request({
      method: 'POST',
      url: `/api/registrations/${id}/decision`,
      as: staff,
      payload: { decision: 'approve' },
    });

  it('refuses a role over its own limit, counting approved people and those the office entered', async () => {
    // Astrakhan's seed: one approved interpreter; the limit is three.
    const interpreter = () => officeEntry({ role: 'interpreter', countryCode: 'RU' });
    expect((await addMember('astrakhan', staff, interpreter())).statusCode).toBe(201);
    expect((await addMember('astrakhan', staff, interpreter())).statusCode).toBe(201);
    const full = await register(person({ provinceId: 'astrakhan', role: 'interpreter', countryCode: 'RU' }), {
      'accept-language': 'en',
    });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({
      code: 'delegation_full',
      detail: 'The delegation has reached its limit of 3 for interpreter.',
      errors: [{ path: 'role', code: 'delegation_full', message: full.json().detail }],
    });
    expect((await register(person({ provinceId: 'astrakhan', role: 'member', countryCode: 'RU' }))).statusCode).toBe(
      201,
    );
  });

  it('does not let anonymous registrations take places: they wait for approval and a genuine registrant still gets in', async () => {
    await setLimits('mazandaran', 4, {});
    const before = await placesLeftOf('mazandaran');
    for (let call = 0; call < 15; call++) expect((await register(person())).statusCode).toBe(201);
    expect(await placesLeftOf('mazandaran')).toBe(before);
    const genuine = await register(person({ nameLatin: 'Genuine Registrant' }));
    expect(genuine.statusCode).toBe(201);
    expect(genuine.json().status).toBe('pending');
  });

  it('checks the limits again when a public registration is approved', async () => {
    // Kalmykia's seed: a pending head from the public form and an approved interpreter.
    expect((await setLimits('kalmykia', 3, { head: 1 })).json()).toMatchObject({ memberLimit: 3, placesLeft: 2 });
    const first = (await register(person({ provinceId: 'kalmykia', countryCode: 'RU' }))).json().id;
    const second = (await register(person({ provinceId: 'kalmykia', countryCode: 'RU' }))).json().id;
    expect((await addMember('kalmykia', staff, officeEntry({ countryCode: 'RU' }))).statusCode).toBe(201);
    expect(await placesLeftOf('kalmykia')).toBe(1);
    expect((await decide(first)).statusCode).toBe(200);
    const refused = await decide(second);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('delegation_full');
    const full = await register(person({ provinceId: 'kalmykia', role: 'press', countryCode: 'RU' }));
    expect(full.json()).toMatchObject({ code: 'delegation_full' });
  });

  it('lets the office enter its head while a public head registration waits, and then refuses to approve the public one', async () => {
    await setLimits('kalmykia', 10, {});
    const publicHead = await register(person({ provinceId: 'kalmykia', role: 'head', countryCode: 'RU' }));
    expect(publicHead.statusCode).toBe(201);
    expect((await addMember('kalmykia', staff, officeEntry({ role: 'head', countryCode: 'RU' }))).statusCode).toBe(201);
    const approval = await decide(publicHead.json().id);
    expect(approval.statusCode).toBe(409);
    expect(approval.json().code).toBe('delegation_head_taken');
  });

  it('lets only one of two simultaneous office entries take the last place', async () => {
    // Neftchala's seed: an approved head and a pending member from the public form.
    await setLimits('neftchala', 2, {});
    const results = await Promise.all([
      addMember('neftchala', staff, officeEntry({ countryCode: 'AZ' })),
      addMember('neftchala', staff, officeEntry({ countryCode: 'AZ' })),
    ]);
    expect(results.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(await placesLeftOf('neftchala')).toBe(0);
  });

  it('limits public registrations per address, with a Retry-After', async () => {
    const codes: number[] = [];
    for (let call = 0; call < 21; call++)
      codes.push((await register(person({ role: 'guest', provinceId: null }), {}, '10.30.0.1')).statusCode);
    expect(codes.slice(0, 20).every((code) => code === 201)).toBe(true);
    const refused = await register(
      person({ role: 'guest', provinceId: null }),
      { 'accept-language': 'fa' },
      '10.30.0.1',
    );
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().detail).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps one head per delegation', async () => {
    const second = await register(person({ provinceId: 'gilan', role: 'head' }));
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('delegation_head_taken');
  });

  it('lets only the secretariat change the limits', async () => {
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `/api/delegations/${delegationIds.gilan}`,
          as: gilanDelegate,
          payload: { memberLimit: 99, roleLimits: {} },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `/api/delegations/${delegationIds.gilan}`,
          payload: { memberLimit: 99, roleLimits: {} },
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('one registration per e-mail and edition', () => {
  it('refuses the same e-mail twice, whatever its case, and takes it again after a rejection', async () => {
    const first = await register(person({ role: 'guest', email: 'Twice@Example.org' }));
    expect(first.statusCode).toBe(201);
    const again = await register(person({ role: 'guest', email: 'twice@example.org' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('participant_email_taken');
    expect(again.json().errors).toEqual([
      { path: 'email', code: 'participant_email_taken', message: again.json().detail },
    ]);
    await t.request({
      method: 'POST',
      url: `/api/registrations/${first.json().id}/decision`,
      as: staff,
      payload: { decision: 'reject', reason: 'Duplicate' },
    });
    expect((await register(person({ role: 'guest', email: 'twice@example.org' }))).statusCode).toBe(201);
  });
});

describe('the secretariat deciding', () => {
  it('approves a pending registration once, and rejects only with a reason', async () => {
    const id = (await register(person({ role: 'speaker', provinceId: null }))).json().id;
    const decide = (payload: object, as = staff) =>
      t.request({ method: 'POST', url: `/api/registrations/${id}/decision`, as, payload });
    expect((await decide({ decision: 'approve' }, gilanDelegate)).statusCode).toBe(403);
    const noReason = await decide({ decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ path: 'reason', code: 'required' });
    const approved = await decide({ decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedAt: OCTOBER.toISOString() });
    const again = await decide({ decision: 'reject', reason: 'Changed our mind' }, staff);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'registration_already_decided',
      detail: 'This registration has already been approved.',
    });
    const cancelled = await t.request({ method: 'POST', url: `/api/registrations/${id}/cancel`, as: staff });
    expect(cancelled.json().status).toBe('cancelled');
  });

  it('filters the list by status, role, province, country and text', async () => {
    const list = (query: string) => t.request({ method: 'GET', url: `${REGISTER}?${query}`, as: staff });
    const heads = (await list('role=head&status=approved')).json();
    expect(heads.length).toBeGreaterThan(5);
    expect(
      heads.every((row: { role: string; status: string }) => row.role === 'head' && row.status === 'approved'),
    ).toBe(true);
    expect(
      (await list('provinceId=balkan')).json().every((row: { provinceId: string }) => row.provinceId === 'balkan'),
    ).toBe(true);
    expect((await list('text=Volkov')).json().map((row: { nameLatin: string }) => row.nameLatin)).toEqual([
      'Andrei Volkov',
    ]);
    expect((await list('countryCode=TM&role=head')).json()).toHaveLength(1);
    expect((await t.request({ method: 'GET', url: REGISTER, as: gilanDelegate })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: REGISTER })).statusCode).toBe(401);
  });
});

describe('the delegation office', () => {
  it('sees and registers its own delegation only', async () => {
    const own = await t.request({ method: 'GET', url: `/api/delegations/${delegationIds.gilan}`, as: gilanDelegate });
    expect(own.statusCode).toBe(200);
    expect(own.json().members.every((member: { provinceId: string }) => member.provinceId === 'gilan')).toBe(true);
    expect(
      (await t.request({ method: 'GET', url: `/api/delegations/${delegationIds.balkan}`, as: gilanDelegate }))
        .statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/delegations/${delegationIds.gilan}` })).statusCode).toBe(401);
    const { provinceId: _provinceId, ...member } = person({ role: 'interpreter' });
    const added = await addMember('gilan', gilanDelegate, member);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ provinceId: 'gilan', delegationId: delegationIds.gilan, status: 'pending' });
    const other = await addMember('gilan', balkanDelegate, { ...member, email: 'other@example.org' });
    expect(other.statusCode).toBe(403);
    const mine = await t.request({
      method: 'GET',
      url: `/api/editions/${EDITION}/delegations/mine`,
      as: balkanDelegate,
    });
    expect(mine.json()).toMatchObject({ provinceId: 'balkan' });
  });
});

describe('visa letter privacy', () => {
  it('shows passport data to visa.read alone, never to the delegation, the public or the audit log', async () => {
    const { provinceId: _provinceId, ...member } = person({ visaLetter: { ...visa, passportNumber: 'PRIV4TE77' } });
    const added = await addMember('gilan', gilanDelegate, member);
    expect(added.statusCode).toBe(201);
    expect(added.body).not.toContain('PRIV4TE77');
    const members = await t.request({
      method: 'GET',
      url: `/api/delegations/${delegationIds.gilan}`,
      as: gilanDelegate,
    });
    expect(members.body).not.toContain('PRIV4TE77');
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters`, as: gilanDelegate })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters` })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters/export`, as: gilanDelegate }))
        .statusCode,
    ).toBe(403);
    const letters = await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters`, as: staff });
    expect(letters.json()).toContainEqual(
      expect.objectContaining({ participantId: added.json().id, passportNumber: 'PRIV4TE77', nationality: 'IR' }),
    );
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.after}::text like '%PRIV4TE77%' or ${auditLog.before}::text like '%PRIV4TE77%'`);
    expect(audit).toEqual([]);
  });

  it('deletes passport data on request, through the delegation office or the secretariat', async () => {
    const { provinceId: _provinceId, ...member } = person({ visaLetter: visa });
    const id = (await addMember('balkan', balkanDelegate, member)).json().id;
    const remove = (as?: SignedInUser) =>
      t.request({ method: 'DELETE', url: `/api/registrations/${id}/visa-letter`, ...(as && { as }) });
    expect((await remove(gilanDelegate)).statusCode).toBe(403);
    expect((await remove(balkanDelegate)).statusCode).toBe(204);
    expect((await remove(staff)).json().code).toBe('visa_request_not_found');
    const letters = (
      await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters`, as: staff })
    ).json();
    expect(letters.some((letter: { participantId: string }) => letter.participantId === id)).toBe(false);
  });

  it('purges the passport data of an edition once its last day is over, and not before', async () => {
    await register(person({ role: 'guest', visaLetter: visa }));
    expect(await purgeAt(new Date('2025-11-21T20:29:00Z'))).toBe(0);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters`, as: staff })).json().length,
    ).toBeGreaterThan(0);
    expect(await purgeAt(new Date('2025-11-21T20:30:00Z'))).toBeGreaterThan(0);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/visa-letters`, as: staff })).json(),
    ).toEqual([]);
    expect(await purgeAt(new Date('2025-11-22T00:00:00Z'))).toBe(0);
  });
});

describe('XLSX exports', () => {
  const readSheet = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    return {
      name: sheet.name,
      rows: sheet
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    };
  };

  const exportAs = (locale: string, text: string) =>
    t.request({
      method: 'GET',
      url: `${REGISTER}/export?text=${encodeURIComponent(text)}`,
      as: staff,
      headers: { 'accept-language': locale },
    });
  /** The first sheet's header row and the cells of the one row whose first cell is `nameLatin`. */
  const rowOf = async (body: Buffer, nameLatin: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rowNumber = [...Array(sheet.rowCount).keys()]
      .map((index) => index + 1)
      .find((number) => sheet.getCell(number, 1).value === nameLatin);
    expect(rowNumber, nameLatin).toBeDefined();
    return { sheet, header, cell: (heading: string) => sheet.getCell(rowNumber!, header.indexOf(heading) + 1) };
  };

  it('exports registrations with headings in the reader language and formulas kept as plain text', async () => {
    const formula = '=HYPERLINK("http://evil.example","x")';
    await register(person({ role: 'exhibitor', provinceId: null, organisation: formula, nameLatin: 'Formula Tester' }));
    const response = await exportAs('ru', 'Formula');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const { name, rows } = await readSheet(response.rawPayload);
    expect(name).toBe('Регистрации');
    expect(rows[0]).toContain('Имя (латиницей)');
    expect(rows).toHaveLength(2);
    // No apostrophe shown: the text is a shared string, which Excel never evaluates.
    const { cell } = await rowOf(response.rawPayload, 'Formula Tester');
    const organisation = cell('Организация');
    expect(organisation.type).toBe(ExcelJS.ValueType.String);
    expect(organisation.value).toBe(formula);
    expect(organisation.formula).toBeUndefined();
  });

  it('writes typed cells: the registration time as a date in the edition zone, phones as text, names for codes', async () => {
    // 08:00 UTC is 11:30 in Tehran, the 2025 edition's zone.
    t.clock.set(new Date('2025-10-15T08:00:00Z'));
    await register(person({ nameLatin: 'Typed Plus', provinceId: 'gilan', phone: '+98 13 3333 4444' }));
    await register(person({ nameLatin: 'Typed Zero', provinceId: 'gilan', phone: '09121234567' }));

    const russian = await rowOf((await exportAs('ru', 'Typed')).rawPayload, 'Typed Plus');
    expect(russian.header).toContain('Дата и время регистрации (Asia/Tehran)');
    const registered = russian.cell('Дата и время регистрации (Asia/Tehran)');
    expect(registered.type).toBe(ExcelJS.ValueType.Date);
    expect(registered.value).toEqual(new Date('2025-10-15T11:30:00Z'));
    expect(registered.numFmt).toBe('yyyy-mm-dd hh:mm');
    const plus = russian.cell('Телефон');
    expect(plus.type).toBe(ExcelJS.ValueType.String);
    expect(plus.value).toBe('+98 13 3333 4444');
    expect(russian.cell('Страна').value).toBe('Иран');
    expect(russian.cell('Статус').value).toBe('На рассмотрении');
    expect(russian.cell('Визовое письмо').value).toBe('Нет');

    const persian = await rowOf((await exportAs('fa', 'Typed')).rawPayload, 'Typed Zero');
    expect(persian.sheet.views[0]?.rightToLeft).toBe(true);
    const zero = persian.cell('تلفن');
    expect(zero.type).toBe(ExcelJS.ValueType.String);
    expect(zero.value).toBe('09121234567');
    expect(zero.numFmt).toBe('@');
    expect(persian.cell('استان').value).toBe('استان گیلان');
    expect(persian.cell('کشور').value).toBe('ایران');
  });

  it('writes visa letters with dates as dates, the passport number as text and the nationality named', async () => {
    await register(
      person({
        nameLatin: 'Visa Typed',
        visaLetter: { ...visa, fullNameInPassport: 'VISA TYPED', passportNumber: '012345678' },
      }),
    );
    const response = await t.request({
      method: 'GET',
      url: `/api/editions/${EDITION}/visa-letters/export`,
      as: staff,
      headers: { 'accept-language': 'en' },
    });
    const { cell } = await rowOf(response.rawPayload, 'Visa Typed');
    const born = cell('Date of birth');
    expect(born.type).toBe(ExcelJS.ValueType.Date);
    expect(born.value).toEqual(new Date('1985-04-02T00:00:00Z'));
    expect(born.numFmt).toBe('yyyy-mm-dd');
    expect(cell('Passport number').value).toBe('012345678');
    expect(cell('Passport number').type).toBe(ExcelJS.ValueType.String);
    expect(cell('Nationality').value).toBe('Iran');
    // 08:00 UTC in Tehran.
    expect(cell('Requested (Asia/Tehran)').value).toEqual(new Date('2025-10-15T11:30:00Z'));
  });

  it("exports a delegation's members for its office, and visa letters for the secretariat only", async () => {
    const members = await t.request({
      method: 'GET',
      url: `/api/delegations/${delegationIds.balkan}/members/export`,
      as: balkanDelegate,
    });
    expect(members.statusCode).toBe(200);
    expect((await readSheet(members.rawPayload)).rows.length).toBeGreaterThan(3);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/delegations/${delegationIds.balkan}/members/export`,
          as: gilanDelegate,
        })
      ).statusCode,
    ).toBe(403);
    const letters = await t.request({
      method: 'GET',
      url: `/api/editions/${EDITION}/visa-letters/export`,
      as: staff,
      headers: { 'accept-language': 'fa' },
    });
    expect((await readSheet(letters.rawPayload)).rows[0]).toContain('شماره گذرنامه');
  });
});
