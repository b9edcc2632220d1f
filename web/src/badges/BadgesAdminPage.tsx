import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber, timeZoneName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { EditionSelect } from '../secretariat/EditionSelect.tsx';
import { useEditionChoice } from '../secretariat/use-edition-choice.ts';
import { BadgeRow } from './BadgeRow.tsx';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import './badges.css';

/** The badge desk: approved participants of an edition, by delegation, with their badges. */
export function BadgesAdminPage() {
  const { t, i18n } = useTranslation('badges');
  const locale = i18n.language as Locale;
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'include' });
  const [params, setParams] = useSearchParams();
  const delegationId = params.get('delegation') ?? '';
  const edition = editions.data?.find((entry) => entry.id === editionId);
  // While no edition is chosen nothing is asked (path null), so the empty id is never sent.
  const inEdition = { editionId: editionId ?? '' };
  const roster = useApi(
    editionId ? '/api/editions/{editionId}/badges' : null,
    { params: { path: inEdition, query: delegationId ? { delegationId } : undefined } },
    locale,
  );
  const delegations = useApi(editionId ? '/api/editions/{editionId}/delegations' : null, {
    params: { path: inEdition },
  });
  // The batch of badges is a file, so a plain link: it carries the same delegation as the roster.
  const batchQuery = delegationId ? `?delegationId=${encodeURIComponent(delegationId)}` : '';
  const batchPdf = editionId ? `/api/editions/${encodeURIComponent(editionId)}/badges.pdf${batchQuery}` : null;
  const provinceName = useProvinceNames(locale);
  const chooseDelegation = (id: string) =>
    setParams((previous) => {
      const next = Object.fromEntries(previous);
      if (id) next.delegation = id;
      else delete next.delegation;
      return next;
    });

  if (editions.problem) return <ProblemMessage problem={editions.problem} />;
  const badged = roster.data?.filter((entry) => entry.badge).length ?? 0;
  return (
    <section className="badges-admin">
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <div className="badges-filters">
        {editions.data && <EditionSelect editions={editions.data} value={editionId} onChange={choose} />}
        <label>
          {t('admin.delegation')}{' '}
          <select
            value={delegationId}
            onChange={(event) => chooseDelegation(event.target.value)}
            data-testid="delegation-filter"
          >
            <option value="">{t('admin.allParticipants')}</option>
            {(delegations.data ?? []).map((delegation) => (
              <option key={delegation.id} value={delegation.id}>
                {provinceName(delegation.provinceId)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {batchPdf && badged > 0 && (
        <p className="export-links">
          <a href={batchPdf} target="_blank" rel="noreferrer" data-testid="batch-pdf">
            {delegationId ? t('admin.printDelegation') : t('admin.printAll')}
          </a>
        </p>
      )}
      {roster.problem && <ProblemMessage problem={roster.problem} />}
      {!roster.data && !roster.problem && <p>{t('loading')}</p>}
      {roster.data && (
        <>
          <p>
            {t('admin.count', {
              approved: formatNumber(roster.data.length, locale),
              badged: formatNumber(badged, locale),
            })}
            {edition && (
              <small className="time-zone-note">
                {' '}
                {t('timeZone', { zone: timeZoneName(edition.timeZone, locale, new Date()) })}
              </small>
            )}
          </p>
          {roster.data.length === 0 ? (
            <p>{t('admin.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table badges-table" data-testid="badges-table">
                <thead>
                  <tr>
                    <th>{t('admin.column.name')}</th>
                    <th>{t('admin.column.role')}</th>
                    <th>{t('admin.column.province')}</th>
                    <th>{t('admin.column.badge')}</th>
                    <th>{t('admin.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {roster.data.map((entry) => (
                    <BadgeRow
                      key={entry.participantId}
                      entry={entry}
                      provinceName={provinceName(entry.provinceId)}
                      timeZone={edition?.timeZone ?? 'UTC'}
                      onChanged={roster.reload}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
