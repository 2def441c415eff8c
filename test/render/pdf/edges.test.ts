import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/pipeline.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { analysis, calendar, config, occ, person, weeksWindow } from '../../helpers/analysis.js';
import { pdfText } from '../../helpers/pdf-text.js';
import { sampleAnalysis } from '../../helpers/sample-report.js';

const OPTIONS = { color: false, version: '1.2.3' };

describe('the PDF at its edges', () => {
  it('holds at 1 person × 1 system × 1 week, with no trend to draw', async () => {
    const window = weeksWindow('2026-W47');
    const cfg = config([person('zoe', { name: 'Zoë Łukasz-Siân', role: 'Director' })], {
      systems: [
        {
          id: 'one',
          name: 'Only ICS',
          keywords: [],
          domains: [],
          locations: [],
          lead: null,
          internal: false,
        },
      ],
    });
    // 16 Nov 2026, 09:00–12:30: 3.5 h of 37.5 h = 9.3% → 9.
    const occs = [occ('zoe', '2026-11-16T09:00', '2026-11-16T12:30', { system: 'one', title: 'Only board' })];
    const report = buildReport(analysis(window, occs, cfg, [calendar('zoe.ics', 'zoe')]), { redact: false });
    const text = await pdfText(renderPdf(report, OPTIONS) as Uint8Array);
    const all = text.pages.join('\n');
    expect(text.pages[0]).toContain(
      "Everyone is under warn in 2026-W47: nobody's meetings reach their warn level.",
    );
    expect(text.pages[0]).toContain('Zoë Łukasz-Siân 9% (3.5 h)');
    expect(text.pages[0]).toContain('Only ICS 3.5 h');
    expect(all).toContain('No person-week reached warn in the window.');
    expect(all).not.toContain('Trend:');
    for (const item of text.items) expect(item.y).toBeGreaterThanOrEqual(0);
  });

  it('says at the top of page 1 which calendars could not be read, and whose figures they hold', async () => {
    const report = buildReport(sampleAnalysis(), { redact: false });
    const unreadable = { ...report.inputs[0]!, name: 'cfo.ics', person: 'cfo', readable: false };
    const missing = {
      calendar: 'cfo.ics',
      person: 'cfo',
      personName: 'Person cfo',
      extent: 'all' as const,
      code: 'input.unreadable',
      errors: 1,
    };
    const text = await pdfText(
      renderPdf(
        { ...report, inputs: [...report.inputs, unreadable], missing: [missing] },
        OPTIONS,
      ) as Uint8Array,
    );
    const p1 = text.pages[0]!.replace(/\s+/g, ' ');
    expect(p1).toContain(
      'INCOMPLETE: 1 calendar could not be read; the figures below leave them out. Figures missing for: Person cfo. cfo.ics (Person cfo): not read.',
    );
    expect(p1.indexOf('INCOMPLETE')).toBeLessThan(p1.indexOf('critical'));
    expect(p1).toContain('Data quality: 2 of 3 calendars read');
  });
});
