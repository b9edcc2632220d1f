import { useTranslation } from 'react-i18next';
import type { SideNames } from './meeting-admin-format.ts';

/** A side as "Gilan: Name, Name", each part isolated so Persian and Latin names keep their order. */
export function SideNamesText({ side }: { side: SideNames }) {
  const { t } = useTranslation('meetingsAdmin');
  const names = side.names.join(t('listSeparator'));
  if (!side.province) return <bdi>{names}</bdi>;
  return (
    <>
      <bdi className="side-province">{side.province}</bdi>
      {names && (
        <>
          {t('sideSeparator')}
          <bdi>{names}</bdi>
        </>
      )}
    </>
  );
}

/** Both sides: "requester ↔ receiver". */
export function BothSidesText({ requester, receiver }: { requester: SideNames; receiver: SideNames }) {
  const { t } = useTranslation('meetingsAdmin');
  return (
    <>
      <SideNamesText side={requester} /> <span aria-hidden="true">↔</span>
      <span className="visually-hidden">{t('sidesWith')}</span> <SideNamesText side={receiver} />
    </>
  );
}
