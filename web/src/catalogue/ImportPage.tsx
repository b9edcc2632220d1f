import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { ApiProblem } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { filtersFrom } from './catalogue-query.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import { sendFile, sendFileForDownload, spreadsheetTypeOf, type UploadAnswer } from './raw-body.ts';

/** A CSV or XLSX file of items comes in as drafts, all rows or none; a refused file gets a report per row and column. */
export function ImportPage() {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { user, ready } = useSession();
  const [search] = useSearchParams();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<UploadAnswer<'/api/items/import'> | null>(null);
  const { problem, run } = useAction();
  const report = useAction();
  if (!ready) return <p>{t('translation:common.loading')}</p>;
  if (!user) return <p className="card">{t('form.signInFirst')}</p>;
  const contentType = file ? spreadsheetTypeOf(file) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !contentType) return;
    setOutcome(null);
    await run(async () =>
      setOutcome(await sendFile('/api/items/import', { query: { status: 'draft' } }, file, contentType)),
    );
  };
  const downloadReport = () =>
    file &&
    contentType &&
    void report.run(() =>
      sendFileForDownload('/api/items/import/report', {}, file, contentType, `${t('import.reportFileName')}.xlsx`),
    );
  return (
    <section className="import-page">
      <p>
        <Link to={`/${locale}/catalogue`}>{t('item.backToList')}</Link>
      </p>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <form className="card form" onSubmit={submit} data-testid="import-form">
        <label>
          {t('import.file')}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </label>
        {file && !contentType && (
          <p className="problem" role="alert">
            {t('import.wrongType')}
          </p>
        )}
        <button type="submit" disabled={!file || !contentType}>
          {t('import.submit')}
        </button>
      </form>
      {outcome && (
        <p className="card success" role="status" data-testid="import-outcome">
          {t('import.done', { count: outcome.imported, formattedCount: formatNumber(outcome.imported, locale) })}{' '}
          <Link to={`/${locale}/catalogue?status=draft`}>{t('import.seeDrafts')}</Link>
        </p>
      )}
      {problem && (
        <div className="import-problem" data-testid="import-problem">
          <ProblemMessage problem={new ApiProblem({ ...problem.problem, errors: undefined })} />
          <ImportProblems errors={problem.problem.errors ?? []} />
          <button type="button" onClick={downloadReport}>
            {t('import.downloadReport')}
          </button>
          {report.problem && <ProblemMessage problem={report.problem} />}
        </div>
      )}
      <h2>{t('export.title')}</h2>
      <ExportLinks filters={filtersFrom(search)} />
    </section>
  );
}
