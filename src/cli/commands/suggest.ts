import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { measurePersonWeeks } from '../../measure/index.js';
import { CSV_COLUMNS, csvField } from '../../render/csv.js';
import { labelsFromConfig } from '../../render/suggestions/sentences.js';
import { suggestionCsvRows } from '../../render/suggestions/csv.js';
import { suggestionMarkdown } from '../../render/suggestions/markdown.js';
import { renderSuggestionsTable } from '../../render/suggestions/table.js';
import { suggest } from '../../suggest/index.js';
import { prepareRun } from '../context.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { buildReport } from '../../report/build.js';
import { renderPdf } from '../../render/pdf/index.js';
import { outOption, outTargets, printFindings, writeTargets } from '../output.js';
import { packageVersion } from '../package-info.js';
import { generatedAt, PDF_WEEKS } from './report.js';

const FORMATS = ['table', 'json', 'csv', 'markdown', 'pdf'] as const;

interface SuggestCommandOptions extends RunOptions {
  format: (typeof FORMATS)[number];
  out?: string[];
  verbose?: boolean;
}

function useColor(options: SuggestCommandOptions): boolean {
  if (options.color === false) return false;
  const env = process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return process.stdout.isTTY === true;
}

export function registerSuggest(program: Command): void {
  const command = program
    .command('suggest')
    .description(
      'redistribution: moves for overloaded weeks, a lead for every system, joint forums and gaps',
    );
  addInputOptions(command)
    .addOption(formatOption(FORMATS, 'table'))
    .addOption(outOption('write to a file instead of stdout; .pdf .md .json .csv .txt choose the format'))
    .option(
      '-v, --verbose',
      'for every move and every blocked meeting, say why each other colleague was not chosen',
    )
    .addHelpText(
      'after',
      `
For every person-week at or above warn, suggests moves (a step-back where a colleague already attends,
else a hand-over to a colleague who covers the system, is free then and stays under warn), and says
why when nothing is feasible. Then one lead per system for the whole team (solved exactly: a proved search, HiGHS for large teams),
joint-forum candidates, double attendance and systems without a seat at the table. See docs/suggest.md.

Formats: table (default), json (the suggestion set), csv (person,week,system,workstream,metric,value),
markdown, pdf (the board pack: the report with these suggestions; never to a terminal).

Examples:
  engage-load suggest --demo
  engage-load suggest exports/ --week 2026-W47 --verbose
  engage-load suggest exports/ --from 2026-09-28 --to 2026-12-27 --format json --out moves.json`,
    )
    .action(async (calendars: string[], options: SuggestCommandOptions) => {
      const stamp = generatedAt();
      const targets = outTargets(options.out, options.format, FORMATS, process.cwd());
      if (
        targets.some((t) => t.format === 'pdf') &&
        options.week &&
        !options.weeks &&
        !options.from &&
        !options.to
      )
        options.weeks = String(PDF_WEEKS);
      const run = await prepareRun(calendars, options, { cwd: process.cwd(), now: new Date() });
      printFindings(run.findings);
      if (run.inputFailed && options.strict) {
        throw new InputError('--strict', 'stopped because a calendar could not be read');
      }
      const { analysis } = run;
      const personWeeks = measurePersonWeeks(analysis);
      const set = await suggest(
        { analysis, personWeeks },
        { verbose: options.verbose === true, redact: options.redact === true },
      );
      const labels = labelsFromConfig(analysis.config);
      const window = `${analysis.window.from} – ${analysis.window.to}`;
      await writeTargets(targets, (t) => {
        if (t.format === 'json') return `${JSON.stringify(set, null, 2)}\n`;
        if (t.format === 'csv') {
          const rows = suggestionCsvRows(set).map((r) => r.map(csvField).join(','));
          return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
        }
        if (t.format === 'markdown')
          return `${[`# engage-load suggestions · ${window}`, '', ...suggestionMarkdown(set, { labels })].join('\n')}\n`;
        if (t.format === 'pdf') {
          const report = buildReport(analysis, {
            weeks: options.weeks !== undefined ? Number(options.weeks) : undefined,
            redact: options.redact === true,
            generatedAt: stamp,
            findings: run.findings,
          });
          return renderPdf(
            { ...report, suggestions: set },
            { color: false, version: packageVersion(), organisation: analysis.config.organisation },
          );
        }
        return renderSuggestionsTable(set, {
          labels,
          color: t.path === null && useColor(options),
          title: `engage-load suggestions · ${window}`,
        });
      });
      if (run.inputFailed) process.exitCode = ExitCode.input;
    });
}
