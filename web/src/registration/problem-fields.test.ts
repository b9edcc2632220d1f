import { describe, expect, it } from 'vitest';
import { ApiProblem, type Problem } from '../api/client.ts';
import { isFieldProblem, messagesFor } from './problem-fields.ts';

const problem = (fields: Partial<Problem>) =>
  new ApiProblem({ type: 'x', title: 'Title', status: 409, detail: 'Detail', code: 'internal_error', ...fields });

describe('problems beside their fields', () => {
  it('puts a taken e-mail next to the e-mail field, and nowhere else', () => {
    const taken = problem({ code: 'participant_email_taken', detail: 'Already registered.' });
    expect(messagesFor(taken, 'email')).toEqual(['Already registered.']);
    expect(messagesFor(taken, 'role')).toEqual([]);
    expect(isFieldProblem(taken)).toBe(true);
  });

  it('shows validation messages for a field and the parts inside it', () => {
    const invalid = problem({
      code: 'validation_failed',
      errors: [
        { path: 'visaLetter.passportNumber', code: 'invalid_format', message: 'Not valid.' },
        { path: 'email', code: 'required', message: 'Required.' },
      ],
    });
    expect(messagesFor(invalid, 'visaLetter.passportNumber')).toEqual(['Not valid.']);
    expect(messagesFor(invalid, 'email')).toEqual(['Required.']);
    expect(messagesFor(invalid, 'emailAddress')).toEqual([]);
  });

  it('leaves a closed registration to the top of the form', () => {
    const closed = problem({ code: 'registration_closed' });
    expect(isFieldProblem(closed)).toBe(false);
    expect(messagesFor(closed, 'role')).toEqual([]);
  });
});
