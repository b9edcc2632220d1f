import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDetail } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { editionDays } from '../programme/programme-format.ts';
import { InterpretersEditor } from './InterpretersEditor.tsx';
import { MeetingRoomsEditor } from './MeetingRoomsEditor.tsx';
import { SettingsForm } from './SettingsForm.tsx';

/**
 * The layout of the edition's meetings, folded away once it is set: slots and limits, rooms and
 * tables, interpreters. A part with nothing in it yet starts open.
 */
export function SetupSection({
  edition,
  provinceName,
  onChanged,
}: {
  edition: EditionDetail;
  provinceName: (id: string | null) => string;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('meetingsAdmin');
  const locale = i18n.language as Locale;
  const path = { params: { path: { editionId: edition.id } } };
  const settings = useApi('/api/editions/{editionId}/meetings/settings', path, locale);
  const rooms = useApi('/api/editions/{editionId}/meetings/rooms', path, locale);
  const interpreters = useApi('/api/editions/{editionId}/meetings/interpreters', path, locale);
  const problem = settings.problem ?? rooms.problem ?? interpreters.problem;
  const count = (list: readonly unknown[] | null) => formatNumber(list?.length ?? 0, locale);
  const participants = edition.provinces
    .filter((entry) => entry.provinceId !== edition.hostProvinceId)
    .map((entry) => entry.provinceId);
  return (
    <section className="meetings-section" id="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p className="hint">{t('setup.intro')}</p>
      {problem && <ProblemMessage problem={problem} />}
      <SetupPart title={t('setup.settings')} startOpen={false}>
        {settings.data && (
          <SettingsForm
            key={edition.id}
            editionId={edition.id}
            settings={settings.data}
            hostProvinceId={edition.hostProvinceId}
            provinceIds={participants}
            provinceName={provinceName}
            onSaved={() => {
              settings.reload();
              onChanged();
            }}
          />
        )}
      </SetupPart>
      {rooms.data && (
        <SetupPart title={t('setup.rooms', { number: count(rooms.data) })} startOpen={rooms.data.length === 0}>
          <MeetingRoomsEditor
            editionId={edition.id}
            rooms={rooms.data}
            onAdded={() => {
              rooms.reload();
              onChanged();
            }}
          />
        </SetupPart>
      )}
      {interpreters.data && (
        <SetupPart
          title={t('setup.interpreters', { number: count(interpreters.data) })}
          startOpen={interpreters.data.length === 0}
        >
          <InterpretersEditor
            editionId={edition.id}
            interpreters={interpreters.data}
            days={editionDays(edition.startsOn, edition.endsOn)}
            onAdded={() => {
              interpreters.reload();
              onChanged();
            }}
          />
        </SetupPart>
      )}
    </section>
  );
}

/** A folding part whose first state is chosen once: adding the first room does not fold it away. */
function SetupPart({ title, startOpen, children }: { title: string; startOpen: boolean; children: ReactNode }) {
  const [open] = useState(startOpen);
  return (
    <details className="setup-details" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
