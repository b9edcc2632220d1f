import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { read } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';

type AcceptedInterest = { id: string; fromProvinceId: string | null; toProvinceId: string };

/**
 * An accepted expression of interest between two provinces becomes a governor-to-governor meeting
 * request in one step: the reader's delegation asks the other province's delegation of the
 * current edition, on the item's subject.
 */
export function MeetingFromInterest({ interest, topic }: { interest: AcceptedInterest; topic: string }) {
  const { t, i18n } = useTranslation('meetings');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [requested, setRequested] = useState(false);
  const { problem, run } = useAction();
  const ownProvince = user?.role === 'delegation_member' ? user.provinceId : null;
  const otherProvince = ownProvince === interest.toProvinceId ? interest.fromProvinceId : interest.toProvinceId;
  if (!ownProvince || !otherProvince || otherProvince === ownProvince) return null;
  const request = async () => {
    const done = await run(async () => {
      const edition = await read('/api/editions/current');
      const path = { params: { path: { editionId: edition.id } } };
      const [own, all] = [
        await read('/api/editions/{editionId}/delegations/mine', path),
        await read('/api/editions/{editionId}/delegations', path),
      ];
      const other = all.find((delegation) => delegation.provinceId === otherProvince);
      await dataOf(
        api.POST('/api/editions/{editionId}/meetings/requests', {
          ...path,
          body: {
            kind: 'g2g',
            topic,
            priority: 'want',
            preferredDays: [],
            requester: { delegationId: own.id, participantIds: [] },
            receiver: { delegationId: other?.id ?? null, participantIds: [] },
            source: { kind: 'interest', id: interest.id },
          },
        }),
      );
    });
    if (done) setRequested(true);
  };
  if (requested)
    return (
      <p className="meeting-note" data-testid="meeting-requested">
        {t('fromInterest.done')} <Link to={`/${locale}/meetings`}>{t('fromInterest.see')}</Link>
      </p>
    );
  return (
    <div className="meeting-from-interest">
      <button type="button" onClick={() => void request()}>
        {t('fromInterest.request')}
      </button>
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
