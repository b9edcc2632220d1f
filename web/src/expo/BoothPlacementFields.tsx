import { useTranslation } from 'react-i18next';
import { LabelledField } from '../app/LabelledField.tsx';

/** A booth's code and where it stands, in metres from its hall's top-left corner as drawn. */
export type Placement = { code: string; xM: number; yM: number; widthM: number; depthM: number };
/** A placement as the form holds it: the numbers as typed. */
export type PlacementDraft = Record<keyof Placement, string>;

/** The placement as the API takes it. */
export function placementOf(draft: PlacementDraft): Placement {
  return {
    code: draft.code.trim(),
    xM: Number(draft.xM),
    yM: Number(draft.yM),
    widthM: Number(draft.widthM),
    depthM: Number(draft.depthM),
  };
}

/** A length on the floor, in metres to the decimetre. */
export function MetresField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledField label={label}>
      <input
        type="number"
        min={0}
        step="0.1"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
        dir="ltr"
      />
    </LabelledField>
  );
}

/** The booth's code, then its corner and its size. */
export function BoothPlacementFields({
  value,
  onChange,
}: {
  value: PlacementDraft;
  onChange: (value: PlacementDraft) => void;
}) {
  const { t } = useTranslation('expo');
  const metres = (key: 'xM' | 'yM' | 'widthM' | 'depthM') => (
    <MetresField
      label={t(`admin.${key}`)}
      value={value[key]}
      onChange={(typed) => onChange({ ...value, [key]: typed })}
    />
  );
  return (
    <>
      <LabelledField label={t('admin.boothCode')}>
        <input
          value={value.code}
          onChange={(event) => onChange({ ...value, code: event.target.value })}
          required
          maxLength={20}
          dir="ltr"
        />
      </LabelledField>
      {metres('xM')}
      {metres('yM')}
      {metres('widthM')}
      {metres('depthM')}
    </>
  );
}
