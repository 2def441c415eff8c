/** The examples --help shows, kept apart from the commands so that help loads nothing heavy. A test runs them all. */

export const REPORT_EXAMPLES = [
  'engage-load report --demo',
  'engage-load report --demo --week 2026-W47',
  'engage-load report exports/ --week 2026-W47',
  'engage-load report exports/ --week 2026-W47 --weeks 8 --format markdown >> "$GITHUB_STEP_SUMMARY"',
  'engage-load report exports/ --from 2026-09-28 --to 2026-12-27 --format json --out q3.json',
  'engage-load report exports/ --week last --out weekly.pdf --out weekly.json --out weekly.md',
  'engage-load report exports/ --week last --fail-on critical --format csv > load.csv',
];

export const EXPORT_EXAMPLES = [
  'engage-load export exports/ --week 2026-W47 > w47.csv',
  'engage-load export exports/ --from 2026-09-28 --to 2026-12-27 --format json --out quarter.json',
  'cat jane.ics | engage-load export - --week 2026-W47',
];

export const EXPLAIN_EXAMPLES = [
  'engage-load explain exports/ --week 2026-W47',
  'engage-load explain --demo --week 2026-W47 --uid 040000008200E00074C5B7101A82E00800000000C452A09D',
  'engage-load explain exports/ --from 2026-09-28 --to 2026-12-27 --untagged',
  'engage-load explain exports/ --week 2026-W47 --format json --redact',
];

export const SUGGEST_EXAMPLES = [
  'engage-load suggest --demo',
  'engage-load suggest exports/ --week 2026-W47 --verbose',
  'engage-load suggest exports/ --from 2026-09-28 --to 2026-12-27 --format json --out moves.json',
  'engage-load suggest --demo --write-plan plan.yaml',
  'engage-load suggest --demo --apply plan.yaml',
];

export const INIT_EXAMPLES = [
  'engage-load init exports/',
  'engage-load init exports/jane.ics exports/sam.ics --out config/engage-load.yaml',
  'engage-load init exports/ --out - | less',
];

export const VALIDATE_EXAMPLES = [
  'engage-load validate',
  'engage-load validate --config trust.yaml',
  'engage-load validate exports/ --week 2026-W47',
];

/** Every command's examples, for the test that runs them as written. */
export const ALL_EXAMPLES = [
  ...REPORT_EXAMPLES,
  ...EXPORT_EXAMPLES,
  ...EXPLAIN_EXAMPLES,
  ...SUGGEST_EXAMPLES,
  ...INIT_EXAMPLES,
  ...VALIDATE_EXAMPLES,
];
