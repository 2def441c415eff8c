import { describe, expect, it } from 'vitest';
import { propertyName } from '../../src/ingest/parse/event.js';

describe('propertyName', () => {
  it('is the text before the first colon or semicolon, upper-cased and trimmed', () => {
    expect(propertyName('DTSTART;TZID=Europe/London:20261116T090000')).toBe('DTSTART');
    expect(propertyName('RECURRENCE-ID:20261116T090000Z')).toBe('RECURRENCE-ID');
    expect(propertyName('X-MICROSOFT-CDO-BUSYSTATUS:BUSY')).toBe('X-MICROSOFT-CDO-BUSYSTATUS');
    expect(propertyName('X-WR-CALNAME2:Board')).toBe('X-WR-CALNAME2');
    // Lower case, mixed case and stray spaces, as hand-edited and some old exports write them.
    expect(propertyName('dtstart:20261116')).toBe('DTSTART');
    expect(propertyName('Summary;LANGUAGE=en:Board')).toBe('SUMMARY');
    expect(propertyName(' DTEND :20261116T100000Z')).toBe('DTEND');
    expect(propertyName('x-ms_odd name:1')).toBe('X-MS_ODD NAME');
  });

  it('is the whole line when there is neither colon nor semicolon, and empty when the line starts with one', () => {
    expect(propertyName('BROKEN FOLD OF A TITLE')).toBe('BROKEN FOLD OF A TITLE');
    expect(propertyName('no colon here')).toBe('NO COLON HERE');
    expect(propertyName(':value')).toBe('');
    expect(propertyName('')).toBe('');
  });
});
