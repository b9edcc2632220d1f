import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { countryName, formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** Passport data for visa letters: the secretariat's visa desk only; deleted on request and after the edition. */
export function VisaLettersTab({
  editionId,
  timeZone,
  provinceName,
}: {
  editionId: string;
  timeZone: string;
  provinceName: (id: string | null) => string;
}) {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const letters = useApi('/api/editions/{editionId}/visa-letters', { params: { path: { editionId } } }, locale);
  const { problem, run } = useAction();
  const remove = (id: string) =>
    window.confirm(t('visa.deleteConfirm')) &&
    run(
      async () => void (await dataOf(api.DELETE('/api/registrations/{id}/visa-letter', { params: { path: { id } } }))),
    ).then((ok) => ok && letters.reload());
  if (letters.problem) return <ProblemMessage problem={letters.problem} />;
  if (!letters.data) return <p>{t('loading')}</p>;
  return (
    <div data-testid="visa-letters">
      <p className="hint">{t('visa.privacy')}</p>
      <p className="export-links">
        <a href={`/api/editions/${editionId}/visa-letters/export`} download data-testid="visa-export">
          {t('export.xlsx')}
        </a>
      </p>
      {problem && <ProblemMessage problem={problem} />}
      {letters.data.length === 0 ? (
        <p>{t('visa.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('list.name')}</th>
                <th>{t('field.fullNameInPassport')}</th>
                <th>{t('field.passportNumber')}</th>
                <th>{t('field.nationality')}</th>
                <th>{t('field.dateOfBirth')}</th>
                <th>{t('field.passportExpiresOn')}</th>
                <th>{t('visa.requestedAt')}</th>
                <th>{t('list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.data.map((letter) => (
                <tr key={letter.participantId}>
                  <td>
                    <bdi dir="ltr">{letter.nameLatin}</bdi>
                    <br />
                    <small>
                      {t(`role.${letter.role}`)} · {t(`status.${letter.status}`)}
                      {letter.provinceId && ` · ${provinceName(letter.provinceId)}`}
                    </small>
                  </td>
                  <td>
                    <bdi dir="ltr">{letter.fullNameInPassport}</bdi>
                  </td>
                  <td>
                    <bdi dir="ltr">{letter.passportNumber}</bdi>
                  </td>
                  <td>{countryName(letter.nationality, locale)}</td>
                  <td>{formatDate(letter.dateOfBirth, locale)}</td>
                  <td>{formatDate(letter.passportExpiresOn, locale)}</td>
                  <td>{formatDateTime(letter.requestedAt, locale, timeZone)}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => remove(letter.participantId)}>
                      {t('visa.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
