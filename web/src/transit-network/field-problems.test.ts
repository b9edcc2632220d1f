import { describe, expect, it } from 'vitest';
import { ApiProblem, type Problem } from '../api/client.ts';
import { fieldMessages, isShownAtFields } from './field-problems.ts';

const problem = (change: Partial<Problem>) =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Title',
    status: 400,
    detail: 'Detail',
    code: 'validation_failed',
    ...change,
  });

describe('problems next to their fields', () => {
  it('puts a value out of range next to the value, in the words the server chose', () => {
    const outOfRange = problem({
      status: 422,
      code: 'transit_parameter_out_of_range',
      detail: 'مقدار «speed_kmh.rail» باید بین ۰ و ۱۲۰ باشد.',
    });
    expect(fieldMessages(outOfRange, 'value')).toEqual(['مقدار «speed_kmh.rail» باید بین ۰ و ۱۲۰ باشد.']);
    expect(fieldMessages(outOfRange, 'source')).toEqual([]);
    expect(isShownAtFields(outOfRange, ['value', 'source'])).toBe(true);
  });

  it('puts a validation message next to the field its path names, and inside parts of it', () => {
    const invalid = problem({
      errors: [
        { path: 'source', code: 'source_or_assumption', message: 'Give a source.' },
        { path: 'names.fa', code: 'too_big', message: 'Too long.' },
      ],
    });
    expect(fieldMessages(invalid, 'source')).toEqual(['Give a source.']);
    expect(fieldMessages(invalid, 'names')).toEqual(['Too long.']);
    expect(fieldMessages(invalid, 'note')).toEqual([]);
  });

  it('still shows the whole problem when a part of it has no field in the form', () => {
    const invalid = problem({
      errors: [
        { path: 'source', code: 'x', message: 'a' },
        { path: '', code: 'unrecognized_keys', message: 'b' },
      ],
    });
    expect(isShownAtFields(invalid, ['source'])).toBe(false);
  });

  it('shows a problem without a field, such as a refusal, as a whole', () => {
    expect(isShownAtFields(problem({ status: 403, code: 'forbidden' }), ['value'])).toBe(false);
  });
});
