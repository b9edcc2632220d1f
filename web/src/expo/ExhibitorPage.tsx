import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecretariat, useSession } from '../accounts/session-context.tsx';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalText } from '../i18n/LocalText.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import { ExhibitorForm } from './ExhibitorForm.tsx';
import { useExpo } from './use-expo.ts';
import './expo.css';

/** One exhibitor: what it shows, where its booth is and how to reach it. */
export function ExhibitorPage() {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { id } = useParams();
  const exhibitor = useApi('/api/exhibitors/{id}', { params: { path: { id: id ?? '' } } }, locale);
  const { context } = useExpo();
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const separator = t('translation:common.listSeparator');
  if (exhibitor.problem) return <ProblemMessage problem={exhibitor.problem} />;
  if (!exhibitor.data) return <p>{t('translation:common.loading')}</p>;
  const data = exhibitor.data;
  // The same rule as the server's: the secretariat, or an exhibitor account of this organisation.
  const mayEdit = isSecretariat(user) || (user?.role === 'exhibitor' && user.organisation === data.organisation);
  return (
    <article className="expo-page">
      <p>
        <Link to={`/${locale}/expo`}>{t('exhibitor.back')}</Link>
      </p>
      <h1>
        {data.organisation} <DemoBadge isDemo={data.isDemo} />
      </h1>
      {data.isDemo && <p className="demo-notice">{t('demo.notice')}</p>}
      <dl className="facts">
        <div className="fact">
          <dt>{t('exhibitor.province')}</dt>
          <dd>
            <LocalText value={context?.provinceById.get(data.provinceId)?.names} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('exhibitor.booths')}</dt>
          <dd>{data.booths.map((booth) => booth.code).join(separator) || t('exhibitor.noBooth')}</dd>
        </div>
        <div className="fact">
          <dt>{t('exhibitor.languages')}</dt>
          <dd>
            {data.contactLanguages.map((code) => languageName(code, locale)).join(separator) ||
              t('translation:common.none')}
          </dd>
        </div>
        {data.email && (
          <div className="fact">
            <dt>{t('exhibitor.email')}</dt>
            <dd dir="ltr">
              <a href={`mailto:${data.email}`}>{data.email}</a>
            </dd>
          </div>
        )}
        {data.website && (
          <div className="fact">
            <dt>{t('exhibitor.website')}</dt>
            <dd dir="ltr">
              <a href={data.website} rel="noopener noreferrer">
                {data.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <LocalText value={data.description} as="p" />
      {mayEdit && context && !editing && (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('edit.edit')}
        </button>
      )}
      {mayEdit && context && editing && (
        <ExhibitorForm
          context={context}
          exhibitor={data}
          onSaved={() => {
            setEditing(false);
            exhibitor.reload();
          }}
        />
      )}
      <h2>{t('exhibitor.products')}</h2>
      {data.products.length === 0 ? (
        <p>{t('translation:common.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('exhibitor.product')}</th>
                <th scope="col">{t('exhibitor.hsCodes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.products.map((product, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only table of the exhibitor's products in their saved order; products have no id, and two may share a name and codes.
                <tr key={index}>
                  <td>
                    <LocalText value={product.name} />
                  </td>
                  <td dir="ltr">{product.hsCodes.join(separator)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
