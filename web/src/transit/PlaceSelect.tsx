import { useTranslation } from 'react-i18next';
import type { Place } from './use-planner-network.ts';

type PlaceSelectProps = {
  name: string;
  label: string;
  value: string;
  places: { provinces: Place[]; nodes: Place[] };
  onChange: (placeId: string) => void;
};

/** A province (routed from its ports and main city) or one place of the network. */
export function PlaceSelect({ name, label, value, places, onChange }: PlaceSelectProps) {
  const { t } = useTranslation('transit');
  const known =
    places.provinces.some((place) => place.id === value) || places.nodes.some((place) => place.id === value);
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(event) => onChange(event.target.value)} required>
        {!known && <option value={value}>{value}</option>}
        <optgroup label={t('form.provinces')}>
          {places.provinces.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('form.places')}>
          {places.nodes.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
