import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import type { Locale } from '../i18n/locales.ts';
import { INTEREST_MESSAGE_MAX_LENGTH } from '../../../src/domain/interests/model.ts';

type Props = { itemId: string; provinceId: string; organisation: string | null };

/** "We are interested": a short message to the side that published the item, for another province or organisation. */
export function ExpressInterest({ itemId, provinceId, organisation }: Props) {
  const { t, i18n } = useTranslation('matchmaking');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [message, setMessage] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [sent, setSent] = useState(false);
  const { problem, run } = useAction();
  const speaksForParty =
    (user?.role === 'delegation_member' && user.provinceId) ||
    ((user?.role === 'exhibitor' || user?.role === 'buyer') && user.organisation);
  const ownSide = user?.provinceId === provinceId || (organisation !== null && user?.organisation === organisation);
  if (!user || !speaksForParty || ownSide) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/items/{id}/interests', { params: { path: { id: itemId } }, body: { message, language } }),
      );
    });
    setSent(done);
  };
  if (sent)
    return (
      <p role="status" className="interest-sent">
        {t('interest.sent')} <Link to={`/${locale}/interests`}>{t('interest.open')}</Link>
      </p>
    );
  return (
    <form className="form express-interest" onSubmit={submit}>
      <h2>{t('interest.title')}</h2>
      <p className="hint">{t('interest.intro')}</p>
      <LabelledField label={t('interest.message')} path="message" problem={problem}>
        <textarea
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          maxLength={INTEREST_MESSAGE_MAX_LENGTH}
          rows={3}
          required
          dir="auto"
          lang={language}
        />
      </LabelledField>
      <LabelledField label={t('interest.language')} path="language" problem={problem}>
        <LanguageSelect value={language} onChange={setLanguage} />
      </LabelledField>
      <FormProblem problem={problem} fields={['message', 'language']} />
      <button type="submit">{t('interest.send')}</button>
    </form>
  );
}
