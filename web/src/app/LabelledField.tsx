import type { ReactNode } from 'react';
import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from './FieldErrors.tsx';

type Props = {
  label: ReactNode;
  children: ReactNode;
  hint?: ReactNode;
  /** Where the server's messages for this field are: with it, they stand under the control. */
  path?: string;
  problem?: ApiProblem | null;
  /** Words and control on one line, outside a `.form`'s column layout: a space keeps them apart. */
  inline?: boolean;
  className?: string;
};

/**
 * One control inside its <label>, so the words name it and a click on them focuses it; under it,
 * its hint and the server's messages about it.
 */
export function LabelledField({ label, children, hint, path, problem = null, inline = false, className }: Props) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, the input or select each caller puts here.
    <label className={className}>
      {label}
      {inline && ' '}
      {children}
      {hint && <small className="hint">{hint}</small>}
      {path && <FieldErrors problem={problem} path={path} />}
    </label>
  );
}
