import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { EditionSelect } from '../secretariat/EditionSelect.tsx';
import { useEditionChoice } from '../secretariat/use-edition-choice.ts';
import { DecisionControls } from './DecisionControls.tsx';
import { DelegationLimitsTable } from './DelegationLimitsTable.tsx';
import { RegistrationFilters } from './RegistrationFilters.tsx';
import {
  exportQueryString,
  NO_FILTERS,
  registrationQuery,
  type RegistrationFilterValues,
} from './registration-query.ts';
import { RegistrationTable } from './RegistrationTable.tsx';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import './registration.css';
import { VisaLettersTab } from './VisaLettersTab.tsx';

type Tab = 'registrations' | 'delegations' | 'visa';

/** The secretariat's registration desk: decide registrations, set delegation limits, handle visa letters. */
export function RegistrationsAdminPage() {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'include' });
  const [tab, setTab] = useState<Tab>('registrations');
  const [filters, setFilters] = useState<RegistrationFilterValues>(NO_FILTERS);
  const allowed = isSecretariat(user);
  const query = registrationQuery(filters);
  // While no edition is chosen nothing is asked (path null), so the empty id is never sent.
  const inEdition = { editionId: editionId ?? '' };
  const registrations = useApi(
    allowed && editionId ? '/api/editions/{editionId}/registrations' : null,
    { params: { path: inEdition, query } },
    locale,
  );
  const delegations = useApi(
    editionId ? '/api/editions/{editionId}/delegations' : null,
    { params: { path: inEdition } },
    locale,
  );
  const provinceName = useProvinceNames(locale);
  const { problem, run } = useAction();

  if (!ready) return <p>{t('loading')}</p>;
  if (!allowed) return <p data-testid="forbidden">{t('admin.forbidden')}</p>;
  if (editions.problem) return <ProblemMessage problem={editions.problem} />;
  const edition = editions.data?.find((candidate) => candidate.id === editionId);
  if (!edition) return <p>{t('loading')}</p>;
  const reloadAll = () => {
    registrations.reload();
    delegations.reload();
  };
  const act = (work: () => Promise<unknown>) => run(async () => void (await work())).then((ok) => ok && reloadAll());
  return (
    <section className="page" data-testid="registrations-admin">
      <h1>{t('admin.title')}</h1>
      <EditionSelect editions={editions.data ?? []} value={editionId} onChange={choose} />
      <p className="hint">{t('admin.timesIn', { zone: timeZoneName(edition.timeZone, locale, new Date()) })}</p>
      <div role="tablist" className="tabs">
        {(['registrations', 'delegations', 'visa'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            onClick={() => setTab(name)}
            data-testid={`tab-${name}`}
          >
            {t(`admin.tab.${name}`)}
          </button>
        ))}
      </div>
      {problem && <ProblemMessage problem={problem} />}
      {tab === 'registrations' && (
        <div role="tabpanel">
          <RegistrationFilters
            filters={filters}
            delegations={delegations.data ?? []}
            provinceName={provinceName}
            onChange={setFilters}
          />
          <p className="export-links">
            {registrations.data && (
              <span data-testid="registration-count">
                {t('admin.count', {
                  count: registrations.data.length,
                  total: formatNumber(registrations.data.length, locale),
                })}{' '}
                ·{' '}
              </span>
            )}
            <a
              href={`/api/editions/${edition.id}/registrations/export${exportQueryString(query)}`}
              download
              data-testid="registrations-export"
            >
              {t('export.xlsx')}
            </a>
          </p>
          {registrations.problem && <ProblemMessage problem={registrations.problem} />}
          {registrations.data ? (
            <RegistrationTable
              rows={registrations.data}
              timeZone={edition.timeZone}
              provinceName={provinceName}
              actions={(row) => (
                <DecisionControls
                  registration={row}
                  onDecide={(decision, reason) =>
                    act(() =>
                      dataOf(
                        api.POST('/api/registrations/{id}/decision', {
                          params: { path: { id: row.id } },
                          body: { decision, reason },
                        }),
                      ),
                    )
                  }
                  onCancel={() =>
                    act(() => dataOf(api.POST('/api/registrations/{id}/cancel', { params: { path: { id: row.id } } })))
                  }
                />
              )}
            />
          ) : (
            <p>{t('loading')}</p>
          )}
        </div>
      )}
      {tab === 'delegations' && (
        <div role="tabpanel">
          {delegations.data ? (
            <DelegationLimitsTable
              delegations={delegations.data}
              provinceName={provinceName}
              onChanged={reloadAll}
              onShowPeople={(provinceId) => {
                setFilters({ ...NO_FILTERS, provinceId });
                setTab('registrations');
              }}
            />
          ) : (
            <p>{t('loading')}</p>
          )}
        </div>
      )}
      {tab === 'visa' && (
        <div role="tabpanel">
          <VisaLettersTab editionId={edition.id} timeZone={edition.timeZone} provinceName={provinceName} />
        </div>
      )}
    </section>
  );
}
