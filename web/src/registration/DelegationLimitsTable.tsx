import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { DELEGATION_ROLES, type DelegationSummary } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

type Props = {
  delegations: DelegationSummary[];
  provinceName: (id: string | null) => string;
  onChanged: () => void;
  onShowPeople: (provinceId: string) => void;
};

/** Every delegation's limits, editable by the secretariat; an empty role limit means "the total only". */
export function DelegationLimitsTable({ delegations, provinceName, onChanged, onShowPeople }: Props) {
  const { t } = useTranslation('registration');
  const { problem, run } = useAction();
  return (
    <>
      {problem && <ProblemMessage problem={problem} />}
      <div className="table-scroll">
        <table className="table delegation-limits" data-testid="delegation-limits">
          <thead>
            <tr>
              <th>{t('field.province')}</th>
              <th>{t('limits.approved')}</th>
              <th>{t('limits.total')}</th>
              {DELEGATION_ROLES.map((role) => (
                <th key={role}>{t(`role.${role}`)}</th>
              ))}
              <th>{t('list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {delegations.map((delegation) => (
              <LimitsRow
                key={delegation.id}
                delegation={delegation}
                name={provinceName(delegation.provinceId)}
                onShowPeople={() => onShowPeople(delegation.provinceId)}
                onSave={(memberLimit, roleLimits) =>
                  run(
                    async () =>
                      void (await dataOf(
                        api.PATCH('/api/delegations/{id}', {
                          params: { path: { id: delegation.id } },
                          body: { memberLimit, roleLimits },
                        }),
                      )),
                  ).then((ok) => ok && onChanged())
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type RowProps = {
  delegation: DelegationSummary;
  name: string;
  onSave: (memberLimit: number, roleLimits: Record<string, number>) => void;
  onShowPeople: () => void;
};

function LimitsRow({ delegation, name, onSave, onShowPeople }: RowProps) {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const [total, setTotal] = useState(String(delegation.memberLimit));
  const [roles, setRoles] = useState<Record<string, string>>(() =>
    Object.fromEntries(DELEGATION_ROLES.map((role) => [role, delegation.roleLimits[role]?.toString() ?? ''])),
  );
  const save = () => {
    const roleLimits = Object.fromEntries(
      Object.entries(roles)
        .filter(([, value]) => value.trim() !== '')
        .map(([role, value]) => [role, Number(value)]),
    );
    onSave(Number(total), roleLimits);
  };
  return (
    <tr data-testid="delegation-row" data-province={delegation.provinceId}>
      <td>{name}</td>
      <td>
        {formatNumber(delegation.approvedTotal, locale)}
        <br />
        <small>
          {t('placesLeft', { count: delegation.placesLeft, places: formatNumber(delegation.placesLeft, locale) })}
        </small>
      </td>
      <td>
        <input
          type="number"
          min={0}
          max={500}
          value={total}
          onChange={(event) => setTotal(event.target.value)}
          aria-label={t('limits.total')}
          name="memberLimit"
        />
      </td>
      {DELEGATION_ROLES.map((role) => (
        <td key={role}>
          <input
            type="number"
            min={0}
            max={500}
            value={roles[role]}
            placeholder="—"
            onChange={(event) => setRoles({ ...roles, [role]: event.target.value })}
            aria-label={t(`role.${role}`)}
            name={`roleLimits.${role}`}
          />
          <br />
          <small>{t('limits.approvedOfRole', { people: formatNumber(delegation.approved[role] ?? 0, locale) })}</small>
        </td>
      ))}
      <td className="row-actions">
        <button type="button" onClick={save} data-testid="save-limits">
          {t('limits.save')}
        </button>
        <button type="button" className="link-button" onClick={onShowPeople}>
          {t('limits.showPeople')}
        </button>
      </td>
    </tr>
  );
}
