import type { FieldError } from '../errors/app-error.ts';
import { type Reader, localizeParams } from './localize-params.ts';

/** Why a field was refused, in the reader's language: "At least 3 characters", "This field is required." */
export function describeFieldError({ t, locale }: Reader, error: FieldError): string {
  const params = localizeParams({ t, locale }, error.params ?? {});
  switch (error.code) {
    case 'invalid_type':
      return t('field.invalid_type', {
        expected: t(`type.${String(params.expected)}`, { defaultValue: t('type.other') }),
      });
    case 'too_small':
    case 'too_big':
      return t(`field.${error.code}_${sizeOrigin(params.origin)}`, params);
    case 'invalid_format':
      return t('field.invalid_format', {
        format: t(`type.${String(params.format)}`, { defaultValue: t('type.other') }),
      });
    case 'invalid_value':
      return t('field.invalid_value', { values: params.values ?? '' });
    default:
      return t(`field.${error.code}`, { ...params, defaultValue: t('field.invalid') });
  }
}

function sizeOrigin(origin: unknown): 'string' | 'number' | 'array' {
  if (origin === 'string' || origin === 'array') return origin;
  if (origin === 'set') return 'array';
  return 'number';
}
