import { Chalk, type ChalkInstance } from 'chalk';
import { hoursColumn, percentText, plural } from '../../findings/numbers.js';
import type { LeadPlan, SuggestionSet, WeekMoves } from '../../suggest/types.js';
import { fit, textTable, wrapList } from '../text-table.js';
import { leaveCoverLines } from './cover.js';
import { frontierChanges, planHeadline, planLists, unitName } from './plan-sentences.js';
import {
  blockedSentence,
  consolidationSentence,
  doubleSentence,
  moveSentence,
  rejectionText,
  seatSentence,
  weekHeadline,
  type SuggestionLabels,
} from './sentences.js';

const WIDTH = 100;
/** Lists that can run long on a quarter's data show their largest items; JSON and CSV have them all. */
const LIST_LIMIT = 10;

/** Wraps to WIDTH: the first line starts with `first`, the others are indented to line up under its text. */
function wrap(text: string, first: string): string {
  const rest = ' '.repeat(first.length);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines.join('\n');
}

function limited<T>(items: T[], render: (item: T) => string): string[] {
  const shown = items.slice(0, LIST_LIMIT).map((i) => wrap(render(i), '- '));
  if (items.length > LIST_LIMIT)
    shown.push(`  … and ${items.length - LIST_LIMIT} more (all in --format json or csv).`);
  return shown;
}

function weekLines(w: WeekMoves, labels: SuggestionLabels, c: ChalkInstance): string[] {
  const headline = wrap(weekHeadline(w, labels), '');
  const lines = [w.resolved ? c.green(headline) : c.yellow(headline)];
  w.moves.forEach((m, i) => {
    lines.push(wrap(moveSentence(m, w.week, labels), `  ${i + 1}. `));
    if (m.alternatives && m.alternatives.length > 0) {
      const system = labels.system(m.meeting.system);
      lines.push(
        c.dim(
          wrap(
            `Not chosen: ${m.alternatives.map((r) => rejectionText(r, system, m.from, labels)).join('; ')}.`,
            '     ',
          ),
        ),
      );
    }
  });
  for (const b of w.blocked) {
    lines.push(wrap(`No move for ${blockedSentence(b, labels)}`, '  - '));
    if (b.rejections && b.rejections.length > 0) {
      const system = labels.system(b.meeting.system);
      lines.push(
        c.dim(
          wrap(`${b.rejections.map((r) => rejectionText(r, system, w.person, labels)).join('; ')}.`, '     '),
        ),
      );
    }
  }
  return lines;
}

function movesSection(set: SuggestionSet, labels: SuggestionLabels, c: ChalkInstance): string[] {
  const title = c.bold('Redistribution: moves for flagged weeks');
  if (set.moves.length === 0) return [title, 'No week at or above warn: nothing to move.'];
  return [title, ...set.moves.flatMap((w) => weekLines(w, labels, c))];
}

function peakText(p: { hours: number; ratio: number | null } | null): string {
  if (!p) return '–';
  return `${hoursColumn(p.hours)} ${p.ratio === null ? '' : `(${percentText(p.ratio)})`}`.trim();
}

function frontierTable(plan: LeadPlan, labels: SuggestionLabels): string[] {
  if (plan.frontier.length === 0) return [];
  const chosen = plan.recommendation?.maxChanges;
  const rows = plan.frontier.map((f) => [
    `${f.maxChanges === chosen ? '▶ ' : '  '}${f.maxChanges}`,
    f.overWarn.length === 0 ? 'nobody' : String(f.overWarn.length),
    hoursColumn(f.overload),
    percentText(f.maxLoad),
    hoursColumn(f.hoursMoved),
    wrapList([frontierChanges(f, labels)].flat(), '; ', 64),
  ]);
  return [
    '',
    'Frontier: the best plan with at most k lead changes from the designated leads (▶ recommended;',
    'people over warn, hours above warn, highest load, hours moving between leads):',
    textTable(['k', 'Over', 'Above warn', 'Peak', 'Moved', 'Lead changes'], rows, [
      'right',
      'right',
      'right',
      'right',
      'right',
      'left',
    ]),
    '',
  ];
}

function planSection(plan: LeadPlan, labels: SuggestionLabels, c: ChalkInstance): string[] {
  const systems = plan.assignments.map((a) => [
    fit(unitName(a.system, a.kind, labels), 28),
    `${a.changed ? '▶ ' : ''}${a.lead ? fit(labels.person(a.lead), 20) : a.note === 'no-eligible-lead' ? 'nobody covers' : '–'}`,
    a.todayLead
      ? `${fit(labels.person(a.todayLead), 20)}${a.designatedLead === a.todayLead || a.note !== null ? '' : '*'}`
      : '–',
    hoursColumn(a.hoursPerWeek),
    hoursColumn(a.changesHands),
    String(a.attendeesToday.length),
  ]);
  const people = plan.people.map((p) => [
    fit(labels.person(p.person), 24),
    wrapList(p.leads.map(labels.system), ', ', 36) || '–',
    hoursColumn(p.todayHours),
    hoursColumn(p.planHours),
    peakText(p.todayPeak),
    peakText(p.planPeak),
  ]);
  const lines = [
    c.bold(plan.objective === 'balanced' ? 'System lead plan (balanced)' : 'System lead plan'),
    wrap(planHeadline(plan, labels), ''),
    ...frontierTable(plan, labels),
    textTable(['System', 'Lead (▶ changed)', 'Designated lead', 'h/week', 'Handed', 'Attend'], systems, [
      'left',
      'left',
      'left',
      'right',
      'right',
      'right',
    ]),
    ...(plan.assignments.some((a) => a.note === null && a.todayLead !== a.designatedLead)
      ? ['* main attendee today: no designated lead who covers the system.']
      : []),
    '',
    textTable(['Person', 'Leads', 'Today h/wk', 'Plan h/wk', 'Peak today', 'Peak plan'], people, [
      'left',
      'left',
      'right',
      'right',
      'right',
      'right',
    ]),
  ];
  for (const list of planLists(plan, labels)) {
    const items = list.cut ? limited(list.sentences, (s) => s) : list.sentences.map((s) => wrap(s, '- '));
    lines.push('', list.kind === 'blockers' ? c.yellow(list.heading) : list.heading, ...items);
  }
  return lines;
}

/** The suggestion sections for the terminal, each a list of lines (the report joins sections with a blank line). */
export function suggestionTableSections(
  set: SuggestionSet,
  options: { labels: SuggestionLabels; color: boolean },
): string[][] {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { labels } = options;
  const sections: string[][] = [movesSection(set, labels, c)];
  if (set.cover && set.cover.length > 0) {
    sections.push([
      c.bold('Cover for weeks of leave'),
      ...set.cover.flatMap((w) => {
        const { headline, lines } = leaveCoverLines(w, labels);
        return [wrap(headline, ''), ...lines.map((l) => wrap(l, '- '))];
      }),
    ]);
  }
  if (set.leadPlan) sections.push(planSection(set.leadPlan, labels, c));
  // With teams, each team has its own plan (plans never cross a team).
  for (const t of set.teams ?? []) {
    if (!t.leadPlan) continue;
    const [title, ...rest] = planSection(t.leadPlan, labels, c);
    sections.push([
      `${title ?? ''} ${c.bold(`— ${t.team === null ? 'people with no team' : `team ${t.team}`}`)}`,
      ...rest,
    ]);
  }
  const forums = [...set.consolidation].sort((a, b) => b.couldSave - a.couldSave);
  sections.push([
    c.bold('Joint forums: one workstream in several systems in a week'),
    ...(forums.length > 0
      ? [
          `${plural(forums.length, 'candidate')}, largest saving first:`,
          ...limited(forums, (f) => consolidationSentence(f, labels)),
        ]
      : ['None.']),
  ]);
  sections.push([
    c.bold('Double attendance: two or more executives at one system meeting'),
    ...(set.doubleAttendance.length > 0
      ? limited(set.doubleAttendance, (d) => doubleSentence(d, labels))
      : ['None.']),
  ]);
  sections.push([
    c.bold('Seat at the table'),
    ...(set.seats.length > 0
      ? set.seats.map((s) => wrap(seatSentence(s, labels), '- '))
      : ['Every system has clinical or strategic engagement.']),
  ]);
  return sections;
}

/** The whole suggestion text, as `engage-load suggest` prints it. */
export function renderSuggestionsTable(
  set: SuggestionSet,
  options: { labels: SuggestionLabels; color: boolean; title?: string },
): string {
  const sections = suggestionTableSections(set, options);
  const head = options.title ? [[new Chalk({ level: options.color ? 1 : 0 }).bold(options.title)]] : [];
  return `${[...head, ...sections].map((s) => s.join('\n')).join('\n\n')}\n`;
}
