import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { FormProblem } from '../app/FormProblem.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import type { MeetingSettings } from './admin-types.ts';
import { ProtocolOrderField } from './ProtocolOrderField.tsx';
import { type SettingsDraft, settingsBodyOf, settingsDraftOf } from './settings-draft.ts';

type NumberKey = 'slotMinutes' | 'breakMinutes' | 'maxMeetingsPerDay' | 'requestQuotaPerDay' | 'travelMinutes';

const FIELDS = [
  'slotMinutes',
  'breakMinutes',
  'dayStartMinute',
  'dayEndMinute',
  'maxMeetingsPerDay',
  'requestQuotaPerDay',
  'travelMinutes',
  'protocolOrder',
] as const;

/** Slot length and day hours, limits and travel time, and the protocol order after the host. */
export function SettingsForm({
  editionId,
  settings,
  hostProvinceId,
  provinceIds,
  provinceName,
  onSaved,
}: {
  editionId: string;
  settings: MeetingSettings;
  hostProvinceId: string;
  /** The edition's provinces other than the host, in the edition's order. */
  provinceIds: readonly string[];
  provinceName: (id: string | null) => string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('meetingsAdmin');
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraftOf(settings));
  const [saved, setSaved] = useState(false);
  const { problem, run } = useAction();
  const set = (change: Partial<SettingsDraft>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };
  const save = async () => {
    const done = await run(async () => {
      await dataOf(
        api.PUT('/api/editions/{editionId}/meetings/settings', {
          params: { path: { editionId } },
          body: settingsBodyOf(draft, settings),
        }),
      );
    });
    setSaved(done);
    if (done) onSaved();
  };
  const number = (key: NumberKey, min: number, max: number) => (
    <LabelledField label={t(`setup.${key}`)} path={key} problem={problem}>
      <input
        name={key}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft[key]}
        onChange={(event) => set({ [key]: event.target.value })}
        dir="ltr"
      />
    </LabelledField>
  );
  const time = (key: 'dayStart' | 'dayEnd', path: string) => (
    <LabelledField label={t(`setup.${key}`)} path={path} problem={problem}>
      <input
        name={key}
        type="time"
        step={300}
        value={draft[key]}
        onChange={(event) => set({ [key]: event.target.value })}
        dir="ltr"
      />
    </LabelledField>
  );
  return (
    <form
      className="form settings-form"
      noValidate
      aria-label={t('setup.settings')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="hint">{t('setup.layoutHint')}</p>
      <div className="form-row">
        {number('slotMinutes', 5, 240)}
        {number('breakMinutes', 0, 120)}
        {time('dayStart', 'dayStartMinute')}
        {time('dayEnd', 'dayEndMinute')}
      </div>
      <div className="form-row">
        {number('maxMeetingsPerDay', 1, 100)}
        {number('requestQuotaPerDay', 1, 100)}
        {number('travelMinutes', 0, 240)}
      </div>
      <ProtocolOrderField
        order={draft.protocolOrder}
        hostProvinceId={hostProvinceId}
        provinceIds={provinceIds}
        provinceName={provinceName}
        problem={problem}
        onChange={(protocolOrder) => set({ protocolOrder })}
      />
      <FormProblem problem={problem} fields={FIELDS} />
      {saved && (
        <p className="saved-note" role="status">
          {t('setup.settingsSaved')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{t('setup.saveSettings')}</button>
      </div>
    </form>
  );
}
