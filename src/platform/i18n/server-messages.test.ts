import { describe, expect, it } from 'vitest';
import { serverMessages } from './server-messages.ts';

describe('numbers inside server messages', () => {
  it('are written with Persian digits in Persian', () => {
    expect(serverMessages('fa')('field.too_small_string', { minimum: 12 })).toContain('۱۲');
  });

  it('count the fields at fault in Persian digits too, while the count still picks the plural', () => {
    expect(serverMessages('fa')('problem.validation_failed.detail', { count: 2 })).toBe('۲ فیلد باید اصلاح شود.');
    expect(serverMessages('en')('problem.validation_failed.detail', { count: 1 })).not.toContain('{{');
  });

  it('are grouped as the reader expects in English and Russian', () => {
    expect(serverMessages('en')('problem.payload_too_large.detail', { limitKb: 20480 })).toContain('20,480');
    expect(serverMessages('ru')('problem.payload_too_large.detail', { limitKb: 20480 })).toContain('20\u00a0480');
  });
});
