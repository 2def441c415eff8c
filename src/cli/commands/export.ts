import type { Command } from 'commander';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { outOption, outTargets, writeTargets } from '../output.js';
import { EXPORT_EXAMPLES } from '../examples.js';

interface ExportOptions extends RunOptions {
  format: 'csv' | 'json';
  out?: string[];
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description(
      'one row per occurrence in the window, counted or excluded, with its status, tags and reason',
    );
  addInputOptions(command)
    .addOption(formatOption(['csv', 'json'], 'csv'))
    .addOption(outOption('write to a file instead of stdout; .json .csv choose the format'))
    .addHelpText(
      'after',
      `
Columns: person,calendar,uid,recurrence_id,start,end,hours,status,system,workstream,reason
Rows are sorted by person, start, uid; an occurrence crossing midnight is split at it.

Examples:
${EXPORT_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: ExportOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [{ exportCsvChunks, exportJson }, { eachExportRow, exportRows }, { finishRun, openRun }] =
        await Promise.all([
          import('../../export/format.js'),
          import('../../export/rows.js'),
          import('../runner.js'),
        ]);
      const targets = outTargets(options.out, options.format, ['csv', 'json'] as const, process.cwd());
      const run = await openRun(calendars, options, { lean: true });
      const { occurrences, window } = run.analysis;
      const redact = options.redact ?? false;
      // The CSV is written in chunks as its rows are made: no 90 MB string for national data.
      await writeTargets(targets, (t) =>
        t.format === 'json'
          ? exportJson(exportRows(occurrences, window.zone, redact), window)
          : exportCsvChunks(eachExportRow(occurrences, window.zone, redact)),
      );
      finishRun(run);
    });
}
