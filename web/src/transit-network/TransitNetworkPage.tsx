import { useTranslation } from 'react-i18next';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { LegsSection } from './LegsSection.tsx';
import { NetworkVersion } from './NetworkVersion.tsx';
import { NodesSection } from './NodesSection.tsx';
import { ParametersSection } from './ParametersSection.tsx';
import { useNetworkEditorData } from './use-network-editor-data.ts';
import './transit-network.css';

/** The secretariat keeps the transit network and its cost and time model; others may read it. */
export function TransitNetworkPage() {
  const { t, i18n } = useTranslation('transitNetwork');
  const { user, ready } = useSession();
  const { network, parameters, refresh } = useNetworkEditorData(i18n.language as Locale);
  const problem = network.problem ?? parameters.problem;
  if (!ready) return <p>{t('translation:common.loading')}</p>;
  if (problem?.problem.status === 401 || problem?.problem.status === 403) {
    return (
      <p className="problem" role="alert">
        {t('notAllowed')}
      </p>
    );
  }
  if (problem) return <ProblemMessage problem={problem} />;
  if (!network.data || !parameters.data) return <p>{t('translation:common.loading')}</p>;
  const canEdit = isSecretariat(user);
  return (
    <section className="transit-network">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!canEdit && (
        <p className="read-only-note" role="note">
          {t('readOnly')}
        </p>
      )}
      <NetworkVersion version={Math.max(network.data.version, parameters.data.version)} />
      <nav className="section-links" aria-label={t('sections')}>
        <a href="#parameters">{t('parameters.title')}</a>
        <a href="#nodes">{t('nodes.title')}</a>
        <a href="#legs">{t('legs.title')}</a>
      </nav>
      <ParametersSection parameters={parameters.data.parameters} canEdit={canEdit} onChanged={refresh} />
      <NodesSection nodes={network.data.nodes} canEdit={canEdit} onChanged={refresh} />
      <LegsSection
        legs={network.data.legs}
        nodes={network.data.nodes}
        parameters={parameters.data.parameters}
        canEdit={canEdit}
        onChanged={refresh}
      />
    </section>
  );
}
