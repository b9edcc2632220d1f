import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { References } from '../catalogue/use-references.ts';
import { MatchCard } from './MatchCard.tsx';

/** "Matches" on an item's page: offers for a need, needs for an offer, from other provinces. */
export function ItemMatches({
  itemId,
  kind,
  references,
}: {
  itemId: string;
  kind: 'offer' | 'need';
  references: References;
}) {
  const { t, i18n } = useTranslation('matchmaking');
  const matches = useApi(
    '/api/items/{id}/matches',
    { params: { path: { id: itemId }, query: { limit: 10 } } },
    i18n.language,
  );
  return (
    <section className="item-matches" aria-labelledby="item-matches-title">
      <h2 id="item-matches-title">{t(kind === 'need' ? 'offersForNeed' : 'needsForOffer')}</h2>
      <p className="hint">{t('intro')}</p>
      {matches.problem && <ProblemMessage problem={matches.problem} />}
      {matches.data?.matches.length === 0 && <p>{t('none')}</p>}
      {matches.data && (
        <ol className="match-list">
          {matches.data.matches.map((match) => (
            <MatchCard key={match.item.id} match={match} references={references} />
          ))}
        </ol>
      )}
      {matches.loading && !matches.data && <p>{t('translation:common.loading')}</p>}
    </section>
  );
}
