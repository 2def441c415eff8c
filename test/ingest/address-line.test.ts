import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { plainAddressLine } from '../../src/ingest/address-line.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

function icsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return icsFiles(p);
    return /\.ics$/i.test(f) ? [p] : [];
  });
}

type JCal = [string, Record<string, string | string[]>, string, ...unknown[]];

describe('plainAddressLine', () => {
  it('reads the parameters (names lower-cased) and the value after the first colon', () => {
    const a = plainAddressLine(
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=accepted;CN=Jo Bloggs:mailto:jo@x.nhs.uk',
    )!;
    expect([...a.params]).toEqual([
      ['role', 'REQ-PARTICIPANT'],
      ['partstat', 'accepted'],
      ['cn', 'Jo Bloggs'],
    ]);
    expect(a.value).toBe('mailto:jo@x.nhs.uk');
    expect(plainAddressLine('ORGANIZER:mailto:a@b.org')).toEqual({
      params: new Map(),
      value: 'mailto:a@b.org',
    });
  });

  it('leaves quoted, escaped, comma-separated, repeated or malformed parameters to ical.js', () => {
    for (const line of [
      'ATTENDEE;CN="Bloggs, Jo":mailto:jo@x.nhs.uk',
      "ATTENDEE;CN=Jo ^'Joe^' Bloggs:mailto:jo@x.nhs.uk",
      'ATTENDEE;DELEGATED-TO="mailto:a@b","mailto:c@d":mailto:jo@x.nhs.uk',
      'ATTENDEE;X-GROUPS=board,ics:mailto:jo@x.nhs.uk',
      'ATTENDEE;PARTSTAT=ACCEPTED;PARTSTAT=DECLINED:mailto:jo@x.nhs.uk',
      'ATTENDEE;RSVP:mailto:jo@x.nhs.uk',
      'ATTENDEE;CN=a=b:mailto:jo@x.nhs.uk',
      'ATTENDEE mailto',
    ])
      expect(plainAddressLine(line)).toBeNull();
  });

  it('agrees with ical.js on every ATTENDEE and ORGANIZER line of the fixtures it reads', () => {
    let read = 0;
    for (const file of icsFiles(fixtures)) {
      const text = readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const line of text.split(/\r?\n/)) {
        if (!/^(ATTENDEE|ORGANIZER)[;:]/i.test(line)) continue;
        const plain = plainAddressLine(line);
        if (!plain) continue;
        read++;
        const p = ICAL.parse.property(line) as unknown as JCal;
        const param = (k: string): string | null => {
          const v = p[1][k];
          return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
        };
        for (const k of ['email', 'partstat', 'role', 'cn'])
          expect(plain.params.get(k) ?? null).toBe(param(k));
        expect(plain.value).toBe(p.slice(3).map(String).join(','));
      }
    }
    // The demo alone has thousands of attendee lines; the check must have looked at some.
    expect(read).toBeGreaterThan(1000);
  });
});
