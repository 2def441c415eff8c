/** SPEC "Outputs": export columns and order, sort order, hours to 4 places, ISO times with offset, CSV quoting. */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../../src/config/validate.js';
import { exportCsv, exportCsvChunks, exportJson } from '../../src/export/format.js';
import { eachExportRow, EXPORT_COLUMNS, exportRows } from '../../src/export/rows.js';
import type { Occurrence, TaggedOccurrence } from '../../src/types.js';
import { ingestCalendars } from '../../src/ingest/ingest.js';
import { tagOccurrences } from '../../src/tag/index.js';
import { ingest, inlineCalendar, window } from '../ingest/helpers.js';
import { makeTagged } from '../helpers/occurrence.js';

const zone = 'Europe/London';

function occ(
  over: Partial<TaggedOccurrence> & Pick<Occurrence, 'person' | 'uid' | 'start' | 'end'>,
): TaggedOccurrence {
  return makeTagged({ calendar: 'exports/cal.ics', title: 'Board', ...over });
}

/** RFC 4180 reader, enough to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return out;
}

const t = (iso: string): number => DateTime.fromISO(iso, { zone }).toMillis();

// Written out of order on purpose.
const kit = occ({ person: 'kit', uid: 'b-uid', start: t('2026-11-16T09:00'), end: t('2026-11-16T09:20') });
const alexZ = occ({
  person: 'alex',
  uid: 'z',
  start: t('2026-11-17T10:00'),
  end: t('2026-11-17T11:00'),
  status: 'declined',
  counts: false,
  statusReason: 'declined (PARTSTAT=DECLINED)',
});
const alexComma = occ({
  person: 'alex',
  uid: 'a,with comma',
  calendar: 'exports/Jo "JJ" Smith.ics',
  start: t('2026-11-17T10:00'),
  end: t('2026-11-17T10:00:10'),
  system: 'lsc',
  workstream: 'uec',
  systemReason: { rule: 'systems.lsc.keywords', field: 'summary', text: 'L&SC, UEC' },
});
const alexSummer = occ({
  person: 'alex',
  uid: 'summer',
  recurrenceId: '2026-07-15T09:00:00+01:00',
  start: t('2026-07-15T09:00'),
  end: t('2026-07-15T10:00'),
  private: true,
  title: 'Secret HR case',
});
const rows = exportRows([kit, alexZ, alexComma, alexSummer], zone);

describe('export rows', () => {
  it('has exactly the SPEC columns, in order', () => {
    expect([...EXPORT_COLUMNS]).toEqual([
      'person',
      'calendar',
      'uid',
      'recurrence_id',
      'start',
      'end',
      'hours',
      'status',
      'system',
      'workstream',
      'reason',
    ]);
    for (const r of rows) expect(Object.keys(r)).toEqual([...EXPORT_COLUMNS]);
    expect(exportCsv(rows).split('\r\n')[0]).toBe(
      'person,calendar,uid,recurrence_id,start,end,hours,status,system,workstream,reason',
    );
  });

  it('sorts by person, then start, then uid', () => {
    // alex before kit; alex's July row first; the two 17 Nov 10:00 rows by uid ("a,with comma" < "z").
    expect(rows.map((r) => [r.person, r.uid])).toEqual([
      ['alex', 'summer'],
      ['alex', 'a,with comma'],
      ['alex', 'z'],
      ['kit', 'b-uid'],
    ]);
  });

  it('rounds hours to at most 4 decimal places', () => {
    // 1 h; 10 s = 0.002777… → 0.0028; 1 h; 20 min = 0.3333… → 0.3333.
    expect(rows.map((r) => r.hours)).toEqual([1, 0.0028, 1, 0.3333]);
  });

  it('writes start and end in ISO 8601 with the report zone’s offset', () => {
    const [summer, , , winter] = rows;
    expect(summer!.start).toMatch(/^2026-07-15T09:00(:00)?\+01:00$/);
    expect(summer!.end).toMatch(/^2026-07-15T10:00(:00)?\+01:00$/);
    expect(winter!.start).toMatch(/^2026-11-16T09:00(:00)?\+00:00$/);
    expect(DateTime.fromISO(summer!.start).toMillis()).toBe(Date.UTC(2026, 6, 15, 8));
    expect(summer!.recurrence_id).toBe('2026-07-15T09:00:00+01:00');
    expect(rows[1]!.recurrence_id).toBe('');
  });

  it('quotes CSV cells with commas and quotes so that they read back unchanged', () => {
    const csv = exportCsv(rows);
    const back = parseCsv(csv);
    expect(back).toHaveLength(1 + rows.length);
    back.slice(1).forEach((cells, i) => {
      expect(cells).toEqual(EXPORT_COLUMNS.map((c) => String(rows[i]![c])));
    });
    expect(csv).toContain('"exports/Jo ""JJ"" Smith.ics"');
    expect(csv).toContain('"a,with comma"');
  });

  it('gives the same text in chunks of whole lines, for a writer that holds one chunk at a time', () => {
    // 10,001 rows: more than two chunks of 4,096 lines, the last one short.
    const many = Array.from({ length: 10_001 }, (_, i) => ({ ...rows[i % rows.length]!, uid: `u${i}` }));
    const chunks = [...exportCsvChunks(many)];
    expect(chunks).toHaveLength(3);
    for (const c of chunks) expect(c.endsWith('\r\n')).toBe(true);
    const lines = chunks.join('').split('\r\n');
    expect(lines).toHaveLength(1 + 10_001 + 1); // header, rows, and the empty string after the last CRLF
    expect(lines[1]!.split(',')[2]).toBe('u0');
    expect(lines[10_001]!.split(',')[2]).toBe('u10000');
    const back = parseCsv(chunks.join(''));
    expect(back.slice(1)).toEqual(many.map((r) => EXPORT_COLUMNS.map((c) => String(r[c]))));
    expect([...eachExportRow([kit, alexZ, alexComma, alexSummer], zone)]).toEqual(rows);
  });

  it('never exports titles', () => {
    expect(exportCsv(rows)).not.toContain('Secret HR case');
    expect(exportCsv(rows)).not.toContain('Board');
  });

  it('gives every excluded row a reason', () => {
    expect(rows.find((r) => r.uid === 'z')!.reason).not.toBe('');
  });
});

describe('export of an ingested calendar', () => {
  const w = window({ week: '2026-W47' });
  const result = ingest('status-google.ics', { week: '2026-W47' });
  const tagged = result.occurrences.map((o) =>
    occ({ ...o, system: 'unassigned', workstream: null, systemReason: null, workstreamReason: null }),
  );
  const out = exportRows(tagged, zone);

  it('one row per piece with the status values and hours worked out in test/ingest/status.test.ts', () => {
    expect(out.map((r) => [r.start.slice(0, 16), r.hours, r.status])).toEqual([
      ['2026-11-16T00:00', 24, 'all-day'],
      ['2026-11-16T11:00', 1, 'declined'],
      ['2026-11-16T13:00', 1, 'counted'],
      ['2026-11-16T15:00', 1, 'counted'],
      ['2026-11-17T09:00', 1, 'tentative'],
      ['2026-11-17T11:00', 1, 'tentative'],
      ['2026-11-17T14:00', 1, 'tentative'],
      ['2026-11-18T00:00', 24, 'all-day'],
      ['2026-11-19T00:00', 24, 'declined'],
      ['2026-11-19T10:00', 1, 'cancelled'],
      ['2026-11-20T00:00', 24, 'all-day'],
      ['2026-11-20T10:00', 1, 'free'],
    ]);
    // The owner (X-WR-CALNAME alex.synthetic@…) is named by the CN beside that address.
    expect(new Set(out.map((r) => r.person))).toEqual(new Set(['Alex Synthetic']));
    expect(new Set(out.map((r) => r.calendar))).toEqual(new Set(['status-google.ics']));
  });

  it('JSON carries the same rows, with camelCase keys and null for none, and the window', () => {
    const doc = JSON.parse(exportJson(out, w)) as {
      schemaVersion: string;
      window: { from: string; to: string; zone: string; weeks: string[] };
      rows: Record<string, unknown>[];
    };
    expect(doc.schemaVersion).toBe('2.0');
    expect(doc.window).toEqual({ from: '2026-11-16', to: '2026-11-22', zone, weeks: ['2026-W47'] });
    expect(doc.rows).toHaveLength(out.length);
    doc.rows.forEach((row, i) => {
      const csv = out[i]!;
      expect(Object.keys(row)).toEqual(
        EXPORT_COLUMNS.map((c) => (c === 'recurrence_id' ? 'recurrenceId' : c)),
      );
      expect(row['recurrenceId']).toBe(csv.recurrence_id === '' ? null : csv.recurrence_id);
      expect(row['workstream']).toBe(csv.workstream === '' ? null : csv.workstream);
      expect([row['uid'], row['start'], row['hours'], row['status']]).toEqual([
        csv.uid,
        csv.start,
        csv.hours,
        csv.status,
      ]);
    });
  });
});

describe('export reasons under --redact', () => {
  it('hides text matched in a title from the export reason with --redact', () => {
    const { config } = validateConfigText(
      'timezone: Europe/London\nsystems:\n  - id: lsc\n    keywords: ["/Lancashire.*/i"]\n',
      { file: 'engage-load.yaml', shown: 'engage-load.yaml' },
    );
    const source = inlineCalendar(
      'l.ics',
      'BEGIN:VEVENT\r\nUID:l\r\nSUMMARY:Lancashire stroke review\r\nDTSTART:20261116T090000Z\r\nDTEND:20261116T100000Z\r\nEND:VEVENT',
    );
    const tagged = tagOccurrences(
      ingestCalendars([source], config, window({ week: '2026-W47' })).occurrences,
      config,
    );
    expect(exportRows(tagged, zone)[0]!.reason).toContain('Lancashire stroke review');
    const redacted = exportRows(tagged, zone, true)[0]!.reason;
    expect(redacted).toContain('(redacted)');
    expect(redacted).not.toContain('Lancashire');
  });
});
