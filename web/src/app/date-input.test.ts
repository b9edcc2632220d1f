import i18n from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import translationEn from '../i18n/locales/en.json';
import translationFa from '../i18n/locales/fa.json';
import translationRu from '../i18n/locales/ru.json';
import { readDateField } from './calendar-date.ts';
import { DateInput, describeReading } from './DateInput.tsx';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'fa',
    resources: {
      fa: { translation: translationFa },
      ru: { translation: translationRu },
      en: { translation: translationEn },
    },
    interpolation: { escapeValue: false },
  });
});

const render = async (language: string, value: string) => {
  await i18n.changeLanguage(language);
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(DateInput, { name: 'startsOn', value, onChange: () => {} })),
  );
};

describe('the date input', () => {
  it('shows a stored day in Solar Hijri with Persian digits, both calendars written out under it', async () => {
    const html = await render('fa', '2025-11-18');
    expect(html).toContain('value="۱۴۰۴/۰۸/۲۷"');
    expect(html).toContain('آبان');
    expect(html).toContain('نوامبر');
    expect(html).not.toContain('type="date"');
  });

  it('shows the Russian order and the day in Russian words', async () => {
    const html = await render('ru', '2025-11-18');
    expect(html).toContain('value="18.11.2025"');
    expect(html).toContain('18 ноября 2025');
  });

  it('gives an example in the reader’s calendar while empty', async () => {
    expect(await render('fa', '')).toContain('تاریخ خورشیدی، مانند ۱۴۰۴/۰۸/۲۷');
  });

  it('says in Persian that Esfand 1404 has only 29 days', async () => {
    await i18n.changeLanguage('fa');
    const message = describeReading(readDateField('۱۴۰۴/۱۲/۳۰', 'fa'), 'fa', i18n.t);
    expect(message).toMatch(/^چنین روزی نیست: .*اسفند.* تنها ۲۹ روز دارد\.$/);
  });

  it('says in Russian that June has only 30 days, in the plural Russian needs', async () => {
    await i18n.changeLanguage('ru');
    expect(describeReading(readDateField('31.06.2025', 'ru'), 'ru', i18n.t)).toBe(
      'Такого дня нет: в этом месяце (июнь 2025 г.) всего 30 дней.',
    );
  });

  it('says nothing while the field is empty or holds a real day', async () => {
    expect(describeReading(readDateField('', 'en'), 'en', i18n.t)).toBeNull();
    expect(describeReading(readDateField('18/11/2025', 'en'), 'en', i18n.t)).toBeNull();
  });
});
