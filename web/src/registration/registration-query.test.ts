import { describe, expect, it } from 'vitest';
import { exportQueryString, NO_FILTERS, registrationQuery } from './registration-query.ts';

describe('the registration list filters as sent', () => {
  it('leaves out the filters left at "any" and a search of blanks', () => {
    expect(registrationQuery({ ...NO_FILTERS, text: '   ' })).toEqual({});
    expect(exportQueryString(registrationQuery(NO_FILTERS))).toBe('');
  });

  it('sends the chosen ones, in the list and in the export link alike', () => {
    const query = registrationQuery({ ...NO_FILTERS, status: 'approved', provinceId: 'gilan', text: 'Nima' });
    expect(query).toEqual({ status: 'approved', provinceId: 'gilan', text: 'Nima' });
    expect(exportQueryString(query)).toBe('?status=approved&provinceId=gilan&text=Nima');
  });
});
