import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import translationEn from '../i18n/locales/en.json';
import translationFa from '../i18n/locales/fa.json';
import registrationEn from '../registration/locales/en.json';
import registrationFa from '../registration/locales/fa.json';
import { AgendaEntry } from './AgendaPage.tsx';
import { B2bSides } from './B2bSides.tsx';
import meetingsEn from './locales/en.json';
import meetingsFa from './locales/fa.json';
import { NewRequestForm } from './NewRequestForm.tsx';
import { type MeetingRequest, RequestCard } from './RequestCard.tsx';
import type { MeetingParticipant } from './use-meeting-participants.ts';

const ids = {
  gilan: '10000000-0000-4000-8000-000000000001',
  sara: '20000000-0000-4000-8000-000000000001',
  reza: '20000000-0000-4000-8000-000000000002',
  governor: '20000000-0000-4000-8000-000000000003',
  igor: '20000000-0000-4000-8000-000000000004',
  aigerim: '20000000-0000-4000-8000-000000000005',
};

const participant = (participantId: string, change: Partial<MeetingParticipant>): MeetingParticipant => ({
  participantId,
  nameNative: '',
  nameLatin: '',
  role: 'exhibitor',
  position: null,
  organisation: null,
  countryCode: 'IR',
  provinceId: null,
  delegationId: null,
  languages: [],
  canActFor: false,
  isDemo: false,
  ...change,
});

// The reader is a Gilan exhibitor with two people of their own; one travels with the Gilan delegation.
const people: MeetingParticipant[] = [
  participant(ids.sara, {
    nameNative: 'سارا محمدی',
    nameLatin: 'Sara Mohammadi',
    organisation: 'چای لاهیجان',
    provinceId: 'gilan',
    delegationId: ids.gilan,
    languages: ['fa'],
    canActFor: true,
  }),
  participant(ids.reza, { nameNative: 'رضا کریمی', nameLatin: 'Reza Karimi', languages: ['fa'], canActFor: true }),
  participant(ids.governor, {
    nameNative: 'علی رضایی',
    nameLatin: 'Ali Rezaei',
    role: 'head',
    provinceId: 'gilan',
    delegationId: ids.gilan,
  }),
  participant(ids.igor, {
    nameNative: 'Игорь Бабушкин',
    nameLatin: 'Igor Babushkin',
    role: 'buyer',
    organisation: 'Volga Trade',
    countryCode: 'RU',
    provinceId: 'astrakhan',
    languages: ['ru'],
  }),
  participant(ids.aigerim, {
    nameNative: 'Айгерим Нурланова',
    nameLatin: 'Aigerim Nurlanova',
    organisation: 'Aktau Port',
    countryCode: 'KZ',
    provinceId: 'mangystau',
    languages: ['kk', 'ru'],
    isDemo: true,
  }),
];

function render<P extends object>(locale: 'fa' | 'en', element: FunctionComponent<P>, props: P) {
  void i18n.changeLanguage(locale);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(element, props)));
}

const form = (change: Partial<Parameters<typeof NewRequestForm>[0]>) =>
  render('en', NewRequestForm, {
    editionId: 'caspian-governors-summit-2025',
    editionDays: ['2025-11-18', '2025-11-19'],
    delegations: [],
    own: null,
    kinds: ['g2g', 'b2b'],
    people,
    peopleProblem: null,
    forAnyone: false,
    onCreated: () => undefined,
    ...change,
  });

const sides = (locale: 'fa' | 'en', change: Partial<Parameters<typeof B2bSides>[0]>) =>
  render(locale, B2bSides, {
    people,
    loadProblem: null,
    ownIds: [],
    counterpartIds: [],
    forAnyone: false,
    problem: null,
    onChange: () => undefined,
    ...change,
  });

/** The inputs of a kind in the markup: each one's value and whether it is ticked. */
const inputsIn = (html: string, type: 'checkbox' | 'radio') =>
  [...html.matchAll(new RegExp(`<input type="${type}"[^>]*>`, 'g'))].map(([tag]) => ({
    id: /value="([^"]+)"/.exec(tag)?.[1],
    checked: tag.includes('checked=""'),
  }));

/** The checkboxes of one picker. */
const choicesIn = (html: string, testId: string) =>
  inputsIn(html.split(`data-testid="${testId}"`)[1]?.split('</fieldset>')[0] ?? '', 'checkbox');

describe('asking for a meeting', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'en',
      resources: {
        en: { translation: translationEn, meetings: meetingsEn, registration: registrationEn },
        fa: { translation: translationFa, meetings: meetingsFa, registration: registrationFa },
      },
      interpolation: { escapeValue: false },
    });
  });

  it('lets a delegation choose the kind, starting with governor to governor and no people pickers', () => {
    const html = form({});
    expect(html).toContain('data-kind="g2g"');
    expect(inputsIn(html, 'radio')).toEqual([
      { id: 'g2g', checked: true },
      { id: 'b2b', checked: false },
    ]);
    expect(html).toContain('Delegation asked');
    expect(html).not.toContain('data-testid="counterpart-people"');
  });

  it('gives business people only the business kind, with pickers for their people and the people to meet', () => {
    const html = form({ kinds: ['b2b'] });
    expect(html).toContain('data-kind="b2b"');
    expect(html).not.toContain('name="meeting-kind"');
    expect(html).not.toContain('Delegation asked');
    expect(choicesIn(html, 'own-people').map((choice) => choice.id)).toEqual([ids.sara, ids.reza]);
    expect(choicesIn(html, 'counterpart-people').map((choice) => choice.id)).toEqual([
      ids.governor,
      ids.igor,
      ids.aigerim,
    ]);
    expect(html).toContain('<button type="submit">');
  });

  it('tells a reader with no people of their own why they cannot ask, and offers no send button', () => {
    const html = form({ kinds: ['b2b'], people: people.filter((person) => !person.canActFor) });
    expect(html).toContain('No approved participant of this edition is linked to your account');
    expect(html).not.toContain('data-testid="own-people"');
    expect(html).not.toContain('<button type="submit">');
  });

  it('leaves the attending people and their delegation out of the people to meet, and ticks the chosen', () => {
    const html = sides('en', { ownIds: [ids.sara], counterpartIds: [ids.igor] });
    expect(choicesIn(html, 'own-people')).toEqual([
      { id: ids.sara, checked: true },
      { id: ids.reza, checked: false },
    ]);
    expect(choicesIn(html, 'counterpart-people')).toEqual([
      { id: ids.igor, checked: true },
      { id: ids.aigerim, checked: false },
    ]);
    expect(html).toContain('1 of 10 chosen');
  });

  it('describes each person by role, organisation, place and languages, and marks an invented one', () => {
    const html = sides('en', {});
    const igor = html.split(`value="${ids.igor}"`)[1]!.split('</li>')[0]!;
    expect(igor).toContain('Igor Babushkin');
    expect(igor).toContain('Buyer');
    expect(igor).toContain('<bdi>Volga Trade</bdi>');
    expect(igor).toContain('astrakhan');
    expect(igor).toContain('Russian');
    expect(igor).not.toContain('demo-badge');
    expect(html.split(`value="${ids.aigerim}"`)[1]!.split('</li>')[0]).toContain('data-testid="demo-badge"');
  });

  it('warns that an interpreter is needed when the chosen sides share no language', () => {
    expect(sides('en', { ownIds: [ids.sara], counterpartIds: [ids.igor] })).toContain('share no language');
    expect(sides('en', { ownIds: [ids.sara], counterpartIds: [] })).not.toContain('share no language');
  });

  it('writes names in the reader’s script and keeps organisations apart from the Persian text around them', () => {
    const html = sides('fa', {});
    expect(html).toContain('<bdi class="person-name">سارا محمدی</bdi>');
    expect(html).toContain('<bdi class="person-name">Igor Babushkin</bdi>');
    expect(html).toContain('<bdi>چای لاهیجان</bdi>');
    expect(html).toContain('خریدار');
    expect(html).toContain('۰ نفر از ۱۰ نفر انتخاب شده');
  });

  it('shows the server’s message about the people to meet beside their picker', () => {
    const problem = {
      problem: {
        type: 'about:blank',
        title: 'Check the form',
        status: 400,
        detail: 'Some fields need another look.',
        code: 'validation_failed',
        errors: [{ path: 'receiver.participantIds', code: 'required', message: 'Choose at least one person.' }],
      },
    };
    const html = sides('en', { problem: problem as never });
    const picker = html.split('data-testid="counterpart-people"')[1]!.split('</fieldset>')[0]!;
    expect(picker).toContain('data-path="receiver.participantIds"');
    expect(picker).toContain('Choose at least one person.');
  });
});

describe('demo meetings', () => {
  const request = (isDemo: boolean) =>
    ({
      id: '30000000-0000-4000-8000-000000000001',
      editionId: 'caspian-governors-summit-2025',
      kind: 'b2b',
      priority: 'want',
      topic: 'Lahijan tea for Aktau',
      preferredDays: [],
      requester: { delegationId: null, provinceId: null, people: [], languages: ['fa'] },
      receiver: { delegationId: null, provinceId: null, people: [], languages: ['fa'] },
      source: null,
      status: 'accepted',
      awaiting: null,
      reason: null,
      counterDays: null,
      counterTopic: null,
      createdAt: '2025-10-01T08:00:00.000Z',
      answeredAt: null,
      side: 'requester',
      canAnswer: false,
      isDemo,
    }) satisfies MeetingRequest;

  const agendaMeeting = (isDemo: boolean) => ({
    kind: 'meeting' as const,
    id: '40000000-0000-4000-8000-000000000001',
    startsAt: '2025-11-18T05:30:00.000Z',
    endsAt: '2025-11-18T06:00:00.000Z',
    meetingKind: 'b2b' as const,
    topic: 'Lahijan tea for Aktau',
    place: { en: 'Table 1' },
    interpreter: null,
    counterparts: [],
    isDemo,
  });

  it('marks a request the seed invented, saying why in its title, and not a real one', () => {
    const demo = render('en', RequestCard, { request: request(true), editionDays: [], onChanged: () => undefined });
    expect(demo).toMatch(
      /<span class="badge demo-badge" title="Invented to show how meetings are requested and scheduled[^"]*" data-testid="demo-badge">Demo</,
    );
    const real = render('en', RequestCard, { request: request(false), editionDays: [], onChanged: () => undefined });
    expect(real).not.toContain('demo-badge');
  });

  it('marks an invented meeting on a person’s agenda, in Persian too', () => {
    const props = (isDemo: boolean) => ({ item: agendaMeeting(isDemo), timeZone: 'Asia/Tehran' });
    expect(render('en', AgendaEntry, props(true))).toContain('data-testid="demo-badge"');
    expect(render('fa', AgendaEntry, props(true))).toContain('>نمونه</span>');
    expect(render('en', AgendaEntry, props(false))).not.toContain('demo-badge');
  });
});
