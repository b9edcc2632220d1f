import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';

const DRAFT = 'caspian-governors-summit-2026';
const EXPO = 'caspian-expo-2026';

const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'gilan' },
});

const request = (as: SignedInUser | undefined, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.request({ method, url, as, payload, headers: { 'accept-language': 'en' } });
const publish = (as: SignedInUser | undefined) => request(as, 'POST', `/api/editions/${DRAFT}/publish`, {});
const changeEdition = (payload: object, id = DRAFT) => request(staff, 'PATCH', `/api/editions/${id}`, payload);
const changeExpo = (payload: object) => request(staff, 'PATCH', `/api/editions/${DRAFT}/expos/${EXPO}`, payload);
const errorPaths = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((error) => `${error.path} ${error.code}`);

describe('a copied edition, from draft to published', () => {
  it('starts as a draft with only the English name it was given', async () => {
    const created = await request(staff, 'POST', '/api/editions', {
      id: DRAFT,
      name: { en: 'Second summit of governors of Caspian coastal provinces' },
      hostProvinceId: 'mazandaran',
      city: { en: 'Sari' },
      startsOn: '2026-11-17',
      endsOn: '2026-11-19',
      timeZone: 'Asia/Tehran',
      copyFromEditionId: EDITION_2025,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().status).toBe('draft');
  });

  it('is for the secretariat to publish', async () => {
    expect((await publish(delegate)).statusCode).toBe(403);
    expect((await publish(undefined)).statusCode).toBe(401);
  });

  it('refuses to publish, naming every missing text and the copied expo’s name and days', async () => {
    const response = await publish(staff);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.code).toBe('edition_incomplete');
    expect(body.detail).toContain('Persian and English');
    expect(errorPaths(body)).toEqual([
      'name.fa missing_in_language',
      'slogan.fa missing_in_language',
      'slogan.en missing_in_language',
      'city.fa missing_in_language',
      'venue.fa missing_in_language',
      'venue.en missing_in_language',
      // The 2025 expo's name was copied in every language it has.
      ...['az', 'en', 'fa', 'kk', 'ru', 'tk'].map((language) => `expos.0.name.${language} expo_name_copied`),
      // The 2025 expo ran all four days; the 2026 summit has three.
      'expos.0.endsOn expo_outside_edition_days',
    ]);
    expect(body.errors[0].message).toBe('Missing in Persian');
    expect((await request(undefined, 'GET', '/api/editions/current')).json().id).toBe(EDITION_2025);
  });

  it('says the same in the reader’s language', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/editions/${DRAFT}/publish`,
      as: staff,
      payload: {},
      headers: { 'accept-language': 'ru' },
    });
    expect(response.json().errors[0].message).toBe('Не заполнено на языке: персидский');
  });

  it('takes every field of the edition and its expo, in several languages and a new time zone', async () => {
    const edition = await changeEdition({
      name: { fa: 'دومین اجلاس استانداران', en: 'Second summit of governors', ru: 'Второй саммит губернаторов' },
      slogan: { fa: 'خزر، دریای همکاری', en: 'The Caspian, a sea of cooperation', ru: 'Каспий — море сотрудничества' },
      city: { fa: 'ساری', en: 'Sari', ru: 'Сари' },
      venue: { fa: 'سالن همایش ساری', en: 'Sari Conference Hall', ru: 'Конференц-зал Сари' },
      timeZone: 'Asia/Baku',
      registrationClosesAt: '2026-11-10T20:00:00Z',
    });
    expect(edition.statusCode).toBe(200);
    expect(edition.json()).toMatchObject({ timeZone: 'Asia/Baku', city: { ru: 'Сари' }, status: 'draft' });
    const expo = await changeExpo({
      name: { fa: 'کاسپین اکسپو ۱۴۰۵', en: 'Caspian Expo 2026' },
      venue: { fa: 'نمایشگاه ساری', en: 'Sari Exhibition Grounds' },
      venueProvinceId: 'mazandaran',
      endsOn: '2026-11-19',
    });
    expect(expo.statusCode).toBe(200);
    expect(expo.json()).toMatchObject({ id: EXPO, endsOn: '2026-11-19', venueProvinceId: 'mazandaran' });
  });

  it('removes a language emptied in the form, so it counts as missing', async () => {
    const edition = await changeEdition({ name: { fa: 'دومین اجلاس استانداران', en: 'Second summit', ru: ' ' } });
    expect(edition.json().name).toEqual({ fa: 'دومین اجلاس استانداران', en: 'Second summit' });
  });

  it('publishes the complete edition: it becomes the current one, with the moment and an audit entry', async () => {
    const response = await publish(staff);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await request(undefined, 'GET', '/api/editions/current')).json().id).toBe(DRAFT);
    expect((await request(undefined, 'GET', '/api/editions')).json().map((e: { id: string }) => e.id)).toEqual([
      DRAFT,
      EDITION_2025,
    ]);
    const audit = await t.database.db.select().from(auditLog);
    expect(audit.map((entry) => entry.action)).toContain('edition.publish');
  });

  it('answers edition_already_published the second time', async () => {
    const again = await publish(staff);
    expect([again.statusCode, again.json().code]).toEqual([409, 'edition_already_published']);
  });

  it('refuses a change that would take a published edition’s required text away, and keeps it', async () => {
    const response = await changeEdition({ slogan: { en: 'Only English now' } });
    expect(response.statusCode).toBe(422);
    expect(errorPaths(response.json())).toEqual(['slogan.fa missing_in_language']);
    const current = (await request(undefined, 'GET', '/api/editions/current')).json();
    expect(current.slogan.fa).toBe('خزر، دریای همکاری');
  });

  it('refuses to move a published edition’s expo outside its days', async () => {
    const response = await changeExpo({ startsOn: '2026-11-16' });
    expect(errorPaths(response.json())).toEqual(['expos.0.startsOn expo_outside_edition_days']);
  });
});

describe('dates that do not exist', () => {
  it('refuses 31 June and 29 February of a common year, naming the field', async () => {
    const june = await changeEdition({ endsOn: '2026-06-31' }, EDITION_2025);
    expect([june.statusCode, errorPaths(june.json())]).toEqual([400, ['endsOn day_not_in_calendar']]);
    const february = await changeExpo({ startsOn: '2027-02-29' });
    expect(errorPaths(february.json())).toEqual(['startsOn day_not_in_calendar']);
    const deadline = await changeEdition({ registrationClosesAt: '2026-09-31T10:00:00Z' }, EDITION_2025);
    expect(errorPaths(deadline.json())).toEqual(['registrationClosesAt invalid_format']);
  });

  it('refuses a time zone Intl does not know', async () => {
    const response = await changeEdition({ timeZone: 'Caspian/Sari' });
    expect(errorPaths(response.json())).toEqual(['timeZone unknown_time_zone']);
  });

  it('answers 404 for an expo of another edition', async () => {
    const response = await request(staff, 'PATCH', `/api/editions/${EDITION_2025}/expos/${EXPO}`, {
      name: { en: 'x' },
    });
    expect([response.statusCode, response.json().code]).toEqual([404, 'expo_not_found']);
  });
});
