import { useTranslation } from 'react-i18next';
import type { Panel } from '../api/types.ts';
import { SourceList } from '../app/SourceList.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { pickText } from '../i18n/pick-text.ts';

export function PanelList({ panels }: { panels: Panel[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <ol className="panels">
      {panels.map((panel) => (
        <li key={panel.id} className="card" data-testid="panel">
          <p className="panel-kind">
            {panel.kind === 'general'
              ? t('panels.general')
              : t('panels.specialist', { number: formatNumber(panel.number ?? 0, locale) })}
          </p>
          <LocalText as="h3" value={panel.title} />
          {pickText(panel.moderatorName, locale) ? (
            <p>
              {t('panels.moderator')} <LocalText as="strong" value={panel.moderatorName} /> —{' '}
              <LocalText value={panel.moderatorRole} />
            </p>
          ) : (
            <p className="missing-text">{t('panels.moderatorToBeAnnounced')}</p>
          )}
          <SourceList sources={panel.sources} hideWhenNone />
        </li>
      ))}
    </ol>
  );
}
