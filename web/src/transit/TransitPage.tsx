import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import type { TransitScenario } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ParametersDisclosure } from './ParametersDisclosure.tsx';
import { PlanExportLinks } from './PlanExportLinks.tsx';
import { QueryForm } from './QueryForm.tsx';
import { RoutePlan } from './RoutePlan.tsx';
import { ScenarioCompare } from './ScenarioCompare.tsx';
import { ScenarioManager } from './ScenarioManager.tsx';
import { compareIdsFrom, queryFromSearch, routesQuery, searchOfQuery } from './transit-query.ts';
import { usePlannerNetwork } from './use-planner-network.ts';
import './transit.css';

/** The public transit planner: routes between provinces and places of the corridor, compared and explained. */
export function TransitPage() {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const query = queryFromSearch(search, new Date().getMonth() + 1);
  const compareIds = compareIdsFrom(search);
  const network = usePlannerNetwork();
  const scenarios = useApi('/api/transit/scenarios', undefined, locale);
  const routes = useApi('/api/transit/routes', { params: { query: routesQuery(query) } }, locale);
  // The API keeps no order; the reader gets them by name.
  const scenarioList = useMemo(() => {
    const nameOf = (scenario: TransitScenario) => pickText(scenario.name, locale)?.text ?? '';
    return [...(scenarios.data?.scenarios ?? [])].sort((a, b) => nameOf(a).localeCompare(nameOf(b), locale));
  }, [scenarios.data, locale]);
  return (
    <section className="transit-page">
      <h1>{t('title')}</h1>
      <p className="transit-intro">{t('intro')}</p>
      {network.network.problem && <ProblemMessage problem={network.network.problem} />}
      <div className="transit-layout">
        <div className="transit-side">
          <QueryForm
            key={searchOfQuery(query).toString()}
            query={query}
            places={network.places}
            scenarios={scenarioList}
            onSubmit={(next) => setSearch(searchOfQuery(next, compareIds))}
          />
          <PlanExportLinks query={query} />
        </div>
        <RoutePlan key={searchOfQuery(query).toString()} routes={routes} network={network} />
      </div>
      <ScenarioCompare
        query={query}
        scenarios={scenarioList}
        chosenIds={compareIds}
        names={network}
        onChoose={(ids) => setSearch(searchOfQuery(query, ids), { replace: true })}
      />
      {user && network.network.data && (
        <ScenarioManager
          scenarios={scenarioList}
          network={network.network.data}
          names={network}
          onChanged={scenarios.reload}
        />
      )}
      <ParametersDisclosure />
    </section>
  );
}
