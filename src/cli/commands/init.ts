import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { printFindings, readStdin, writeOutput } from '../output.js';
import { INIT_EXAMPLES } from '../examples.js';

interface InitOptions {
  out?: string;
  force?: boolean;
  tz?: string;
}

const DAY = 86_400_000;
/** Enough history to see who meets whom, little enough to stay quick on long exports. */
const LOOKBACK_DAYS = 26 * 7;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      'write a starter engage-load.yaml from calendars: people, candidate systems, example workstreams',
    )
    .argument(
      '<calendars...>',
      'calendar files, folders (searched for *.ics), - for stdin, or http(s)/webcal URLs',
    )
    .option('-o, --out <file>', 'where to write ("-" for stdout)', 'engage-load.yaml')
    .option('--force', 'overwrite an existing file')
    .option('--tz <zone>', 'time zone to write into the config (default Europe/London)')
    .option('--debug', 'show stack traces for unexpected errors')
    .addHelpText(
      'after',
      `
The last 26 weeks of data are read. People come from calendar names and owner e-mails; candidate
systems from the e-mail domains met most often (not the people's own) and from title phrases that
name a system ("… ICS", "… ICB"). Private titles are never read.

Examples:
${INIT_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: InitOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { defaultConfig },
        { starterCandidates },
        { starterYaml },
        { ingestCalendars },
        { readInputs },
        { resolveWindow },
        { nothingReadSentence },
      ] = await Promise.all([
        import('../../config/defaults.js'),
        import('../../config/starter/candidates.js'),
        import('../../config/starter/yaml.js'),
        import('../../ingest/ingest.js'),
        import('../../ingest/read/read.js'),
        import('../../window.js'),
        import('../runner.js'),
      ]);
      const cwd = process.cwd();
      const toStdout = options.out === '-';
      const out = path.resolve(cwd, options.out ?? 'engage-load.yaml');
      if (!toStdout && existsSync(out) && !options.force) {
        throw new UsageError(
          `${options.out} already exists: use --force to overwrite it, or --out to write elsewhere`,
        );
      }
      const config = defaultConfig(options.tz);
      const read = await readInputs(calendars, { cwd, readStdin });
      // First pass on one day only learns each calendar's span; the second reads its last 26 weeks.
      const now = Date.now();
      const probe = resolveWindow({
        from: isoDay(now),
        to: isoDay(now),
        zone: config.timezone,
        now: new Date(now),
      });
      const spans = ingestCalendars(read.sources, config, probe).calendars;
      const ends = spans.map((c) => c.lastEnd).filter((x): x is number => x !== null);
      const starts = spans.map((c) => c.firstStart).filter((x): x is number => x !== null);
      const last = Math.min(ends.length > 0 ? Math.max(...ends) : now, now + LOOKBACK_DAYS * DAY);
      const first = Math.max(starts.length > 0 ? Math.min(...starts) : last, last - LOOKBACK_DAYS * DAY);
      const window = resolveWindow({
        from: isoDay(first),
        to: isoDay(last),
        zone: config.timezone,
        now: new Date(now),
      });
      const ingested = ingestCalendars(read.sources, config, window);
      // As for every command: when no calendar can be read there is nothing to scaffold from.
      if (!ingested.calendars.some((c) => c.readable))
        throw new InputError('', nothingReadSentence([...read.findings, ...ingested.findings]));
      printFindings([...read.findings, ...ingested.findings]);
      const candidates = starterCandidates(ingested.calendars, ingested.occurrences);
      const text = starterYaml(candidates, { outDir: path.dirname(out), cwd, timezone: config.timezone });
      if (toStdout) {
        await writeOutput(text, undefined);
      } else {
        await writeOutput(text, out);
        process.stdout.write(
          `wrote ${options.out}: ${candidates.people.length} people, ${candidates.systems.length} candidate systems, ` +
            `6 example workstreams. Check it, then run: engage-load validate\n`,
        );
      }
      if ([...read.findings, ...ingested.findings].some((f) => f.severity === 'error'))
        process.exitCode = ExitCode.input;
    });
}
