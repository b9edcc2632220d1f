import { useTranslation } from 'react-i18next';
import { REGISTRATION_SEARCH_MAX_LENGTH } from '../../../src/domain/delegations/model.ts';
import {
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  type DelegationSummary,
  type ParticipantRole,
  type ParticipantStatus,
} from '../api/types.ts';
import { countryName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { COUNTRY_CODES } from './person-draft.ts';
import type { RegistrationFilterValues } from './registration-query.ts';

type Props = {
  filters: RegistrationFilterValues;
  delegations: DelegationSummary[];
  provinceName: (id: string | null) => string;
  onChange: (filters: RegistrationFilterValues) => void;
};

export function RegistrationFilters({ filters, delegations, provinceName, onChange }: Props) {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const set = (field: 'provinceId' | 'countryCode' | 'text') => (event: { target: { value: string } }) =>
    onChange({ ...filters, [field]: event.target.value });
  return (
    <div className="filters registration-filters" data-testid="registration-filters">
      <label>
        {t('list.status')}
        <select
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as ParticipantStatus | '' })}
          name="status"
        >
          <option value="">{t('filters.any')}</option>
          {PARTICIPANT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('field.role')}
        <select
          value={filters.role}
          onChange={(event) => onChange({ ...filters, role: event.target.value as ParticipantRole | '' })}
          name="role"
        >
          <option value="">{t('filters.any')}</option>
          {PARTICIPANT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('field.province')}
        <select value={filters.provinceId} onChange={set('provinceId')} name="provinceId">
          <option value="">{t('filters.any')}</option>
          {delegations.map((delegation) => (
            <option key={delegation.provinceId} value={delegation.provinceId}>
              {provinceName(delegation.provinceId)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('field.country')}
        <select value={filters.countryCode} onChange={set('countryCode')} name="countryCode">
          <option value="">{t('filters.any')}</option>
          {COUNTRY_CODES.map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.text')}
        <input
          type="search"
          dir="auto"
          value={filters.text}
          onChange={set('text')}
          name="text"
          maxLength={REGISTRATION_SEARCH_MAX_LENGTH}
        />
      </label>
    </div>
  );
}
