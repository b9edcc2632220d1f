import { useTranslation } from 'react-i18next';
import type { Speaker } from '../api/types.ts';
import { SourceList } from '../app/SourceList.tsx';
import { LocalText } from '../i18n/LocalText.tsx';

export function SpeakerList({ speakers }: { speakers: Speaker[] }) {
  const { t } = useTranslation();
  return (
    <ul className="speakers">
      {speakers.map((speaker) => (
        <li key={speaker.id} id={`speaker-${speaker.id}`} className="card">
          <p className="panel-kind">{t(`speakers.${speaker.slot}`)}</p>
          <LocalText as="h3" value={speaker.name} />
          <LocalText as="p" value={speaker.role} />
          <SourceList sources={speaker.sources} hideWhenNone />
        </li>
      ))}
    </ul>
  );
}
