import { Option, type Command } from 'commander';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { buildReport } from '../../report/build.js';
import { withSuggestions } from '../../report/with-suggestions.js';
import { REPORT_FORMATS, renderers, type ReportFormat } from '../../render/index.js';
import type { Finding, Level } from '../../types.js';
import { prepareRun } from '../context.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { outOption, outTargets, printFindings, writeTargets } from '../output.js';
import { packageVersion } from '../package-info.js';
import { startProgress } from '../progress.js';

/** A weekly pack's trend: --week W with a PDF among the outputs reads the 8 weeks ending with W. */
export const PDF_WEEKS = 8;

interface ReportOptions extends RunOptions {
  format: ReportFormat;
  out?: string[];
  failOn?: Exclude<Level, 'ok'>;
}

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR asks for it in CI logs. */
function useColor(options: ReportOptions): boolean {
  if (options.color === false) return false;
  const env = process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return process.stdout.isTTY === true;
}

/** SOURCE_DATE_EPOCH stamps the report; without it the report carries no date, so reruns are byte-identical. */
export function generatedAt(): string | undefined {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch))
    throw new UsageError(`SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`);
  return new Date(Number(epoch) * 1000).toISOString();
}

/** Input, config and data-quality problems go to stderr; load flags are the report's own content. */
function stderrFindings(runFindings: readonly Finding[], reportFindings: readonly Finding[]): Finding[] {
  const quality = reportFindings.filter((f) => f.code.startsWith('data.') && f.severity !== 'info');
  return [...runFindings, ...quality];
}

export function registerReport(program: Command): void {
  const command = program
    .command('report', { isDefault: true })
    .description(
      'hours per person per week and per system, overload flags and data quality (the default command)',
    );
  addInputOptions(command)
    .addOption(formatOption(REPORT_FORMATS, 'table'))
    .addOption(
      outOption('write the report to a file instead of stdout; .pdf .md .json .csv .txt choose the format'),
    )
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when some person-week is at or above this level').choices([
        'warn',
        'critical',
      ]),
    )
    .addHelpText(
      'after',
      `
Formats: table (default; colour on a terminal only), json (schema/report.schema.json), csv (long:
person,week,system,workstream,metric,value), markdown (for a CI job summary), pdf (the weekly board
pack, A4; never to a terminal). Several --out write several formats from one read of the calendars.
With a PDF among the outputs, --week without --weeks reads 8 weeks ending with that week (the trend).
Exit codes: 0 ok; 1 a week at or above --fail-on; 2 usage or config error; 3 a calendar could not be
read (the rest is still reported; --strict stops before reporting).

Examples:
  engage-load report --demo
  engage-load report exports/ --week 2026-W47
  engage-load report exports/ --week 2026-W47 --weeks 8 --format markdown >> "$GITHUB_STEP_SUMMARY"
  engage-load report exports/ --week last --out weekly.pdf --out weekly.json --out weekly.md
  engage-load report exports/ --from 2026-09-28 --to 2026-12-27 --format json --out q3.json
  engage-load report exports/ --week last --fail-on critical --format csv > load.csv`,
    )
    .action(async (calendars: string[], options: ReportOptions) => {
      const stamp = generatedAt();
      const targets = outTargets(options.out, options.format, REPORT_FORMATS, process.cwd());
      if (
        targets.some((t) => t.format === 'pdf') &&
        options.week &&
        !options.weeks &&
        !options.from &&
        !options.to
      )
        options.weeks = String(PDF_WEEKS);
      const progress = startProgress('reading calendars');
      let run;
      try {
        run = await prepareRun(calendars, options, { cwd: process.cwd(), now: new Date() });
      } finally {
        progress.stop();
      }
      if (run.inputFailed && options.strict) {
        printFindings(run.findings);
        throw new InputError('--strict', 'stopped because a calendar could not be read');
      }
      const report = await withSuggestions(
        buildReport(run.analysis, {
          weeks: options.weeks !== undefined ? Number(options.weeks) : undefined,
          redact: options.redact === true,
          generatedAt: stamp,
          findings: run.findings,
        }),
        run.analysis,
      );
      printFindings(stderrFindings(run.findings, report.findings));
      const version = packageVersion();
      const organisation = run.analysis.config.organisation;
      await writeTargets(targets, (t) =>
        renderers[t.format](report, {
          color: t.path === null && t.format === 'table' && useColor(options),
          version,
          organisation,
        }),
      );

      const levels = new Set(report.personWeeks.map((w) => w.level));
      const failed =
        (options.failOn === 'critical' && levels.has('critical')) ||
        (options.failOn === 'warn' && (levels.has('warn') || levels.has('critical')));
      if (run.inputFailed) process.exitCode = ExitCode.input;
      else if (failed) process.exitCode = ExitCode.overload;
    });
}
