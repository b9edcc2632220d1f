import type { SelectHTMLAttributes } from 'react';

export type ChoiceSelectProps<T extends string | number> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> & {
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChange: (choice: T) => void;
  /** The words of a first choice with the empty value ("Any", "Choose…"); `value`'s type must then allow ''. */
  empty?: string;
};

/** A <select> of a list of values (modes, roles, months), each shown by its name in the reader's language. */
export function ChoiceSelect<T extends string | number>({
  value,
  choices,
  labelOf,
  onChange,
  empty,
  ...select
}: ChoiceSelectProps<T>) {
  // The one option that is not among the choices is the empty one.
  const choiceOf = (raw: string) => choices.find((choice) => String(choice) === raw) ?? ('' as T);
  return (
    <select {...select} value={value} onChange={(event) => onChange(choiceOf(event.target.value))}>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
