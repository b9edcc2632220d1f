import { describe, expect, it } from 'vitest';
import { ApiProblem, type Problem } from '../api/client.ts';
import { fieldNameOf, isShownAtFields, messagesAt } from './field-problems.ts';

const problem = (change: Partial<Problem>) =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Title',
    status: 400,
    detail: 'Detail',
    code: 'validation_failed',
    ...change,
  });

describe('problems beside their fields', () => {
  it('puts a business refusal about one field next to that field, in the words the server chose', () => {
    const detail = 'مقدار «speed_kmh.rail» باید بین ۰ و ۱۲۰ باشد.';
    const outOfRange = problem({
      status: 422,
      code: 'transit_parameter_out_of_range',
      detail,
      errors: [{ path: 'value', code: 'transit_parameter_out_of_range', message: detail }],
    });
    expect(messagesAt(outOfRange, 'value')).toEqual([detail]);
    expect(messagesAt(outOfRange, 'source')).toEqual([]);
    expect(isShownAtFields(outOfRange, ['value', 'source'])).toBe(true);
  });

  it('shows validation messages for a field and the parts inside it, but not for a field that merely starts alike', () => {
    const invalid = problem({
      errors: [
        { path: 'visaLetter.passportNumber', code: 'invalid_format', message: 'Not valid.' },
        { path: 'email', code: 'required', message: 'Required.' },
      ],
    });
    expect(messagesAt(invalid, 'visaLetter')).toEqual(['Not valid.']);
    expect(messagesAt(invalid, 'email')).toEqual(['Required.']);
    expect(messagesAt(invalid, 'emailAddress')).toEqual([]);
  });

  it('keeps to the field itself when asked for exact messages (a group shows its own, not its parts)', () => {
    const invalid = problem({
      errors: [
        { path: 'changes', code: 'too_small', message: 'Add a change.' },
        { path: 'changes.0.legId', code: 'required', message: 'Required.' },
      ],
    });
    expect(messagesAt(invalid, 'changes', { exact: true })).toEqual(['Add a change.']);
    expect(messagesAt(invalid, 'changes')).toEqual(['Add a change.', 'Required.']);
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

  it('shows a refusal that concerns no field as a whole', () => {
    expect(isShownAtFields(problem({ status: 403, code: 'forbidden' }), ['value'])).toBe(false);
    expect(messagesAt(problem({ status: 409, code: 'registration_closed' }), 'role')).toEqual([]);
  });
});

describe('a refused field named in a summary', () => {
  const names = { startsOn: 'First day', name: 'Name', 'expos.venue': 'Expo venue' };
  const language = (code: string) => ({ fa: 'Persian', ru: 'Russian' })[code] ?? code;

  it('is named by the form’s label, never by its path', () => {
    expect(fieldNameOf('startsOn', names, language)).toBe('First day');
    expect(fieldNameOf('expos.0.venue', names, language)).toBe('Expo venue');
  });

  it('names the language of a part written in one language', () => {
    expect(fieldNameOf('name.fa', names, language)).toBe('Name (Persian)');
  });

  it('gives no name where the form has no label, so the message stands alone', () => {
    expect(fieldNameOf('participatingProvinceIds.3', names, language)).toBeNull();
  });
});
