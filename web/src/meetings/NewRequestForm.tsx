import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import type { ReadData } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { useProvinceNames } from '../provinces/use-province-names.ts';
import { DayChoice } from './DayChoice.tsx';
import { personLabel } from './meeting-format.ts';

type Delegation = ReadData<'/api/editions/{editionId}/delegations'>[number];
type OwnDelegation = ReadData<'/api/editions/{editionId}/delegations/mine'>;
const PRIORITIES = ['must', 'want', 'could'] as const;

/**
 * A governor-to-governor request: the reader's delegation (the secretariat picks any) asks
 * another for a meeting. Both heads attend; the asking side names who else comes.
 */
export function NewRequestForm({
  editionId,
  editionDays,
  delegations,
  own,
  onCreated,
}: {
  editionId: string;
  editionDays: readonly string[];
  delegations: readonly Delegation[];
  own: OwnDelegation | null;
  onCreated: () => void;
}) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const provinceName = useProvinceNames(locale);
  const [requester, setRequester] = useState(own?.id ?? '');
  const [receiver, setReceiver] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [topic, setTopic] = useState('');
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>('want');
  const [days, setDays] = useState<string[]>([]);
  const { problem, run } = useAction();
  const byName = (a: Delegation, b: Delegation) => provinceName(a.provinceId).localeCompare(provinceName(b.provinceId));
  const choices = [...delegations].sort(byName);
  const companions = (own?.members ?? []).filter((member) => member.status === 'approved' && member.role !== 'head');
  const submit = async () => {
    const done = await run(async () => {
      await dataOf(
        api.POST('/api/editions/{editionId}/meetings/requests', {
          params: { path: { editionId } },
          body: {
            kind: 'g2g',
            topic,
            priority,
            preferredDays: days,
            requester: { delegationId: requester || null, participantIds: members },
            receiver: { delegationId: receiver || null, participantIds: [] },
          },
        }),
      );
    });
    if (done) {
      setTopic('');
      setReceiver('');
      onCreated();
    }
  };
  return (
    <form
      className="meeting-new panel"
      data-testid="new-meeting-request"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('new.title')}</h2>
      <p>{t('new.intro')}</p>
      {!own && (
        <label className="stacked">
          {t('new.requester')}
          <select value={requester} onChange={(event) => setRequester(event.target.value)} required>
            <option value="">{t('new.choose')}</option>
            {choices.map((delegation) => (
              <option key={delegation.id} value={delegation.id}>
                {provinceName(delegation.provinceId)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="stacked">
        {t('new.receiver')}
        <select value={receiver} onChange={(event) => setReceiver(event.target.value)} required>
          <option value="">{t('new.choose')}</option>
          {choices
            .filter((delegation) => delegation.id !== requester)
            .map((delegation) => (
              <option key={delegation.id} value={delegation.id}>
                {provinceName(delegation.provinceId)}
              </option>
            ))}
        </select>
      </label>
      {companions.length > 0 && (
        <fieldset>
          <legend>{t('new.companions')}</legend>
          {companions.map((member) => (
            <label key={member.id}>
              <input
                type="checkbox"
                checked={members.includes(member.id)}
                onChange={(event) =>
                  setMembers(event.target.checked ? [...members, member.id] : members.filter((id) => id !== member.id))
                }
              />{' '}
              {personLabel(member, locale)}
            </label>
          ))}
        </fieldset>
      )}
      <label className="stacked">
        {t('new.topic')}
        <textarea value={topic} onChange={(event) => setTopic(event.target.value)} rows={2} dir="auto" required />
      </label>
      <label className="stacked">
        {t('new.priority')}
        <select value={priority} onChange={(event) => setPriority(event.target.value as typeof priority)}>
          {PRIORITIES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`priority.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <DayChoice days={editionDays} chosen={days} onChange={setDays} />
      <button type="submit">{t('new.send')}</button>
      {problem && <ProblemMessage problem={problem} />}
    </form>
  );
}
