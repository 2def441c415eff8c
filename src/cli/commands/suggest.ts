import { readFile, writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { SUGGEST_EXAMPLES } from '../examples.js';
import { addInputOptions, formatOption, type RunOptions } from '../options.js';
import { outOption, outTargets, printFindings, writeTargets } from '../output.js';
import { packageVersion } from '../package-info.js';
import { packWindow } from './report.js';

const FORMATS = ['table', 'json', 'csv', 'markdown', 'pdf'] as const;

interface SuggestCommandOptions extends RunOptions {
  format: (typeof FORMATS)[number];
  out?: string[];
  verbose?: boolean;
  plan: 'frontier' | 'balanced';
  apply?: string;
  writePlan?: string;
}

async function readPlanFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: cannot read the plan file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`,
    );
  }
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
    .addOption(
      new Option(
        '--plan <objective>',
        'lead plan: frontier (fewest lead changes for most relief) or balanced (minimum peak)',
      )
        .choices(['frontier', 'balanced'])
        .default('frontier'),
    )
    .option(
      '--write-plan <file>',
      'also write the lead plan (leads and remaining moves) as YAML to this file',
    )
    .option('--apply <file>', 'recompute as if the leads and moves of this plan file were in force (what-if)')
    .addHelpText(
      'after',
      `
For every person-week at or above warn, suggests moves (a step-back where a colleague already attends,
else a hand-over to a colleague who covers the system, is free then and stays under warn), and says
why when nothing is feasible. Then one lead per system for the whole team (solved exactly: a proved search, HiGHS for large teams),
joint-forum candidates, double attendance and systems without a seat at the table. See docs/suggest.md.

The lead plan is a frontier by default: for 0, 1, 2 … lead changes from the designated leads, the
exact best plan (least hours above warn, then lowest peak, then fewest hours moving between leads),
and a recommendation (the fewest changes within plan.recommendWithin, default 10%, of the best relief).
--plan balanced gives the minimum-peak plan instead. --write-plan saves the plan; --apply tries one.

Formats: table (default), json (schema/suggest.schema.json), csv (person,week,system,workstream,metric,value,text),
markdown, pdf (the board pack: the report with these suggestions; never to a terminal).

Examples:
${SUGGEST_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: SuggestCommandOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { buildReport, withSuggestions },
        { csvLines },
        { labelsFromConfig },
        { suggestionCsvRows },
        { suggestionMarkdown },
        { renderSuggestionsTable },
        { suggestDocument },
        { applyPlanFile, parsePlanFile, planFileText },
        { finishRun, openRun },
        { renderPdf },
        { sourceDate },
        { prettyJsonChunks },
      ] = await Promise.all([
        import('../../pipeline.js'),
        import('../../render/csv-lines.js'),
        import('../../render/suggestions/sentences.js'),
        import('../../render/suggestions/csv.js'),
        import('../../render/suggestions/markdown.js'),
        import('../../render/suggestions/table.js'),
        import('../../suggest/document.js'),
        import('../../suggest/plan-file.js'),
        import('../runner.js'),
        import('../../render/pdf/index.js'),
        import('../source-date.js'),
        import('../../render/json-chunks.js'),
      ]);
      const stamp = sourceDate();
      const targets = outTargets(options.out, options.format, FORMATS, process.cwd());
      packWindow(
        options,
        targets.map((t) => t.format),
      );
      const run = await openRun(calendars, options, { lean: true });
      let analysis = run.analysis;
      let designatedLeads: ReadonlyMap<string, string> | undefined;
      if (options.apply) {
        const file = parsePlanFile(await readPlanFile(options.apply), options.apply, analysis.config);
        const applied = applyPlanFile(analysis, file, options.apply);
        printFindings(applied.findings);
        analysis = applied.analysis;
        designatedLeads = file.leads;
      }
      // The report's pipeline (measured once); the PDF shows all of it, the other formats its suggestions.
      const report = await withSuggestions(
        buildReport(analysis, {
          weeks: options.weeks !== undefined ? Number(options.weeks) : undefined,
          redact: options.redact === true,
          generatedAt: stamp,
          findings: run.findings,
        }),
        analysis,
        {
          verbose: options.verbose === true,
          plan: options.plan,
          ...(designatedLeads ? { designatedLeads } : {}),
        },
      );
      const set = report.suggestions;
      if (options.writePlan && !set.leadPlan) {
        // With teams each team has its own plan; a plan file names one lead per system.
        throw new UsageError(
          `${options.writePlan}: --write-plan needs one lead plan; with people[].team each team has its own`,
        );
      }
      if (options.writePlan && set.leadPlan) {
        try {
          await writeFile(options.writePlan, planFileText(set.leadPlan, set.moves, analysis.window.zone));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? 'error';
          throw new UsageError(`${options.writePlan}: cannot write the plan file (${code})`);
        }
      }
      const labels = labelsFromConfig(analysis.config);
      const window = `${analysis.window.from} – ${analysis.window.to}`;
      await writeTargets(targets, (t) => {
        if (t.format === 'json') return prettyJsonChunks(suggestDocument(set, analysis.window));
        if (t.format === 'csv') return csvLines(suggestionCsvRows(set));
        if (t.format === 'markdown')
          return `${[`# engage-load suggestions · ${window}`, '', ...suggestionMarkdown(set, { labels })].join('\n')}\n`;
        if (t.format === 'pdf') {
          return renderPdf(report, {
            color: false,
            version: packageVersion(),
            organisation: analysis.config.organisation,
          });
        }
        return renderSuggestionsTable(set, {
          labels,
          color: t.path === null && run.color,
          title: `engage-load suggestions · ${window}`,
        });
      });
      finishRun(run);
    });
}
