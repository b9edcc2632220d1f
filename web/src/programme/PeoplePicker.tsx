import { useTranslation } from 'react-i18next';
import type { Registration } from '../api/types.ts';

/** Picks moderators or speakers among the edition's approved participants, names in their own script and in Latin letters. */
export function PeoplePicker({
  label,
  participants,
  chosen,
  onChange,
}: {
  label: string;
  participants: Registration[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation('programme');
  return (
    <label>
      {label}{' '}
      <select
        multiple
        size={Math.min(6, Math.max(2, participants.length))}
        value={chosen}
        onChange={(event) => onChange([...event.target.selectedOptions].map((option) => option.value))}
      >
        {participants.map((participant) => (
          <option key={participant.id} value={participant.id}>
            {participant.nameNative}
            {participant.nameLatin !== participant.nameNative ? ` (${participant.nameLatin})` : ''}
          </option>
        ))}
      </select>
      {participants.length === 0 && <small> {t('admin.noParticipants')}</small>}
    </label>
  );
}
