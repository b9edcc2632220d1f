import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { FormProblem } from '../app/FormProblem.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

type Lists = Record<Locale, { text: string; needsReview: boolean }>;

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The words a query names a node by, per language, one per line: what lets a Russian «икра» find
 * a Persian caviar offer. The secretariat curates them here; a list awaiting a native speaker is marked.
 */
export function SearchWordsEditor({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const stored = useApi('/api/search/terms/{code}', { params: { path: { code } } });
  const [lists, setLists] = useState<Lists | null>(null);
  const [saved, setSaved] = useState(false);
  const { problem, run } = useAction();
  useEffect(() => {
    if (!stored.data) return;
    const byLanguage = new Map(stored.data.lists.map((list) => [list.language, list]));
    setLists(
      Object.fromEntries(
        LOCALES.map((language) => {
          const list = byLanguage.get(language);
          return [language, { text: list?.terms.join('\n') ?? '', needsReview: list?.needsReview ?? false }];
        }),
      ) as Lists,
    );
  }, [stored.data]);
  if (!lists) return <p>{t('common.loading')}</p>;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      lists: LOCALES.map((language) => ({
        language,
        terms: linesOf(lists[language].text),
        needsReview: lists[language].needsReview,
      })).filter((list) => list.terms.length > 0),
    };
    setSaved(
      await run(
        async () => void (await dataOf(api.PUT('/api/search/terms/{code}', { params: { path: { code } }, body }))),
      ),
    );
  };
  const edit = (language: Locale, change: Partial<Lists[Locale]>) => {
    setSaved(false);
    setLists({ ...lists, [language]: { ...lists[language], ...change } });
  };
  return (
    <form className="search-words" onSubmit={save}>
      <p className="hint">{t('taxonomy.searchWordsIntro')}</p>
      <div className="search-words-grid">
        {LOCALES.map((language) => (
          <label key={language}>
            {t('taxonomy.wordsIn', { language: languageName(language, locale) })}
            <textarea
              rows={6}
              lang={language}
              dir="auto"
              value={lists[language].text}
              onChange={(event) => edit(language, { text: event.target.value })}
            />
            <span>
              <input
                type="checkbox"
                checked={lists[language].needsReview}
                onChange={(event) => edit(language, { needsReview: event.target.checked })}
              />{' '}
              {t('taxonomy.wordsToReview')}
            </span>
          </label>
        ))}
      </div>
      <FormProblem problem={problem} fields={[]} />
      <button type="submit">{t('common.save')}</button>
      {saved && <span role="status"> {t('common.saved')}</span>}
    </form>
  );
}
