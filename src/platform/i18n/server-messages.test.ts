import { describe, expect, it } from 'vitest';
import { serverMessages } from './server-messages.ts';

describe('numbers inside server messages', () => {
  it('are written with Persian digits in Persian', () => {
    expect(serverMessages('fa')('field.too_small_string', { minimum: 12 })).toContain('۱۲');
  });

  it('are grouped as the reader expects in English and Russian', () => {
    expect(serverMessages('en')('problem.payload_too_large.detail', { limitKb: 20480 })).toContain('20,480');
    expect(serverMessages('ru')('problem.payload_too_large.detail', { limitKb: 20480 })).toContain('20\u00a0480');
  });
});
