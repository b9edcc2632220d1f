import type { ApiProblem } from '../api/client.ts';
import { LabelledField } from '../app/LabelledField.tsx';

/** A field of a network form: its request path is its name, where the server's messages about it go too. */
type FieldProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: ApiProblem | null;
  hint?: string;
};

/** A number typed as text, so an unfinished one is kept as typed and the server says what is wrong with it. */
export function NumberField({ name, label, value, onChange, problem, hint, min }: FieldProps & { min?: number }) {
  return (
    <LabelledField label={label} hint={hint} path={name} problem={problem}>
      <input
        name={name}
        type="number"
        step="any"
        min={min}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        dir="ltr"
      />
    </LabelledField>
  );
}

/** Where a figure comes from: an address or words, in either direction. */
export function SourceField({ name, label, value, onChange, problem, hint }: FieldProps) {
  return (
    <LabelledField label={label} hint={hint} path={name} problem={problem}>
      <input
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={1000}
        dir="auto"
        placeholder="https://"
      />
    </LabelledField>
  );
}

/** The team's note, in the language it is written in. */
export function NoteField({ name, label, value, onChange, problem, rows }: FieldProps & { rows: number }) {
  return (
    <LabelledField label={label} path={name} problem={problem}>
      <textarea
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={2000}
        rows={rows}
        dir="auto"
      />
    </LabelledField>
  );
}

/** A yes-or-no fact, its box before its words. */
export function CheckField({
  name,
  label,
  checked,
  onChange,
  disabled,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="check">
      <input
        name={name}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      {label}
    </label>
  );
}
