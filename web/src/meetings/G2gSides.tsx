import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import type { ReadData } from '../api/use-api.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import type { Locale } from '../i18n/locales.ts';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import { personLabel } from './meeting-format.ts';

export type Delegation = ReadData<'/api/editions/{editionId}/delegations'>[number];
export type OwnDelegation = ReadData<'/api/editions/{editionId}/delegations/mine'>;

type Props = {
  delegations: readonly Delegation[];
  /** The reader's delegation; null for the secretariat, who chooses the asking one. */
  own: OwnDelegation | null;
  requesterDelegationId: string;
  receiverDelegationId: string;
  companionIds: readonly string[];
  problem: ApiProblem | null;
  onChange: (change: {
    requesterDelegationId?: string;
    receiverDelegationId?: string;
    companionIds?: string[];
  }) => void;
};

const companionsOf = (own: OwnDelegation | null) =>
  (own?.members ?? []).filter((member) => member.status === 'approved' && member.role !== 'head');

/** The fields beside which G2gSides shows the server's messages, for the form's summary to leave out. */
export const g2gFields = (own: OwnDelegation | null): string[] => [
  'receiver.delegationId',
  ...(own ? [] : ['requester.delegationId']),
  ...(companionsOf(own).length > 0 ? ['requester.participantIds'] : []),
];

/** The two sides of a governor-to-governor meeting: the delegations, and who comes with the asking head. */
export function G2gSides({
  delegations,
  own,
  requesterDelegationId,
  receiverDelegationId,
  companionIds,
  problem,
  onChange,
}: Props) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const provinceName = useProvinceNames(locale);
  const byName = (a: Delegation, b: Delegation) => provinceName(a.provinceId).localeCompare(provinceName(b.provinceId));
  const choices = [...delegations].sort(byName);
  const companions = companionsOf(own);
  const options = (except: string) =>
    choices
      .filter((delegation) => delegation.id !== except)
      .map((delegation) => (
        <option key={delegation.id} value={delegation.id}>
          {provinceName(delegation.provinceId)}
        </option>
      ));
  return (
    <>
      <p>{t('new.intro')}</p>
      {!own && (
        <LabelledField className="stacked" label={t('new.requester')} path="requester.delegationId" problem={problem}>
          <select
            value={requesterDelegationId}
            onChange={(event) => onChange({ requesterDelegationId: event.target.value })}
            required
          >
            <option value="">{t('new.choose')}</option>
            {options('')}
          </select>
        </LabelledField>
      )}
      <LabelledField className="stacked" label={t('new.receiver')} path="receiver.delegationId" problem={problem}>
        <select
          value={receiverDelegationId}
          onChange={(event) => onChange({ receiverDelegationId: event.target.value })}
          required
        >
          <option value="">{t('new.choose')}</option>
          {options(requesterDelegationId)}
        </select>
      </LabelledField>
      {companions.length > 0 && (
        <fieldset>
          <legend>{t('new.companions')}</legend>
          {companions.map((member) => (
            <label key={member.id}>
              <input
                type="checkbox"
                checked={companionIds.includes(member.id)}
                onChange={(event) =>
                  onChange({
                    companionIds: event.target.checked
                      ? [...companionIds, member.id]
                      : companionIds.filter((id) => id !== member.id),
                  })
                }
              />{' '}
              {personLabel(member, locale)}
            </label>
          ))}
          <FieldErrors problem={problem} path="requester.participantIds" />
        </fieldset>
      )}
    </>
  );
}
