/**
 * A number typed into a form field. Persian and Arabic-Indic digits and the Persian decimal
 * separator are read as well as Latin ones, so a reader may type in their own digits.
 * A blank field is null: the server then names the field if it needs a number there.
 */
export function readNumber(text: string): number | null {
  const latin = text
    .trim()
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[٫,]/g, '.');
  if (latin === '') return null;
  const value = Number(latin);
  return Number.isFinite(value) ? value : null;
}

/**
 * A number the request must carry. Blank or unreadable text is NaN, which JSON sends as null: the
 * server then refuses it and names the field in the reader's language, as for any other mistake.
 */
export function readRequiredNumber(text: string): number {
  return readNumber(text) ?? Number.NaN;
}

/** The reverse of readNumber for a field's first value: blank for null. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
