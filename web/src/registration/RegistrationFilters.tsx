import { useTranslation } from 'react-i18next';
import { REGISTRATION_SEARCH_MAX_LENGTH } from '../../../src/domain/delegations/model.ts';
import { PARTICIPANT_ROLES, PARTICIPANT_STATUSES, type DelegationSummary } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { CountrySelect } from './CountrySelect.tsx';
import type { RegistrationFilterValues } from './registration-query.ts';

type Props = {
  filters: RegistrationFilterValues;
  delegations: DelegationSummary[];
  provinceName: (id: string | null) => string;
  onChange: (filters: RegistrationFilterValues) => void;
};

export function RegistrationFilters({ filters, delegations, provinceName, onChange }: Props) {
  const { t } = useTranslation('registration');
  const set = (change: Partial<RegistrationFilterValues>) => onChange({ ...filters, ...change });
  return (
    <div className="filters registration-filters" data-testid="registration-filters">
      <LabelledField label={t('list.status')}>
        <ChoiceSelect
          value={filters.status}
          choices={PARTICIPANT_STATUSES}
          labelOf={(status) => t(`status.${status}`)}
          onChange={(status) => set({ status })}
          empty={t('filters.any')}
          name="status"
        />
      </LabelledField>
      <LabelledField label={t('field.role')}>
        <ChoiceSelect
          value={filters.role}
          choices={PARTICIPANT_ROLES}
          labelOf={(role) => t(`role.${role}`)}
          onChange={(role) => set({ role })}
          empty={t('filters.any')}
          name="role"
        />
      </LabelledField>
      <LabelledField label={t('field.province')}>
        <ChoiceSelect
          value={filters.provinceId}
          choices={delegations.map((delegation) => delegation.provinceId)}
          labelOf={provinceName}
          onChange={(provinceId) => set({ provinceId })}
          empty={t('filters.any')}
          name="provinceId"
        />
      </LabelledField>
      <LabelledField label={t('field.country')}>
        <CountrySelect
          value={filters.countryCode}
          onChange={(countryCode) => set({ countryCode })}
          empty={t('filters.any')}
          name="countryCode"
        />
      </LabelledField>
      <LabelledField label={t('filters.text')}>
        <input
          type="search"
          dir="auto"
          value={filters.text}
          onChange={(event) => set({ text: event.target.value })}
          name="text"
          maxLength={REGISTRATION_SEARCH_MAX_LENGTH}
        />
      </LabelledField>
    </div>
  );
}
