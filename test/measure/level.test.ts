import { describe, expect, it } from 'vitest';
import { levelOf } from '../../src/measure/capacity.js';

describe('levelOf: the one rule for a week level, measured or after moves', () => {
  it('is warn from warnAt, critical from criticalAt', () => {
    expect(levelOf(28.1249, 28.125, 37.5)).toBe('ok');
    expect(levelOf(28.125, 28.125, 37.5)).toBe('warn');
    expect(levelOf(37.5, 28.125, 37.5)).toBe('critical');
  });

  it('reaches a threshold missed only by float noise (hours left after moves are sums of floats)', () => {
    expect(levelOf(0.7 - 0.4, 0.3, 1)).toBe('warn'); // 0.29999999999999993
    expect(levelOf(37.5 - 1e-12, 28.125, 37.5)).toBe('critical');
  });

  it('never flags a week with no hours or a week of leave', () => {
    expect(levelOf(0, 0, 0)).toBe('ok');
    expect(levelOf(40, 28.125, 37.5, true)).toBe('ok');
  });
});
