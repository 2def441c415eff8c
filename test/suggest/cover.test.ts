/**
 * A week of full leave with meetings in it (issue 9; SPEC "Overload"): no load ratio, so not
 * critical and not in the overload counts; a finding that its meetings need cover; and cover
 * proposed under the same feasibility rules as moves. Hand-worked figures: fixtures/leave/engage-load.yaml.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/findings/format.js';
import { buildReport, loadAnalysis, withSuggestions } from '../../src/pipeline.js';

const DIR = fileURLToPath(new URL('../../fixtures/leave', import.meta.url));

describe('a week of leave with meetings in it', async () => {
  const { analysis, findings } = await loadAnalysis({
    calendars: [],
    config: path.join(DIR, 'engage-load.yaml'),
    week: '2026-W47',
    cwd: DIR,
    now: new Date('2026-11-23T12:00:00Z'),
  });
  const report = await withSuggestions(buildReport(analysis, { redact: false, findings }), analysis);
  const ana = report.personWeeks.find((w) => w.person === 'ana')!;

  it('has no load ratio: not critical, not counted as overload', () => {
    // 2 + 1 + 1.5 = 4.5 h against 37.5 − 5 days × 7.5 h = 0 h capacity.
    expect([ana.scheduled, ana.capacity, ana.absenceDays, ana.level]).toEqual([4.5, 0, 5, 'ok']);
    expect(report.summary.criticalWeeks).toBe(0);
    expect(report.summary.warnWeeks).toBe(0);
    expect(report.findings.some((f) => f.code.startsWith('overload.'))).toBe(false);
  });

  it('says the meetings need cover or will be missed', () => {
    const leave = report.findings.filter((f) => f.code === 'leave.meetings');
    expect(leave.map(formatFinding)).toEqual([
      'ana, 2026-W47: on leave all week, yet 4.5 h of meetings during leave need cover or will be missed (a week of leave has no load ratio, so it is not counted as overload).',
    ]);
  });

  it('proposes cover by the rules of a move, and no move for the week', () => {
    const set = report.suggestions!;
    expect(set.moves).toEqual([]);
    expect(set.cover).toHaveLength(1);
    const cover = set.cover![0]!;
    // "Executive team" (1 h) names no system: counted in the hours, nobody proposed.
    expect([cover.person, cover.week, cover.hours, cover.unassignedHours]).toEqual([
      'ana',
      '2026-W47',
      4.5,
      1,
    ]);
    expect(cover.meetings.map((m) => [m.meeting.title, m.hours, m.to, m.why, m.toBefore, m.toAfter])).toEqual(
      [
        // Tue 10:00–12:00: ben and cy are both free; cy is north's designated lead (and engaged with it).
        // cy 0.5 h → 2.5 h, under warn (28.125 h).
        ['North ICS board', 2, 'cy', ['designated-lead', 'engaged-with-system'], 0.5, 2.5],
        // Thu 09:00–10:30: cy is busy 09:30–10:00, so ben, who already meets North ICS: 1 h → 2.5 h.
        ['North ICS finance', 1.5, 'ben', ['engaged-with-system'], 1, 2.5],
      ],
    );
  });
});
