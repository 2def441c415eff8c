import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceDate } from '../../src/cli/source-date.js';
import { UsageError } from '../../src/errors.js';

describe('sourceDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is SOURCE_DATE_EPOCH in UTC, in the one timestamp form', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1790000000');
    expect(sourceDate()).toBe('2026-09-21T14:13:20+00:00');
  });

  it('is absent when unset or empty, and a usage error when not whole seconds', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    expect(sourceDate()).toBeUndefined();
    vi.stubEnv('SOURCE_DATE_EPOCH', '17.5');
    expect(() => sourceDate()).toThrow(UsageError);
  });
});
