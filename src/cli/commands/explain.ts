import type { Command } from 'commander';
import { EXPLAIN_EXAMPLES } from '../examples.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { writeOutput } from '../output.js';

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
    .option(
      '--uid <uid>',
      'only the occurrences of this event UID, or of the one UID starting so (a whole series)',
    )
    .option('--person <id>', 'only this person (id or name)')
    .option('--untagged', 'counted titles with no system, by hours: what the rules miss')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText(
      'after',
      `
Precedence (the first rule that matches wins; ties go to config order):
  system:      corrections > categories > e-mail domains > location > title > description
  workstream:  corrections > categories > title > description

Examples:
${EXPLAIN_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: ExplainOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { explainOccurrences, untaggedTitles },
        { explainText, untaggedText },
        { explainDocument, untaggedDocument },
        { resolveExplainFilter },
        { finishRun, openRun },
      ] = await Promise.all([
        import('../../tag/explain.js'),
        import('../../tag/explain-text.js'),
        import('../../tag/explain-schema.js'),
        import('../../tag/explain-select.js'),
        import('../runner.js'),
      ]);
      const run = await openRun(calendars, options);
      const { analysis } = run;
      const redact = options.redact ?? false;
      if (options.untagged) {
        const summary = untaggedTitles(analysis.occurrences, redact);
        await writeOutput(
          options.format === 'json'
            ? `${JSON.stringify(untaggedDocument(summary, analysis.window), null, 2)}\n`
            : untaggedText(summary),
          undefined,
        );
      } else {
        const rows = explainOccurrences(analysis.occurrences, {
          zone: analysis.window.zone,
          redact,
          ...resolveExplainFilter(analysis.occurrences, analysis.config, options),
        });
        await writeOutput(
          options.format === 'json'
            ? `${JSON.stringify(explainDocument(rows, analysis.window), null, 2)}\n`
            : explainText(rows),
          undefined,
        );
      }
      finishRun(run);
    });
}
