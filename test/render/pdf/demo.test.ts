import { beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../helpers/pdf-text.js';
import { reportRun } from '../../helpers/commands.js';

/**
 * The demo's weekly board pack, `report --demo --week 2026-W47 --format pdf` made in-process (the 8
 * weeks ending with W47, as the command line reads them for a PDF), checked against docs/demo.md by
 * hand. test/cli/out.test.ts holds the command line to the library's PDF bytes (on fixtures/report-basic).
 */
const PACK = { demo: true, week: '2026-W47', weeks: 8 };

const PEOPLE = [
  'Rachel Thornbury',
  'Dr Samuel Okafor-Reid',
  'Priya Lindqvist',
  'Grace Whitfield',
  'Tom Halloran',
  'Aisha Rahman-Cole',
  'Daniel Featherstone',
  'Nadia Petrosyan',
];

describe('the demo pack for 2026-W47', () => {
  let bytes: Uint8Array;
  let pages: string[];
  beforeAll(async () => {
    bytes = (await reportRun(PACK)).pdf();
    pages = await pdfPages(bytes);
  });

  it('is dated by its data without SOURCE_DATE_EPOCH: the window’s end, Mon 23 Nov 00:00 GMT', () => {
    expect(Buffer.from(bytes).toString('latin1')).toContain('(D:20261123000000Z)');
  });

  it('says on page 1 who is over, by how much, and what to move', () => {
    const p1 = pages[0]!.replace(/\s+/g, ' ');
    // docs/demo.md: Mon 8 + Tue 8 + Wed 8 + Thu 6.5 + Fri 7.5 = 38 h against 37.5 h (no leave): 38 / 37.5 = 101%.
    expect(p1).toContain(
      'Dr Samuel Okafor-Reid (Chief Medical Officer) is critical in 2026-W47: 38 h of meetings against 37.5 h capacity (101%).',
    );
    // warn at 0.75 × 37.5 = 28.125 h, so 38 − 28.125 = 9.875 h over warn.
    expect(p1).toMatch(/Dr Samuel Okafor-Reid Chief Medical Officer 38 37\.5 101% ■ CRITICAL \+9\.9/);
    expect(p1).toContain('What to do on Monday');
    // The Eastmere crisis care partnership (Tue 14:00–16:00, 2 h) is also in Grace Whitfield's diary: a step-back.
    expect(p1).toMatch(
      /"Eastmere ICS mental health crisis care partnership" Step back: Grace Whitfield already attends 2 38 → 36/,
    );
    expect(p1).toContain('under warn (28.1 h)');
    expect(p1).toContain('Data quality: 8 of 8 calendars read');
    expect(p1).toContain('Page 1 of');
  });

  it('explains the CMO’s week system by system, as docs/demo.md adds it up', () => {
    const behind = pages.join('\n');
    const line = behind.slice(behind.indexOf('Dr Samuel Okafor-Reid (Chief Medical Officer), 2026-W47'));
    // Moorside 1.5 + 3 + 2 + 1 = 7.5; Kestrel 2 + 2 + 1 = 5; Brackenridge 1 + 2.5 = 3.5; Eastmere 2 + 1 = 3;
    // Northdale 1 + 2 = 3; Harbour 1.5 + 1 = 2.5; Fellgate 1 + 1.5 = 2.5; Westfold 2; Saltmarsh 1; Highcross 1.
    for (const part of [
      'Moorside ICS 7.5 h',
      'Kestrel Valley ICS 5 h',
      'Brackenridge and Oldfield ICS 3.5 h',
      'Eastmere ICS 3 h',
      'Northdale ICS 3 h',
      'Harbour Coast ICS 2.5 h',
      'Fellgate and Stonebeck ICS 2.5 h',
      'Westfold ICS 2 h',
      'Saltmarsh Estuary ICS 1 h',
      'Highcross ICS 1 h',
      'Unassigned 1 h',
    ])
      expect(line.slice(0, 600).replace(/\n/g, ' ')).toContain(part);
  });

  it('names every person and never shows a private title', () => {
    const all = pages.join('\n');
    for (const name of PEOPLE) expect(all).toContain(name);
    expect(all).not.toMatch(/serious incident review/i);
    expect(all).not.toMatch(/confidential case/i);
    expect(all).toContain('Method: how the figures are made');
  });

  it('hides every title under --redact', async () => {
    const all = (await pdfPages((await reportRun({ ...PACK, redact: true })).pdf())).join('\n');
    expect(all).not.toContain('Eastmere ICS mental health crisis care partnership');
    expect(all).not.toContain('Executive team meeting');
    expect(all).toContain('(redacted)');
  });
});
