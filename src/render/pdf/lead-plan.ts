import { hoursText, percentText } from '../../findings/numbers.js';
import type { LeadPlan, LoadPoint } from '../../suggest/types.js';
import { planHeadline } from '../suggestions/plan-sentences.js';
import type { Flow } from './flow.js';
import { capped, drawTable } from './table.js';
import type { PackView } from './view.js';

/** The three who attend most, then how many more: the full list is in the JSON. */
function attendees(list: readonly { person: string; hours: number }[], name: (id: string) => string): string {
  if (list.length === 0) return '–';
  const top = [...list].sort((a, b) => b.hours - a.hours).slice(0, 3);
  const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
  return `${top.map((p) => `${name(p.person)} ${hoursText(p.hours)} h`).join(', ')}${more}`;
}

const peak = (p: LoadPoint | null): string =>
  p ? `${hoursText(p.hours)} h${p.ratio !== null ? ` (${percentText(p.ratio)})` : ''}` : '–';

/** The lead plan's headline, its assignment per system and its effect per person. */
export function leadPlan(flow: Flow, view: PackView, plan: LeadPlan | null, team: string | null): void {
  const { names } = view;
  flow.heading(`System lead plan: one executive lead per system${team ? ` (${team})` : ''}`, 80);
  if (!plan) {
    flow.paragraph('The lead plan was not computed for this report.');
    return;
  }
  flow.paragraph(planHeadline(plan, names), 9);
  drawTable(
    flow,
    [
      { header: 'System', width: 24 },
      { header: 'Lead', width: 18, wrap: true },
      { header: 'Designated', width: 18, wrap: true },
      { header: 'h/week', width: 8, align: 'right' },
      { header: 'Handed h', width: 10, align: 'right' },
      { header: 'Attended today by', width: 30, wrap: true },
    ],
    capped(
      flow,
      plan.assignments.map((a) => ({
        cells: [
          names.system(a.system),
          a.lead ? names.person(a.lead) : 'nobody covers it',
          a.designatedLead ? names.person(a.designatedLead) : '–',
          hoursText(a.hoursPerWeek),
          hoursText(a.changesHands),
          attendees(a.attendeesToday, names.person),
        ],
      })),
      'system',
    ),
  );
  drawTable(
    flow,
    [
      { header: 'Person', width: 20, wrap: true },
      { header: 'Leads', width: 30, wrap: true },
      { header: 'Today h/week', width: 11, align: 'right' },
      { header: 'Plan h/week', width: 11, align: 'right' },
      { header: 'Peak today', width: 14, align: 'right' },
      { header: 'Peak plan', width: 14, align: 'right' },
    ],
    capped(
      flow,
      plan.people.map((p) => ({
        cells: [
          names.person(p.person),
          p.leads.map(names.system).join(', ') || '–',
          hoursText(p.todayHours),
          hoursText(p.planHours),
          peak(p.todayPeak),
          peak(p.planPeak),
        ],
      })),
      'person',
    ),
  );
}
