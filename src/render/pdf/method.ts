import type { Flow } from './flow.js';
import type { PackView } from './view.js';

const PARAGRAPHS: readonly [string, string][] = [
  [
    'What counts',
    'Every meeting in each person’s exported calendar that falls in the window, with recurring series expanded ' +
      'occurrence by occurrence (moved and cancelled instances included as the organiser changed them). A meeting ' +
      'counts for every person whose calendar holds it. Hours are scheduled hours: two meetings at the same time ' +
      'count twice, because both were accepted; the heat map and charts use these hours.',
  ],
  [
    'What does not count',
    'Cancelled meetings, meetings the person declined, time marked free, and all-day entries. Tentative and ' +
      'unanswered meetings count unless the configuration excludes them. All-day leave, out-of-office and bank ' +
      'holidays are not meetings: they reduce capacity instead.',
  ],
  [
    'Capacity and levels',
    'Capacity is the person’s contracted weekly hours (37.5 unless configured) less one fifth for every working ' +
      'day of leave. A week is at warn when meetings take 75% of capacity or more and critical at 100% or more, ' +
      'unless the configuration sets other thresholds. A week of full leave has no load: its meetings need cover.',
  ],
  [
    'Systems and workstreams',
    'Each meeting is tagged to one regional health system (or left unassigned) and at most one workstream by the ' +
      'configuration’s rules: keywords in the title, description or location, Outlook categories, and the e-mail ' +
      'domains of the organiser and attendees, in a fixed order of precedence. `engage-load explain` shows the rule ' +
      'behind every tag; the share left unassigned is given under data quality.',
  ],
  [
    'Suggested moves',
    'For every flagged week the tool looks for meetings tagged to a system that a colleague could take: someone ' +
      'who covers that system, is free at every moved occurrence and stays under warn themselves. A colleague who ' +
      'already attends is asked to carry on alone (a step-back) before anyone new is asked; the system’s designated ' +
      'lead is preferred, then the fewest moves.',
  ],
  [
    'System lead plan',
    'One executive lead per system, chosen to keep everyone under warn with the lowest peak load, then the fewest ' +
      'hours changing hands. It is a model of the “named lead for each system” arrangement, not a rota: the moves ' +
      'above are the concrete steps for the weeks in question.',
  ],
  [
    'Joint forums, double attendance, seats',
    'A joint forum is suggested when one person discussed the same workstream at several systems in one week. ' +
      'Double attendance is two or more of the team at the same meeting. A seat-at-the-table gap is a system with ' +
      'no engagement at all, or only operational engagement.',
  ],
  [
    'Privacy and limits',
    'Titles of private or confidential meetings never appear; with --redact no title appears at all. The figures ' +
      'are only as good as the exports: calendars that could not be read, exports that stop early, availability-only ' +
      'exports and guessed time zones are listed under data quality. Same calendars and configuration, same document.',
  ],
];

/** One page in plain words: what the figures count, and what they do not. */
export function drawMethod(flow: Flow, _view: PackView): void {
  flow.newPage();
  flow.heading('Method: how the figures are made', 200);
  for (const [title, text] of PARAGRAPHS) {
    flow.paragraph(title, 9.5, 'bold', undefined, 0, 1);
    flow.paragraph(text, 8.5, 'body', undefined, 0, 7);
  }
}
