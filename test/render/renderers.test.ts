import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { csvField } from '../../src/render/csv-lines.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderers } from '../../src/render/index.js';
import { mdEscape } from '../../src/render/markdown-escape.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { sparkline } from '../../src/render/sparkline.js';
import { renderTable } from '../../src/render/table.js';
import { sampleAnalysis } from '../helpers/sample-report.js';

const report = buildReport(sampleAnalysis(), { redact: false });
const ESC = '\u001b[';

function text(out: string | Uint8Array): string {
  return typeof out === 'string' ? out : new TextDecoder().decode(out);
}

describe('csv', () => {
  const csv = text(renderCsv(report, { color: false }));
  const lines = csv.split('\r\n');

  it('has the long-format header and CRLF line ends', () => {
    expect(lines[0]).toBe('person,week,system,workstream,metric,value,text');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per figure', () => {
    expect(lines).toContain('cmo,2026-W47,,,scheduled,38,');
    // Words never sit in value: the level and a finding's code go to text.
    expect(lines).toContain('cmo,2026-W47,,,level,,critical');
    expect(lines).toContain('cmo,2026-W47,lsc,,hours,22,');
    expect(lines).toContain('cmo,2026-W47,,uec,hours,22,');
    expect(lines).toContain('coo,2026-W47,,,capacity,22.5,'); // 37.5 − 2 × 7.5
    expect(lines).toContain('cmo,,lsc,,share,0.619,'); // 26 / 42 over the window
    expect(lines).toContain('cmo,2026-W47,,,finding,,overload.critical');
    // no baseline row for a week without previous data
    expect(lines.filter((l) => l.startsWith('cmo,2026-W46,,,baseline'))).toEqual([]);
    for (const line of lines.slice(1, -1)) {
      const cells = line.split(',');
      expect(cells.length).toBe(7);
      expect(cells[5], line).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
  });

  it('quotes fields by RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(1 / 3)).toBe('0.3333');
  });
});

describe('markdown', () => {
  const md = text(renderMarkdown(report, { color: false }));

  it('has a title, the sections and the critical week in bold', () => {
    expect(md.startsWith('# engage-load report: 2026-11-09 to 2026-11-22')).toBe(true);
    for (const h of [
      '## Flagged weeks',
      '## Trend',
      '## Hours by system',
      '## Behind the flagged weeks',
      '## Flags and data quality',
      '## Inputs',
    ]) {
      expect(md).toContain(`\n${h}`);
    }
    expect(md).toContain('| Dr Jane Example | 2026-W47 | **38.0** |');
    expect(md).toContain('**CRITICAL**');
  });

  it('keeps every table rectangular', () => {
    const blocks = md
      .split('\n\n')
      .map((b) => b.trim())
      .filter((b) => b.startsWith('|'));
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      const cells = block.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(cells).size, block).toBe(1);
    }
  });

  it('escapes markup and pipes in titles, and shows a sparkline trend', () => {
    expect(mdEscape('a|b *c* <d>')).toBe('a\\|b \\*c\\* \\<d\\>');
    // cmo 4 → 38 on one scale: 4/38 × 7 = 0.74 → ▂, 38 → █
    expect(md).toContain('| Dr Jane Example | ▂█ | 4 · 38 |');
  });
});

describe('table', () => {
  it('has no colour when not asked, fits 100 columns and marks the critical week', () => {
    const out = text(renderTable(report, { color: false }));
    expect(out).not.toContain(ESC);
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(out).toMatch(/Dr Jane Example\s+2026-W47\s+38\.0.*CRITICAL !!/);
    expect(out).toMatch(/coo\s+2026-W47\s+18\.0.*warn !/);
    expect(out).toContain('(private)');
    expect(out).not.toContain('Secret merger');
  });

  it('colours the critical week when asked', () => {
    const out = text(renderTable(report, { color: true }));
    expect(out).toContain(ESC);
    expect(out).toContain('\u001b[41m'); // red background
  });

  it('shows every person in a single-week report', () => {
    const analysis = sampleAnalysis();
    analysis.window = {
      ...analysis.window,
      start: analysis.window.start + 7 * 86_400_000,
      from: '2026-11-16',
      weeks: ['2026-W47'],
    };
    analysis.occurrences = analysis.occurrences.filter((o) => o.start >= analysis.window.start);
    const out = text(renderTable(buildReport(analysis, { redact: false }), { color: false }));
    expect(out).toContain('Load by person');
    expect(out).toMatch(/cfo\s+2026-W47\s+0\.0/);
    expect(out).not.toContain('Trend');
  });
});

describe('all renderers', () => {
  it('never show a private title, and with redact no title at all', () => {
    const redacted = buildReport(sampleAnalysis(), { redact: true });
    for (const [name, render] of Object.entries(renderers)) {
      const plain = text(render(report, { color: false }));
      expect(plain, name).not.toContain('Secret merger');
      const hidden = text(render(redacted, { color: false }));
      expect(hidden, name).not.toContain('ICS board');
      expect(hidden, name).not.toContain('Ops cell');
    }
  });

  it('sparkline scales from zero to the largest value', () => {
    // 0 → ▁, 19/38 × 7 = 3.5 → round 4 → ▅, 38 → █
    expect(sparkline([0, 19, 38])).toBe('▁▅█');
    expect(sparkline([0, 0])).toBe('▁▁');
  });
});

describe('people and systems by name in the human formats', () => {
  // cmo: lsc 4 h in W46 + 5 × 4.4 = 22 h in W47 = 26 h; cm 5 × 3.2 = 16 h; 42 h in all.
  it('markdown names people with their role, and systems by name', () => {
    const md = text(renderMarkdown(report, { color: false }));
    expect(md).toContain(
      '| Person | Role | Total | Cheshire and Merseyside | Lancashire and South Cumbria |',
    );
    expect(md).toContain('| Dr Jane Example | Executive | 42.0 | 16.0 | 26.0 |');
    expect(md).toContain('### Dr Jane Example (Executive) · 2026-W47');
    expect(md).not.toMatch(/\| cmo \|/);
  });

  it('the table does too', () => {
    const out = text(renderTable(report, { color: false }));
    expect(out).toMatch(
      /Dr Jane Example\s+42\.0\s+Lancashire and South Cumbria 26\.0 · Cheshire and Merseyside 16\.0/,
    );
    expect(out).toContain('Roles. Dr Jane Example: Executive;');
    expect(out).toContain('Dr Jane Example (Executive) 2026-W47 (critical): 38 h against 37.5 h capacity');
  });
});
