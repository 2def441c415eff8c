import { Option, type Command } from 'commander';
import { ofKind } from '../../findings/kinds.js';
import { REPORT_FORMATS, type ReportFormat } from '../../render/formats.js';
import type { Finding } from '../../types.js';
import { failingWeeks, failOnSentence, type FailOn } from '../fail-on.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { outOption, outTargets, printFindings, writeTargets } from '../output.js';
import { packageVersion } from '../package-info.js';
import { REPORT_EXAMPLES } from '../examples.js';

/** A weekly pack's trend: --week W with a PDF among the outputs reads the 8 weeks ending with W. */
export const PDF_WEEKS = 8;

/** With a PDF among the outputs, --week W alone reads the 8 weeks ending with W (the pack's trend). */
export function packWindow(options: RunOptions, formats: readonly string[]): void {
  if (formats.includes('pdf') && options.week && !options.weeks && !options.from && !options.to)
    options.weeks = String(PDF_WEEKS);
}

interface ReportOptions extends RunOptions {
  format: ReportFormat;
  out?: string[];
  failOn?: FailOn;
  verbose?: boolean;
}

/** Data-quality problems go to stderr besides the run's own findings; load flags are the report's content. */
function qualityFindings(reportFindings: readonly Finding[]): Finding[] {
  return reportFindings.filter((f) => ofKind(f, 'data') && f.severity !== 'info');
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
    .option('-v, --verbose', 'list every info finding (by default they are summarised in one line)')
    .addHelpText(
      'after',
      `
Formats: table (default; colour on a terminal only), json (schema/report.schema.json), csv (long:
person,week,system,workstream,metric,value,text; numbers in value, words in text), markdown (for a
CI job summary), pdf (the weekly board pack, A4; never to a terminal). Several --out write several
formats from one read of the calendars; "-" is stdout. With a PDF among the outputs, --week without
--weeks reads the 8 weeks ending with that week (the trend).
Exit codes: 0 ok; 1 a week at or above --fail-on (named on stderr); 2 usage or config error; 3 a
calendar could not be read (the rest is still reported, its figures marked missing; --strict stops
before reporting; when no calendar can be read there is no report).

Examples:
${REPORT_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: ReportOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { buildReport, withSuggestions },
        { renderers, renderJsonChunks },
        { finishRun, openRun },
        { sourceDate },
      ] = await Promise.all([
        import('../../pipeline.js'),
        import('../../render/index.js'),
        import('../runner.js'),
        import('../source-date.js'),
      ]);
      const stamp = sourceDate();
      const targets = outTargets(options.out, options.format, REPORT_FORMATS, process.cwd());
      packWindow(
        options,
        targets.map((t) => t.format),
      );
      const run = await openRun(calendars, options, { lean: true });
      const report = await withSuggestions(
        buildReport(run.analysis, {
          weeks: options.weeks !== undefined ? Number(options.weeks) : undefined,
          redact: options.redact === true,
          generatedAt: stamp,
          findings: run.findings,
        }),
        run.analysis,
      );
      printFindings(qualityFindings(report.findings));
      const version = packageVersion();
      const organisation = run.analysis.config.organisation;
      await writeTargets(targets, (t) =>
        // JSON is written as it is made: the national report's is 42 MB.
        t.format === 'json'
          ? renderJsonChunks(report)
          : renderers[t.format](report, {
              color: t.path === null && run.color,
              verbose: options.verbose === true,
              version,
              organisation,
            }),
      );
      const failed = failingWeeks(report, options.failOn).length > 0;
      if (failed && options.failOn && !run.inputFailed) {
        process.stderr.write(`engage-load: ${failOnSentence(report, options.failOn)}\n`);
      }
      finishRun(run, failed);
    });
}
