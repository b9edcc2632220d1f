import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { type AuditSubject, auditSubject } from './audit-subject.ts';

const ENTITY_TYPES = ['', 'user', 'invite', 'province', 'taxonomy_node'];

/** The secretariat reads who changed what, newest first, filtered by kind of entity or person. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [entityType, setEntityType] = useState('');
  const [actorEmail, setActorEmail] = useState('');
  const query = { limit: 100, ...(entityType && { entityType }), ...(actorEmail && { actorEmail }) };
  const entries = useApi('/api/audit', { params: { query } }, locale);
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <div className="filters">
        <label>
          {t('audit.entityType')}
          <select value={entityType} onChange={(event) => setEntityType(event.target.value)}>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {type ? t(`audit.entities.${type}`) : t('common.all')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.actor')}
          <input type="email" value={actorEmail} onChange={(event) => setActorEmail(event.target.value)} dir="ltr" />
        </label>
      </div>
      {entries.problem && <ProblemMessage problem={entries.problem} />}
      <div className="table-scroll">
        <table className="table" data-testid="audit-table">
          <thead>
            <tr>
              <th>{t('audit.when')}</th>
              <th>{t('audit.actor')}</th>
              <th>{t('audit.action')}</th>
              <th>{t('audit.entity')}</th>
              <th>{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {(entries.data ?? []).map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.occurredAt, locale)}</td>
                <td dir="ltr">{entry.actorEmail ?? t('audit.system')}</td>
                <td>{t(`audit.actions.${entry.action.replace('.', '_')}`, { defaultValue: entry.action })}</td>
                <td>
                  <AuditSubjectName subject={auditSubject(entry, entries.data ?? [], locale)} />
                </td>
                <td>
                  <details>
                    <summary>{t('audit.showChange')}</summary>
                    <pre dir="ltr">{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The subject in its own direction (an e-mail, a Persian name in a Russian table), or that none was recorded. */
function AuditSubjectName({ subject }: { subject: AuditSubject | null }) {
  const { t } = useTranslation();
  if (!subject) return <span className="hint">{t('audit.unnamed')}</span>;
  return (
    <bdi dir="auto" lang={subject.language ?? undefined}>
      {subject.text}
    </bdi>
  );
}
