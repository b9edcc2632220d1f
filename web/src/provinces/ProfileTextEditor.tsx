import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import type { ProvinceDetail } from '../api/types.ts';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

export type ProfileField = 'overview' | 'economy' | 'investmentClimate' | 'contacts';

const textOf = (province: ProvinceDetail, field: ProfileField) =>
  field === 'overview' ? province.overview : (province.sections[field] ?? {});

/** The province's delegation and the secretariat write its profile, one part and one language at a time. */
export function ProfileTextEditor({
  province,
  field,
  onSaved,
}: {
  province: ProvinceDetail;
  field: ProfileField;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [text, setText] = useState(textOf(province, field)[locale] ?? '');
  const { problem, run } = useAction();
  const [saved, setSaved] = useState(false);
  const mayEdit = isSecretariat(user) || (user?.role === 'delegation_member' && user.provinceId === province.id);
  if (!mayEdit) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = { ...textOf(province, field), [locale]: text };
    if (text.trim() === '') delete value[locale];
    const body = field === 'overview' ? { overview: value } : { sections: { [field]: value } };
    const save = async () => {
      await dataOf(api.PATCH('/api/provinces/{id}', { params: { path: { id: province.id } }, body }));
    };
    if (await run(save)) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <form className="card form" onSubmit={submit} data-testid={`edit-${field}`}>
      <label>
        {t('province.editText', { section: t(`province.${field}`), language: languageName(locale, locale) })}
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSaved(false);
          }}
          rows={4}
          dir="auto"
        />
      </label>
      {problem && <ProblemMessage problem={problem} />}
      {saved && <p role="status">{t('common.saved')}</p>}
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}
