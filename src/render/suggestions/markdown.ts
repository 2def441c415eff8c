import { hoursText, percentText } from '../../findings/numbers.js';
import type { LeadPlan, LoadPoint, SuggestionSet, WeekMoves } from '../../suggest/types.js';
import { mdEscape } from '../markdown-escape.js';
import { leaveCoverLines } from './cover.js';
import { frontierChanges, planHeadline, planLists, unitName } from './plan-sentences.js';
import {
  blockedSentence,
  consolidationSentence,
  doubleSentence,
  moveSentence,
  namesText,
  rejectionText,
  seatSentence,
  weekHeadline,
  type SuggestionLabels,
} from './sentences.js';

const LIST_LIMIT = 20;

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number>,
): string[] {
  const rule = head.map((_, i) => (right.has(i) ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.join(' | ')} |`);
}

function limited<T>(items: T[], render: (item: T) => string): string[] {
  const shown = items.slice(0, LIST_LIMIT).map((i) => `- ${mdEscape(render(i))}`);
  if (items.length > LIST_LIMIT)
    shown.push(`- _… and ${items.length - LIST_LIMIT} more (all in the JSON and CSV)._`);
  return shown;
}

function weekLines(w: WeekMoves, labels: SuggestionLabels): string[] {
  const lines = [`**${mdEscape(weekHeadline(w, labels))}**`, ''];
  w.moves.forEach((m, i) => {
    lines.push(`${i + 1}. ${mdEscape(moveSentence(m, w.week, labels))}`);
    if (m.alternatives && m.alternatives.length > 0) {
      const system = labels.system(m.meeting.system);
      lines.push(
        `   _Not chosen: ${mdEscape(m.alternatives.map((r) => rejectionText(r, system, m.from, labels)).join('; '))}._`,
      );
    }
  });
  for (const b of w.blocked) {
    lines.push(`- No move for ${mdEscape(blockedSentence(b, labels))}`);
    if (b.rejections && b.rejections.length > 0) {
      const system = labels.system(b.meeting.system);
      lines.push(
        `  _${mdEscape(b.rejections.map((r) => rejectionText(r, system, w.person, labels)).join('; '))}._`,
      );
    }
  }
  lines.push('');
  return lines;
}

function frontierLines(plan: LeadPlan, labels: SuggestionLabels): string[] {
  if (plan.frontier.length === 0) return [];
  const chosen = plan.recommendation?.maxChanges;
  const rows = plan.frontier.map((f) =>
    [
      f.maxChanges === chosen ? `**${f.maxChanges}** (recommended)` : String(f.maxChanges),
      f.overWarn.length === 0 ? 'nobody' : namesText(f.overWarn.map(labels.person)),
      hoursText(f.overload),
      percentText(f.maxLoad),
      hoursText(f.hoursMoved),
      [frontierChanges(f, labels)].flat().join('; '),
    ].map((cell, i) => (i === 0 ? cell : mdEscape(cell))),
  );
  return [
    'Frontier: the best plan with at most k lead changes from the designated leads:',
    '',
    ...table(
      ['k', 'Over warn', 'Hours above warn', 'Peak', 'Hours moved', 'Lead changes'],
      rows,
      new Set([2, 3, 4]),
    ),
    '',
  ];
}

function planLines(plan: LeadPlan, labels: SuggestionLabels): string[] {
  const systems = plan.assignments.map((a) =>
    [
      unitName(a.system, a.kind, labels),
      `${a.lead ? labels.person(a.lead) : a.note === 'no-eligible-lead' ? 'nobody covers' : '–'}${a.changed ? ' (changed)' : ''}`,
      a.todayLead
        ? `${labels.person(a.todayLead)}${a.designatedLead === a.todayLead || a.note !== null ? '' : ' (main attendee)'}`
        : '–',
      hoursText(a.hoursPerWeek),
      hoursText(a.changesHands),
      namesText(a.attendeesToday.map((t) => labels.person(t.person))) || '–',
    ].map(mdEscape),
  );
  const peak = (p: LoadPoint | null): string =>
    p ? `${hoursText(p.hours)} h${p.ratio === null ? '' : ` (${percentText(p.ratio)})`} ${p.week}` : '–';
  const people = plan.people.map((p) =>
    [
      labels.person(p.person),
      p.leads.map(labels.system).join(', ') || '–',
      hoursText(p.todayHours),
      hoursText(p.planHours),
      peak(p.todayPeak),
      peak(p.planPeak),
    ].map(mdEscape),
  );
  const lines = [
    plan.objective === 'balanced' ? '### System lead plan (balanced)' : '### System lead plan',
    '',
    mdEscape(planHeadline(plan, labels)),
    '',
    ...frontierLines(plan, labels),
    ...table(
      ['System', 'Lead', 'Designated lead', 'Hours/week', 'Changes hands (h)', 'Attended today by'],
      systems,
      new Set([3, 4]),
    ),
    '',
    ...table(
      ['Person', 'Leads', 'Today h/week', 'Plan h/week', 'Peak today', 'Peak under plan'],
      people,
      new Set([2, 3]),
    ),
  ];
  for (const list of planLists(plan, labels)) {
    const items = list.cut
      ? limited(list.sentences, (s) => s)
      : list.sentences.map((s) => `- ${mdEscape(s)}`);
    lines.push('', list.heading, '', ...items);
  }
  return [...lines, ''];
}

/** The suggestion sections in Markdown, starting at heading level 2. */
export function suggestionMarkdown(set: SuggestionSet, options: { labels: SuggestionLabels }): string[] {
  const { labels } = options;
  const forums = [...set.consolidation].sort((a, b) => b.couldSave - a.couldSave);
  return [
    '## Redistribution',
    '',
    '### Moves for flagged weeks',
    '',
    ...(set.moves.length > 0
      ? set.moves.flatMap((w) => weekLines(w, labels))
      : ['No week at or above warn: nothing to move.', '']),
    ...(set.cover && set.cover.length > 0
      ? [
          '### Cover for weeks of leave',
          '',
          ...set.cover.flatMap((w) => {
            const { headline, lines } = leaveCoverLines(w, labels);
            return [mdEscape(headline), '', ...lines.map((l) => `- ${mdEscape(l)}`), ''];
          }),
        ]
      : []),
    ...(set.leadPlan ? planLines(set.leadPlan, labels) : []),
    // With teams, each team has its own plan (plans never cross a team).
    ...(set.teams ?? []).flatMap((t) => {
      if (!t.leadPlan) return [];
      const [title, ...rest] = planLines(t.leadPlan, labels);
      return [
        `${title ?? ''} — ${t.team === null ? 'people with no team' : `team ${mdEscape(t.team)}`}`,
        ...rest,
      ];
    }),
    '### Joint forums',
    '',
    ...(forums.length > 0 ? limited(forums, (f) => consolidationSentence(f, labels)) : ['None.']),
    '',
    '### Double attendance',
    '',
    ...(set.doubleAttendance.length > 0
      ? limited(set.doubleAttendance, (d) => doubleSentence(d, labels))
      : ['None.']),
    '',
    '### Seat at the table',
    '',
    ...(set.seats.length > 0
      ? set.seats.map((s) => `- ${mdEscape(seatSentence(s, labels))}`)
      : ['Every system has clinical or strategic engagement.']),
  ];
}
