import type { Command } from 'commander';
import { measurePersonWeeks } from '../../measure/index.js';
import { csvLines } from '../../render/csv.js';
import { labelsFromConfig } from '../../render/suggestions/sentences.js';
import { suggestionCsvRows } from '../../render/suggestions/csv.js';
import { suggestionMarkdown } from '../../render/suggestions/markdown.js';
import { renderSuggestionsTable } from '../../render/suggestions/table.js';
import { suggestDocument } from '../../suggest/document.js';
import { suggest } from '../../suggest/index.js';
import { finishRun, openRun } from '../runner.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { writeOutput } from '../output.js';
import { SUGGEST_EXAMPLES } from '../examples.js';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

interface SuggestCommandOptions extends RunOptions {
  format: (typeof FORMATS)[number];
  out?: string;
  verbose?: boolean;
}

export function registerSuggest(program: Command): void {
  const command = program
    .command('suggest')
    .description(
      'redistribution: moves for overloaded weeks, a lead for every system, joint forums and gaps',
    );
  addInputOptions(command)
    .addOption(formatOption(FORMATS, 'table'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
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

Formats: table (default), json (schema/suggest.schema.json), csv (person,week,system,workstream,metric,value,text),
markdown.

Examples:
${SUGGEST_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: SuggestCommandOptions) => {
      const run = await openRun(calendars, options);
      const { analysis } = run;
      const personWeeks = measurePersonWeeks(analysis);
      const set = await suggest(
        { analysis, personWeeks },
        { verbose: options.verbose === true, redact: options.redact === true },
      );
      const labels = labelsFromConfig(analysis.config);
      const window = `${analysis.window.from} – ${analysis.window.to}`;
      let output: string;
      if (options.format === 'json') {
        output = `${JSON.stringify(suggestDocument(set, analysis.window), null, 2)}\n`;
      } else if (options.format === 'csv') {
        output = csvLines(suggestionCsvRows(set));
      } else if (options.format === 'markdown') {
        output = `${[`# engage-load suggestions · ${window}`, '', ...suggestionMarkdown(set, { labels })].join('\n')}\n`;
      } else {
        output = renderSuggestionsTable(set, {
          labels,
          color: run.color,
          title: `engage-load suggestions · ${window}`,
        });
      }
      await writeOutput(output, options.out);
      finishRun(run);
    });
}
