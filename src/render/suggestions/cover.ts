import { hoursText } from '../../findings/numbers.js';
import type { Cover, LeaveCover } from '../../suggest/types.js';
import { BLOCK, meetingName, WHY, type SuggestionLabels } from './sentences.js';

/** One meeting during leave: who could go instead (and why), or why nobody can. */
export function coverSentence(m: Cover, labels: SuggestionLabels): string {
  const system = labels.system(m.meeting.system);
  const what = `${meetingName(m.meeting, labels)} (${system}, ${hoursText(m.hours)} h)`;
  if (m.to === null) return `${what}: no cover, ${BLOCK[m.reason ?? 'nobody-eligible'](system)}.`;
  const reasons = m.why.map((w) => WHY[w](system)).join(', ');
  const load =
    m.kind === 'step-back'
      ? ''
      : `; ${hoursText(m.toBefore ?? 0)} → ${hoursText(m.toAfter ?? 0)} h that week`;
  return `${what}: ${m.to} (${reasons}${load}).`;
}

/** The headline of one week of leave and its lines, without list markers. */
export function leaveCoverLines(
  c: LeaveCover,
  labels: SuggestionLabels,
): { headline: string; lines: string[] } {
  const untagged =
    c.unassignedHours > 0
      ? `; ${hoursText(c.unassignedHours)} h name no system, so nobody is proposed for them`
      : '';
  return {
    headline: `${c.person} ${c.week}: on leave all week with ${hoursText(c.hours)} h of meetings${untagged}.`,
    lines: c.meetings.map((m) => coverSentence(m, labels)),
  };
}
