import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import type { Exhibitor } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ContactLanguagesField } from './ContactLanguagesField.tsx';
import type { ExpoContext } from './use-expo.ts';

type ProductDraft = { name: string; hsCodes: string };
type Props = { context: ExpoContext; exhibitor?: Exhibitor; onSaved: (exhibitor: Exhibitor) => void };

/**
 * A new exhibitor, or changes to one. Texts are written in the reader's language; texts already
 * written in other languages are kept.
 */
export function ExhibitorForm({ context, exhibitor, onSaved }: Props) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const { problem, run } = useAction();
  const [saved, setSaved] = useState(false);
  const fixedOrganisation = user?.role === 'exhibitor' ? (user.organisation ?? '') : null;
  const initial = () => ({
    organisation: exhibitor?.organisation ?? fixedOrganisation ?? '',
    provinceId: exhibitor?.provinceId ?? 'gilan',
    description: exhibitor?.description[locale] ?? '',
    products: exhibitor?.products.map((product) => ({
      name: product.name[locale] ?? pickText(product.name, locale)?.text ?? '',
      hsCodes: product.hsCodes.join(', '),
    })) ?? [{ name: '', hsCodes: '' }],
    languages: exhibitor?.contactLanguages ?? [locale],
    email: exhibitor?.email ?? '',
    website: exhibitor?.website ?? '',
  });
  const [draft, setDraft] = useState(initial);
  const setProduct = (index: number, change: Partial<ProductDraft>) =>
    setDraft({
      ...draft,
      products: draft.products.map((product, at) => (at === index ? { ...product, ...change } : product)),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = {
      organisation: draft.organisation,
      provinceId: draft.provinceId,
      description: { ...exhibitor?.description, [locale]: draft.description.trim() },
      products: draft.products
        .filter((product) => product.name.trim() || product.hsCodes.trim())
        .map((product, index) => ({
          name: { ...exhibitor?.products[index]?.name, [locale]: product.name.trim() },
          hsCodes: product.hsCodes.split(/[\s,;،]+/).filter(Boolean),
        })),
      contactLanguages: draft.languages,
      email: draft.email.trim() || null,
      website: draft.website.trim() || null,
    };
    await run(async () => {
      const result = await dataOf(
        exhibitor
          ? api.PATCH('/api/exhibitors/{id}', { params: { path: { id: exhibitor.id } }, body })
          : api.POST('/api/expos/{expoId}/exhibitors', { params: { path: { expoId: context.expo.id } }, body }),
      );
      setSaved(true);
      if (!exhibitor) setDraft(initial());
      onSaved(result);
    });
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="exhibitor-form-title">
      <h2 id="exhibitor-form-title">{exhibitor ? t('edit.editTitle') : t('edit.newTitle')}</h2>
      <label>
        {t('buyers.organisation')}
        <input
          value={draft.organisation}
          onChange={(event) => setDraft({ ...draft, organisation: event.target.value })}
          required
          maxLength={200}
          readOnly={fixedOrganisation !== null}
        />
      </label>
      <LabelledField label={t('exhibitor.province')}>
        <NamedSelect
          value={draft.provinceId}
          things={context.provinces}
          nameOf={(province) => province.names}
          onChange={(provinceId) => setDraft({ ...draft, provinceId })}
        />
      </LabelledField>
      <label>
        {t('edit.description', { language: languageName(locale, locale) })}
        <textarea
          value={draft.description}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          maxLength={2000}
          rows={3}
        />
      </label>
      <fieldset>
        <legend>{t('exhibitor.products')}</legend>
        {draft.products.map((product, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are only ever appended, never removed or reordered, and setProduct addresses a row by its place; a product being typed has no other identity.
          <div key={index} className="product-row">
            <label>
              {t('edit.productName', { language: languageName(locale, locale) })}
              <input
                value={product.name}
                onChange={(event) => setProduct(index, { name: event.target.value })}
                maxLength={200}
              />
            </label>
            <label>
              {t('exhibitor.hsCodes')}
              <input
                value={product.hsCodes}
                onChange={(event) => setProduct(index, { hsCodes: event.target.value })}
                dir="ltr"
                placeholder="0902"
              />
            </label>
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => setDraft({ ...draft, products: [...draft.products, { name: '', hsCodes: '' }] })}
        >
          {t('edit.addProduct')}
        </button>
        <small>{t('buyers.hsHint')}</small>
      </fieldset>
      <ContactLanguagesField
        legend={t('exhibitor.languages')}
        value={draft.languages}
        onChange={(languages) => setDraft({ ...draft, languages })}
      />
      <label>
        {t('exhibitor.email')}
        <input
          type="email"
          value={draft.email}
          onChange={(event) => setDraft({ ...draft, email: event.target.value })}
          maxLength={200}
          dir="ltr"
        />
      </label>
      <label>
        {t('exhibitor.website')}
        <input
          type="url"
          value={draft.website}
          onChange={(event) => setDraft({ ...draft, website: event.target.value })}
          maxLength={500}
          dir="ltr"
          placeholder="https://"
        />
      </label>
      {problem && <ProblemMessage problem={problem} />}
      {saved && <p role="status">{t('edit.saved')}</p>}
      <button type="submit">{exhibitor ? t('edit.save') : t('edit.create')}</button>
    </form>
  );
}
