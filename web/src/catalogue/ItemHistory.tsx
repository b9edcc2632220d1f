import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

const KNOWN_CHANGES = ['created', 'edited', 'published', 'archived', 'imported'];

/** Every version of the item, newest first: its number, what changed and when. */
export function ItemHistory({ itemId, version }: { itemId: string; version: number }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const history = useApi('/api/items/{id}/history', { params: { path: { id: itemId } } }, `${locale}|${version}`);
  if (history.problem) return <ProblemMessage problem={history.problem} />;
  if (!history.data) return null;
  return (
    <div className="table-scroll">
      <table className="table item-history" data-testid="item-history">
        <caption>{t('history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.version')}</th>
            <th scope="col">{t('history.change')}</th>
            <th scope="col">{t('history.when')}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((entry) => (
            <tr key={entry.version}>
              <td>{formatNumber(entry.version, locale)}</td>
              <td>
                {KNOWN_CHANGES.includes(entry.change) ? (
                  t(`history.changes.${entry.change}`)
                ) : (
                  <code>{entry.change}</code>
                )}
              </td>
              <td>{formatDateTime(entry.changedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
