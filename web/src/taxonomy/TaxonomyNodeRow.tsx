import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../generated/api-types.ts';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import type { TaxonomyNode } from '../api/types.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { SearchWordsEditor } from './SearchWordsEditor.tsx';

/** A change to a node, as PATCH /api/taxonomy/{code} takes it: omitted fields stay as they are. */
type NodeChange = paths['/api/taxonomy/{code}']['patch']['requestBody']['content']['application/json'];

export function TaxonomyNodeRow({ node, onChanged }: { node: TaxonomyNode; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const [label, setLabel] = useState<string | null>(null);
  const [editingWords, setEditingWords] = useState(false);
  const change = (body: NodeChange) =>
    run(async () => {
      await dataOf(api.PATCH('/api/taxonomy/{code}', { params: { path: { code: node.code } }, body }));
    }).then((ok) => ok && onChanged());
  const rename = (text: string) => change({ labels: { [locale]: text } }).then(() => setLabel(null));
  return (
    <>
      <tr className={node.retired ? 'retired' : undefined} data-code={node.code}>
        <td className={node.parentCode ? 'subcategory' : 'sector'}>
          {label === null ? (
            <LocalText value={node.labels} />
          ) : (
            <input
              value={label}
              onChange={(event) => setLabel(event.target.value)}
              dir="auto"
              aria-label={t('taxonomy.label')}
            />
          )}
          {node.retired && <span className="badge">{t('taxonomy.retired')}</span>}
          {problem && <ProblemMessage problem={problem} />}
        </td>
        <td dir="ltr">
          <code>{node.code}</code>
          {node.hsCodes.length > 0 && <small> HS {node.hsCodes.join(', ')}</small>}
          {node.isicCodes.length > 0 && <small> ISIC {node.isicCodes.join(', ')}</small>}
        </td>
        <td>{node.labelsToReview.map((language) => languageName(language, locale)).join(t('common.listSeparator'))}</td>
        <td className="row-actions">
          {label === null ? (
            <button type="button" className="link-button" onClick={() => setLabel(node.labels[locale] ?? '')}>
              {t('taxonomy.rename')}
            </button>
          ) : (
            <button type="button" className="link-button" onClick={() => void rename(label)}>
              {t('common.save')}
            </button>
          )}
          {node.labelsToReview.includes(locale) && (
            <button type="button" className="link-button" onClick={() => void change({ reviewed: [locale] })}>
              {t('taxonomy.confirm')}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => void change({ retired: !node.retired })}>
            {node.retired ? t('taxonomy.restore') : t('taxonomy.retire')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-expanded={editingWords}
            onClick={() => setEditingWords(!editingWords)}
          >
            {t('taxonomy.searchWords')}
          </button>
        </td>
      </tr>
      {editingWords && (
        <tr className="search-words-row">
          <td colSpan={4}>
            <SearchWordsEditor code={node.code} />
          </td>
        </tr>
      )}
    </>
  );
}
