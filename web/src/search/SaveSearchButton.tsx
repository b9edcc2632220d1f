import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { type SearchState, savedQueryOf } from './search-query.ts';

/** Keeps the search on screen for a signed-in person, to be told later what is new for it. */
export function SaveSearchButton({ state }: { state: SearchState }) {
  const { t, i18n } = useTranslation('search');
  const { user } = useSession();
  const [saved, setSaved] = useState(false);
  const { problem, run } = useAction();
  if (!user) return null;
  const save = async () => {
    const name = state.q.trim() || t('saved.unnamed');
    const done = await run(async () => {
      await dataOf(api.POST('/api/saved-searches', { body: { name: name.slice(0, 80), query: savedQueryOf(state) } }));
    });
    setSaved(done);
  };
  if (saved)
    return (
      <p role="status">
        {t('saved.done')} <Link to={`/${i18n.language as Locale}/saved-searches`}>{t('saved.open')}</Link>
      </p>
    );
  return (
    <div className="save-search">
      <button type="button" onClick={() => void save()}>
        {t('saved.save')}
      </button>
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
