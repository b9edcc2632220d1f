import type { TFunction } from 'i18next';

/**
 * Which catalog message says why a control's value was refused by the browser's own checks
 * (required, pattern, type, min/max): the browser would otherwise speak in its own interface
 * language ("Please fill out this field." on a Persian page). Null when nothing is wrong or a
 * message of ours (a custom validity) is already set.
 */
export function browserValidityKey(validity: ValidityState): string | null {
  if (validity.valid || validity.customError) return null;
  if (validity.valueMissing) return 'formCheck.valueMissing';
  if (validity.typeMismatch) return 'formCheck.typeMismatch';
  if (validity.patternMismatch) return 'formCheck.patternMismatch';
  if (validity.tooShort) return 'formCheck.tooShort';
  if (validity.tooLong) return 'formCheck.tooLong';
  if (validity.rangeUnderflow) return 'formCheck.rangeUnderflow';
  if (validity.rangeOverflow) return 'formCheck.rangeOverflow';
  if (validity.stepMismatch) return 'formCheck.stepMismatch';
  return 'formCheck.badInput';
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Puts the catalog's words on every control the browser refuses, for the whole page: one listener
 * for the `invalid` event (it does not bubble, so it is caught on the way down). The message set
 * here is cleared at the next edit, so the browser checks the new value afresh.
 */
export function speakBrowserChecksInCatalogWords(
  root: Document,
  t: TFunction,
  formatNumber: (value: number) => string,
): void {
  const number = (value: string | number) =>
    typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value) ? formatNumber(Number(value)) : value;
  const ours = new WeakSet<Control>();
  root.addEventListener(
    'invalid',
    (event) => {
      const control = event.target as Control;
      if (ours.has(control)) control.setCustomValidity('');
      const key = browserValidityKey(control.validity);
      if (!key) return;
      const input = control as HTMLInputElement;
      control.setCustomValidity(
        t(key, {
          minLength: number(input.minLength),
          maxLength: number(input.maxLength),
          min: number(input.min ?? ''),
          max: number(input.max ?? ''),
        }),
      );
      ours.add(control);
    },
    true,
  );
  const clear = (event: Event) => {
    const control = event.target as Control;
    if (!ours.has(control)) return;
    control.setCustomValidity('');
    ours.delete(control);
  };
  root.addEventListener('input', clear, true);
  root.addEventListener('change', clear, true);
}
