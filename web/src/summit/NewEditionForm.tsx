import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromZonedTime } from 'date-fns-tz';
import { api, dataOf } from '../api/client.ts';
import type { CreatedEdition, CreateEditionRequest, EditionSummary, ProvinceSummary } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { DateInput } from '../app/DateInput.tsx';
import { DateTimeInput } from '../app/DateTimeInput.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { listTimeZones, timeZoneLabel } from './time-zones.ts';

/** A new edition, made a draft; by default it copies the latest one's panels, rooms, sessions, expo and delegations, without people. */
export function NewEditionForm({
  editions,
  provinces,
  onCreated,
}: {
  editions: EditionSummary[];
  provinces: ProvinceSummary[];
  onCreated: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  const { problem, run } = useAction();
  const latest = editions[0];
  const [form, setForm] = useState({
    id: '',
    name: '',
    city: '',
    hostProvinceId: provinces[0]?.id ?? '',
    startsOn: '',
    endsOn: '',
    timeZone: latest?.timeZone ?? 'Asia/Tehran',
    deadline: '',
    copyFrom: latest?.id ?? '',
    participating: provinces.map((province) => province.id),
  });
  const [created, setCreated] = useState<CreatedEdition | null>(null);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const toggle = (id: string) =>
    setForm({
      ...form,
      participating: form.participating.includes(id)
        ? form.participating.filter((other) => other !== id)
        : [...form.participating, id],
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CreateEditionRequest = {
      id: form.id,
      name: { [locale]: form.name },
      city: { [locale]: form.city },
      hostProvinceId: form.hostProvinceId,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      timeZone: form.timeZone,
      registrationClosesAt: form.deadline ? fromZonedTime(form.deadline, form.timeZone).toISOString() : null,
      participatingProvinceIds: form.participating.filter((id) => id !== form.hostProvinceId),
      copyFromEditionId: form.copyFrom || null,
    };
    void run(async () => {
      const edition = await dataOf(api.POST('/api/editions', { body }));
      setCreated(edition);
      onCreated(edition.id);
    });
  };
  // Zones are named as they are on the edition's first day (or today while no day is chosen).
  const zoneAt = form.startsOn ? new Date(`${form.startsOn}T12:00:00Z`) : new Date();
  return (
    <form className="form card edition-form" onSubmit={submit} data-testid="new-edition-form">
      <h2>{t('editions.new')}</h2>
      <div className="form-row">
        <LabelledField label={t('editions.id')}>
          <input
            required
            value={form.id}
            onChange={set('id')}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            placeholder="caspian-governors-summit-2026"
            dir="ltr"
          />
        </LabelledField>
        <LabelledField label={t('editions.name')}>
          <input required value={form.name} onChange={set('name')} />
        </LabelledField>
      </div>
      <div className="form-row">
        <LabelledField label={t('editions.city')}>
          <input required value={form.city} onChange={set('city')} />
        </LabelledField>
        <LabelledField label={t('editions.host')}>
          <NamedSelect
            value={form.hostProvinceId}
            things={provinces}
            nameOf={(province) => province.names}
            onChange={(hostProvinceId) => setForm({ ...form, hostProvinceId })}
          />
        </LabelledField>
      </div>
      <div className="form-row">
        <LabelledField label={t('editions.startsOn')} path="startsOn" problem={problem}>
          <DateInput
            required
            name="startsOn"
            value={form.startsOn}
            onChange={(startsOn) => setForm({ ...form, startsOn })}
          />
        </LabelledField>
        <LabelledField label={t('editions.endsOn')} path="endsOn" problem={problem}>
          <DateInput required name="endsOn" value={form.endsOn} onChange={(endsOn) => setForm({ ...form, endsOn })} />
        </LabelledField>
      </div>
      <div className="form-row">
        <LabelledField label={t('editions.timeZone')}>
          <select required value={form.timeZone} onChange={set('timeZone')} data-testid="new-time-zone">
            {listTimeZones(form.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneLabel(zone, locale, zoneAt)}
              </option>
            ))}
          </select>
        </LabelledField>
        <LabelledField label={t('editions.deadlineIn', { zone: timeZoneLabel(form.timeZone, locale, zoneAt) })}>
          <DateTimeInput
            name="deadline"
            value={form.deadline}
            onChange={(deadline) => setForm({ ...form, deadline })}
          />
        </LabelledField>
      </div>
      <LabelledField label={t('editions.copyFrom')} hint={t('editions.copyExplained')}>
        <NamedSelect
          value={form.copyFrom}
          things={editions}
          nameOf={(edition) => edition.name}
          onChange={(copyFrom) => setForm({ ...form, copyFrom })}
          empty={t('editions.copyNothing')}
          data-testid="copy-from"
        />
      </LabelledField>
      <fieldset className="form-group checks">
        <legend>{t('editions.participating')}</legend>
        {provinces.map((province) => (
          <label key={province.id} className="check">
            <input
              type="checkbox"
              checked={form.participating.includes(province.id)}
              onChange={() => toggle(province.id)}
            />
            {pickText(province.names, locale)?.text ?? province.id}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit">{t('editions.create')}</button>
      </div>
      {problem && (
        <ProblemMessage
          problem={problem}
          fieldNames={{
            id: t('editions.id'),
            name: t('editions.name'),
            city: t('editions.city'),
            hostProvinceId: t('editions.host'),
            startsOn: t('editions.startsOn'),
            endsOn: t('editions.endsOn'),
            timeZone: t('editions.timeZone'),
            registrationClosesAt: t('editions.deadline'),
            copyFromEditionId: t('editions.copyFrom'),
            participatingProvinceIds: t('editions.participating'),
          }}
        />
      )}
      {created && <p role="status">{t('editions.created', { ...created.copied, id: created.id })}</p>}
    </form>
  );
}
