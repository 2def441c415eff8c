import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';

interface ExplainOptions extends RunOptions {
  uid?: string;
  person?: string;
  untagged?: boolean;
  format: 'text' | 'json';
}

export function registerExplain(program: Command): void {
  const command = program
    .command('explain')
    .description('why each occurrence has its status, system and workstream; or the titles no rule tags');
  addInputOptions(command)
    .option('--uid <uid>', 'only the occurrences of this event UID (a whole series)')
    .option('--person <id>', 'only this person')
    .option('--untagged', 'counted titles with no system, by hours: what the rules miss')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText(
      'after',
      `
Precedence (the first rule that matches wins; ties go to config order):
  system:      corrections > categories > e-mail domains > location > title > description
  workstream:  corrections > categories > title > description

Examples:
  engage-load explain exports/ --week 2026-W47
  engage-load explain --demo --uid 040000008200E00074C5B7101A82E00800000000B0B5
  engage-load explain exports/ --from 2026-09-28 --to 2026-12-27 --untagged
  engage-load explain exports/ --week last --format json --redact`,
    )
    .action(async (calendars: string[], options: ExplainOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { explainOccurrences, untaggedTitles },
        { explainText, untaggedText },
        { prepareRun },
        { printFindings, writeOutput },
      ] = await Promise.all([
        import('../../tag/explain.js'),
        import('../../tag/explain-text.js'),
        import('../context.js'),
        import('../output.js'),
      ]);
      const run = await prepareRun(calendars, options, { cwd: process.cwd(), now: new Date() });
      printFindings(run.findings);
      if (run.inputFailed && options.strict)
        throw new InputError('--strict', 'stopped because a calendar could not be read');
      const { analysis } = run;
      const redact = options.redact ?? false;
      const window = { from: analysis.window.from, to: analysis.window.to, zone: analysis.window.zone };
      if (options.untagged) {
        const summary = untaggedTitles(analysis.occurrences, redact);
        await writeOutput(
          options.format === 'json'
            ? `${JSON.stringify({ schemaVersion: 1, window, ...summary }, null, 2)}\n`
            : untaggedText(summary),
          undefined,
        );
      } else {
        const rows = explainOccurrences(analysis.occurrences, {
          zone: analysis.window.zone,
          redact,
          uid: options.uid,
          person: options.person,
        });
        await writeOutput(
          options.format === 'json'
            ? `${JSON.stringify({ schemaVersion: 1, window, occurrences: rows }, null, 2)}\n`
            : explainText(rows),
          undefined,
        );
      }
      if (run.inputFailed) process.exitCode = ExitCode.input;
    });
}
