import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../api/types.ts';
import { countryName, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { DemoBadge, StatusBadge } from './labels.tsx';

type Props = {
  rows: Registration[];
  timeZone: string;
  provinceName: (id: string | null) => string;
  actions?: (row: Registration) => ReactNode;
};

/** Registrations as the secretariat and a delegation office see them; passport data never appears here. */
export function RegistrationTable({ rows, timeZone, provinceName, actions }: Props) {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  if (rows.length === 0) return <p data-testid="registrations-empty">{t('list.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table registration-table" data-testid="registration-table">
        <thead>
          <tr>
            <th>{t('list.name')}</th>
            <th>{t('field.role')}</th>
            <th>{t('list.status')}</th>
            <th>{t('field.province')}</th>
            <th>{t('field.organisation')}</th>
            <th>{t('field.email')}</th>
            <th>{t('list.registered')}</th>
            <th>{t('list.visa')}</th>
            {actions && <th>{t('list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="registration-row" data-status={row.status}>
              <td>
                <bdi dir="ltr">{row.nameLatin}</bdi>
                <br />
                <bdi lang={row.nameLanguage}>{row.nameNative}</bdi> {row.isDemo && <DemoBadge />}
              </td>
              <td>{t(`role.${row.role}`)}</td>
              <td>
                <StatusBadge status={row.status} />
                {row.decisionReason && <small className="hint decision-reason">{row.decisionReason}</small>}
              </td>
              <td>
                {provinceName(row.provinceId)}
                {row.provinceId && <br />}
                <small>{countryName(row.countryCode, locale)}</small>
              </td>
              <td>
                {row.position && <small>{row.position}</small>}
                {row.position && row.organisation && <br />}
                {row.organisation}
              </td>
              <td className="email">
                <bdi dir="ltr">{row.email}</bdi>
              </td>
              <td>{formatDateTime(row.createdAt, locale, timeZone)}</td>
              <td>{row.visaLetterRequested ? t('list.visaRequested') : ''}</td>
              {actions && <td className="row-actions">{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
