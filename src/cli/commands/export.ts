import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';

interface ExportOptions extends RunOptions {
  format: 'csv' | 'json';
  out?: string;
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description(
      'one row per occurrence in the window, counted or excluded, with its status, tags and reason',
    );
  addInputOptions(command)
    .addOption(formatOption(['csv', 'json'], 'csv'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      `
Columns: person,calendar,uid,recurrence_id,start,end,hours,status,system,workstream,reason
Rows are sorted by person, start, uid; an occurrence crossing midnight is split at it.

Examples:
  engage-load export exports/ --week 2026-W47 > w47.csv
  engage-load export exports/ --from 2026-09-28 --to 2026-12-27 --format json --out quarter.json
  cat jane.ics | engage-load export - --week last`,
    )
    .action(async (calendars: string[], options: ExportOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [{ exportCsv, exportJson }, { exportRows }, { prepareRun }, { printFindings, writeOutput }] =
        await Promise.all([
          import('../../export/format.js'),
          import('../../export/rows.js'),
          import('../context.js'),
          import('../output.js'),
        ]);
      const run = await prepareRun(calendars, options, { cwd: process.cwd(), now: new Date() });
      printFindings(run.findings);
      if (run.inputFailed && options.strict)
        throw new InputError('--strict', 'stopped because a calendar could not be read');
      const rows = exportRows(run.analysis.occurrences, run.analysis.window.zone, options.redact ?? false);
      await writeOutput(
        options.format === 'json' ? exportJson(rows, run.analysis.window) : exportCsv(rows),
        options.out,
      );
      if (run.inputFailed) process.exitCode = ExitCode.input;
    });
}
