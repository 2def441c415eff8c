/** The bench's results as a small plain-text table: one column per scenario. */
import type { ScenarioResult } from './types.js';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function formatResults(results: readonly ScenarioResult[]): string {
  const stageNames = [...new Set(results.flatMap((r) => r.stages.map((st) => st.name)))];
  const rows: [string, ...string[]][] = [
    ['', ...results.map((r) => r.name)],
    ['window', ...results.map((r) => `${r.window.from}…${r.window.to} (${r.window.weeks} wk)`)],
    ['calendars', ...results.map((r) => `${r.files} (${mb(r.bytes)})`)],
    ['people × weeks', ...results.map((r) => `${r.people} × ${r.window.weeks} = ${r.personWeeks}`)],
    ['occurrence pieces', ...results.map((r) => String(r.occurrences))],
    ...stageNames.map((name): [string, ...string[]] => [
      name === 'report' ? 'detect + report' : name,
      ...results.map((r) => {
        const st = r.stages.find((x) => x.name === name);
        if (!st) return '–';
        const live = st.liveHeapMB !== undefined ? ` (live ${st.liveHeapMB})` : '';
        return `${s(st.ms)}  heap ${st.heapUsedMB} MB${live}`;
      }),
    ]),
    ['total', ...results.map((r) => s(r.totalMs))],
    ['peak heapUsed (sampled)', ...results.map((r) => `${r.heapPeakMB} MB`)],
    ['peak RSS', ...results.map((r) => `${r.maxRssMB} MB`)],
    ['findings (errors)', ...results.map((r) => `${r.findings} (${r.errors.length})`)],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
