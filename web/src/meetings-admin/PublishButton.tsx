import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** Publishes every provisional meeting of the edition, after a second yes; their people are told. */
export function PublishButton({
  editionId,
  provisional,
  onPublished,
}: {
  editionId: string;
  /** How many meetings are provisional now. */
  provisional: number;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const { problem, run } = useAction();
  const publish = async () => {
    const done = await run(async () => {
      const answer = await dataOf(
        api.POST('/api/editions/{editionId}/meetings/publish', {
          params: { path: { editionId } },
          body: { meetingIds: null },
        }),
      );
      setPublished(answer.meetings.length);
    });
    setConfirming(false);
    if (done) onPublished();
  };
  const count = formatNumber(provisional, locale);
  return (
    <div className="publish" data-testid="publish">
      {!confirming && (
        <button
          type="button"
          className="primary-button"
          disabled={provisional === 0}
          onClick={() => {
            setConfirming(true);
            setPublished(null);
          }}
        >
          {t('publish.button', { number: count })}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="publish-question" className="confirm">
          <p id="publish-question">{t('publish.confirm', { number: count })}</p>
          <div className="form-actions">
            <button type="button" className="primary-button" onClick={() => void publish()}>
              {t('publish.yes')}
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              {t('publish.no')}
            </button>
          </div>
        </div>
      )}
      {published !== null && (
        <p className="saved-note" role="status">
          {t('publish.done', { number: formatNumber(published, locale) })}
        </p>
      )}
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
