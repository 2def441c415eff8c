import { Option, type Command } from 'commander';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../../render/formats.js';
import type { Finding, Level } from '../../types.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';

interface ReportOptions extends RunOptions {
  format: ReportFormat;
  out?: string;
  failOn?: Exclude<Level, 'ok'>;
}

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR asks for it in CI logs. */
function useColor(options: ReportOptions): boolean {
  if (options.color === false || options.out || options.format !== 'table') return false;
  const env = process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return process.stdout.isTTY === true;
}

/** SOURCE_DATE_EPOCH stamps the report; without it the report carries no date, so reruns are byte-identical. */
function generatedAt(): string | undefined {
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
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
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
person,week,system,workstream,metric,value), markdown (for a CI job summary).
Exit codes: 0 ok; 1 a week at or above --fail-on; 2 usage or config error; 3 a calendar could not be
read (the rest is still reported; --strict stops before reporting).

Examples:
  engage-load report --demo
  engage-load report exports/ --week 2026-W47
  engage-load report exports/ --week 2026-W47 --weeks 8 --format markdown >> "$GITHUB_STEP_SUMMARY"
  engage-load report exports/ --from 2026-09-28 --to 2026-12-27 --format json --out q3.json
  engage-load report exports/ --week last --fail-on critical --format csv > load.csv`,
    )
    .action(async (calendars: string[], options: ReportOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { buildReport },
        { withSuggestions },
        { prepareRun },
        { printFindings, writeOutput },
        { startProgress },
        { renderers },
      ] = await Promise.all([
        import('../../report/build.js'),
        import('../../report/with-suggestions.js'),
        import('../context.js'),
        import('../output.js'),
        import('../progress.js'),
        import('../../render/index.js'),
      ]);
      const stamp = generatedAt();
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
      const output = renderers[options.format](report, { color: useColor(options) });
      await writeOutput(output, options.out);

      const levels = new Set(report.personWeeks.map((w) => w.level));
      const failed =
        (options.failOn === 'critical' && levels.has('critical')) ||
        (options.failOn === 'warn' && (levels.has('warn') || levels.has('critical')));
      if (run.inputFailed) process.exitCode = ExitCode.input;
      else if (failed) process.exitCode = ExitCode.overload;
    });
}
