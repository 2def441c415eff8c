import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/config/types.js';
import { buildReport } from '../../../src/pipeline.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import type { TaggedOccurrence } from '../../../src/types.js';
import { analysis, calendar, config, occ, person, weeksWindow, ZONE } from '../../helpers/analysis.js';
import { pdfText } from '../../helpers/pdf-text.js';

const FIRST_NAMES = ['Siân', 'Łukasz', 'Zoë', 'Aoife', 'Bartłomiej', 'Chloé', 'Dafydd', 'Eilidh'];
const LONG = 'Professor Dame Alexandra Montgomery-Fetherstonhaugh-Smythe of the Northern Shires';

/** 40 people × 25 systems × 26 weeks: each person-week has five meetings at five different systems. */
function largeReport() {
  const window = weeksWindow('2026-W01', '2026-W26');
  const ids = Array.from({ length: 40 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
  const names = ids.map((id, i) => (i === 39 ? LONG : `${FIRST_NAMES[i % 8]} Example-${i + 1}`));
  const systems: System[] = Array.from({ length: 25 }, (_, i) => ({
    id: `s${i + 1}`,
    name: `System ${i + 1} Integrated Care Board of a Long Name`,
    keywords: [],
    domains: [],
    locations: [],
    lead: null,
    internal: false,
  }));
  const occurrences: TaggedOccurrence[] = [];
  window.weeks.forEach((_, w) => {
    const monday = DateTime.fromISO(window.from, { zone: ZONE }).plus({ weeks: w });
    ids.forEach((id, p) => {
      for (let d = 0; d < 5; d++) {
        const day = monday.plus({ days: d }).toISODate()!;
        // Person p's week grows with p and the week: 5 meetings of (1 + (p + w) % 7) hours.
        const hours = 1 + ((p + w) % 7);
        occurrences.push(
          occ(id, `${day}T09:00`, `${day}T${String(9 + hours).padStart(2, '0')}:00`, {
            system: `s${((p + w + d) % 25) + 1}`,
          }),
        );
      }
    });
  });
  const cfg = config(
    ids.map((id, i) => person(id, { name: names[i]! })),
    { systems },
  );
  const calendars = ids.map((id) => calendar(`${id}.ics`, id));
  return { report: buildReport(analysis(window, occurrences, cfg, calendars), { redact: false }), names };
}

describe('the PDF layout at 40 people × 25 systems × 26 weeks', async () => {
  const { report, names } = largeReport();
  const text = await pdfText(renderPdf(report, { color: false, version: '0.0.0' }) as Uint8Array);
  const all = text.pages.join('\n');

  it('keeps page 1 to one page and paginates the rest', () => {
    expect(text.pages[0]).toContain('Data quality:');
    expect(text.pages[1]).not.toContain('Data quality:');
    expect(text.pages.length).toBeLessThan(80);
    expect(text.pages[0]).toMatch(/And \d+ more: see the heat map/);
  });

  it('writes every name, Siân, Łukasz and Zoë included, and shortens the long one with an ellipsis', () => {
    for (const name of names.slice(0, 39)) expect(all).toContain(name);
    expect(all).not.toContain(LONG);
    expect(all).toMatch(/Professor Dame Alexandra[^\n]*…/);
  });

  it('puts every piece of text inside the page', () => {
    for (const item of text.items) {
      const size = text.sizes[item.page - 1]!;
      expect(item.x).toBeGreaterThanOrEqual(0);
      expect(item.x + item.width).toBeLessThanOrEqual(size.width + 0.5);
      expect(item.y).toBeGreaterThanOrEqual(0);
      expect(item.y).toBeLessThanOrEqual(size.height);
    }
  });

  it('shows all 26 weeks in the heat map for all 40 people', () => {
    const heat = text.pages.filter((p) => p.includes('Load by person and week') || p.match(/^W01 W02/m));
    expect(heat.length).toBeGreaterThan(0);
    expect(all).toMatch(/W01 W02 W03[ W\d]*W26/);
  });
});
