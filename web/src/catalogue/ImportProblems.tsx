import { useTranslation } from 'react-i18next';
import type { Problem } from '../api/client.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

type FieldError = NonNullable<Problem['errors']>[number];

/** "rows.5.title_fa" is row 5, column title_fa; "header.x" is a heading of the first row. */
function placeOf(path: string): { row: number | null; column: string } {
  const [area, second = '', ...rest] = path.split('.');
  if (area === 'rows') return { row: Number(second), column: rest.join('.') };
  if (area === 'header') return { row: null, column: [second, ...rest].join('.') };
  return { row: null, column: path };
}

/** The refused rows of an import, one line per cell, in the reader's language (the server wrote the messages). */
export function ImportProblems({ errors }: { errors: FieldError[] }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  if (errors.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table import-problems" data-testid="import-problems">
        <caption>
          {t('import.problems', { count: errors.length, formattedCount: formatNumber(errors.length, locale) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => {
            const place = placeOf(error.path);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: one refused import, rendered once and never reordered; its rows have no identity (a cell with two unknown taxonomy codes gives two rows with the same path, code and message).
              <tr key={index}>
                <td>{place.row === null ? t('import.headerRow') : formatNumber(place.row, locale)}</td>
                <td>
                  <code dir="ltr">{place.column}</code>
                </td>
                <td>{error.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
