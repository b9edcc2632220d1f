import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import type { TaxonomyNode } from '../api/types.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

/** A new subcategory under an active sector, labelled first in the secretary's own language. */
export function AddSubcategoryForm({ sectors, onAdded }: { sectors: TaxonomyNode[]; onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const active = sectors.filter((sector) => !sector.retired);
  const [sector, setSector] = useState(active[0]?.code ?? '');
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [hsCodes, setHsCodes] = useState('');
  const { problem, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      code: `${sector}.${code}`,
      labels: { [locale]: label },
      hsCodes: hsCodes.split(/[\s,]+/).filter(Boolean),
    };
    const add = async () => {
      await dataOf(api.POST('/api/taxonomy', { body }));
    };
    if (await run(add)) {
      setCode('');
      setLabel('');
      setHsCodes('');
      onAdded();
    }
  };
  return (
    <form className="card form" onSubmit={submit} data-testid="add-subcategory">
      <h2>{t('taxonomy.add')}</h2>
      <label>
        {t('taxonomy.sector')}
        <select value={sector} onChange={(event) => setSector(event.target.value)}>
          {active.map((option) => (
            <option key={option.code} value={option.code}>
              {pickText(option.labels, locale)?.text}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('taxonomy.code')}
        <input
          value={code}
          onChange={(event) => setCode(event.target.value)}
          dir="ltr"
          pattern="[a-z][a-z0-9_]*"
          required
        />
      </label>
      <label>
        {t('taxonomy.label')}
        <input value={label} onChange={(event) => setLabel(event.target.value)} dir="auto" required />
      </label>
      <label>
        {t('taxonomy.hsCodes')}
        <input value={hsCodes} onChange={(event) => setHsCodes(event.target.value)} dir="ltr" />
      </label>
      {problem && <ProblemMessage problem={problem} />}
      <button type="submit">{t('taxonomy.addSubmit')}</button>
    </form>
  );
}
