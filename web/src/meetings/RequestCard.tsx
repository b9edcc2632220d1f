import { useTranslation } from 'react-i18next';
import type { ReadData } from '../api/use-api.ts';
import { formatDate, formatDateTime, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import { AnswerControls } from './AnswerControls.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import { needsInterpreter, personLabel } from './meeting-format.ts';

export type MeetingRequest = ReadData<'/api/editions/{editionId}/meetings/requests'>['requests'][number];
type RequestSide = MeetingRequest['requester'];

/** One request: who asks whom, about what, on which days, its status and, when it is the reader's turn, the answer. */
export function RequestCard({
  request,
  editionDays,
  onChanged,
}: {
  request: MeetingRequest;
  editionDays: readonly string[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const provinceName = useProvinceNames(locale);
  const days = request.preferredDays.length
    ? request.preferredDays.map((day) => formatDate(day, locale)).join(' · ')
    : t('request.anyDay');
  return (
    <li className="meeting-request" data-testid="meeting-request" data-status={request.status}>
      <p className="meeting-request-head">
        <span className={`badge meeting-status-${request.status}`}>{t(`status.${request.status}`)}</span>{' '}
        <span className="badge">{t(`kind.${request.kind}`)}</span>{' '}
        <span className={`badge priority-${request.priority}`}>{t(`priority.${request.priority}`)}</span>{' '}
        <DemoBadge isDemo={request.isDemo} /> <small>{formatDateTime(request.createdAt, locale)}</small>
      </p>
      <p className="meeting-topic" dir="auto">
        {request.topic}
      </p>
      <dl className="meeting-sides">
        <SideTerm label={t('request.requester')} side={request.requester} provinceName={provinceName} />
        <SideTerm label={t('request.receiver')} side={request.receiver} provinceName={provinceName} />
        <dt>{t('request.days')}</dt>
        <dd>{days}</dd>
      </dl>
      {needsInterpreter(request.requester.languages, request.receiver.languages) && (
        <p className="meeting-note">{t('request.interpreterNeeded')}</p>
      )}
      {request.reason && (
        <blockquote className="meeting-reason" dir="auto">
          {t('request.reason')}: {request.reason}
        </blockquote>
      )}
      {request.status === 'countered' && (
        <p className="meeting-note" dir="auto">
          {t('request.counterProposal')}{' '}
          {request.counterDays?.length ? request.counterDays.map((day) => formatDate(day, locale)).join(' · ') : ''}
          {request.counterTopic ? ` — ${request.counterTopic}` : ''}
        </p>
      )}
      {request.canAnswer && <AnswerControls request={request} editionDays={editionDays} onAnswered={onChanged} />}
    </li>
  );
}

function SideTerm({
  label,
  side,
  provinceName,
}: {
  label: string;
  side: RequestSide;
  provinceName: (id: string | null) => string;
}) {
  const { i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {side.provinceId && <strong>{provinceName(side.provinceId)}</strong>}{' '}
        {side.people.map((person) => personLabel(person, locale)).join(', ')}{' '}
        <small>({side.languages.map((language) => languageName(language, locale)).join(', ')})</small>
      </dd>
    </>
  );
}
