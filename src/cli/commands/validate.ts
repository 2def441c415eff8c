import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../../config/types.js';
import { ConfigError, ExitCode } from '../../errors.js';
import type { Finding } from '../../types.js';
import { demoConfigPath } from '../package-info.js';
import { addInputOptions, type RunOptions } from '../options.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .description('check the config and the calendars; print every problem, one a line, then a verdict');
  addInputOptions(command)
    .addHelpText(
      'after',
      `
Exit codes: 0 valid (warnings allowed), 2 config error, 3 a calendar cannot be read.
Problems and the verdict go to stdout, so that a CI log shows them in order.

Examples:
  engage-load validate
  engage-load validate --config trust/engage-load.yaml
  engage-load validate exports/ --week 2026-W47`,
    )
    .action(async (calendars: string[], options: RunOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [
        { defaultConfig },
        { loadConfig },
        { formatFinding },
        { ingestCalendars },
        { readInputs },
        { resolveWindow },
        { readStdin, writeOutput },
      ] = await Promise.all([
        import('../../config/defaults.js'),
        import('../../config/load.js'),
        import('../../findings/format.js'),
        import('../../ingest/ingest.js'),
        import('../../ingest/read.js'),
        import('../../window.js'),
        import('../output.js'),
      ]);
      const cwd = process.cwd();
      const lines: string[] = [];
      let config: Config;
      let configErrors = 0;
      let warnings = 0;
      try {
        const loaded = await loadConfig({
          path: options.demo ? demoConfigPath : options.config,
          cwd,
          timezone: options.tz,
        });
        config = loaded.config;
        for (const f of loaded.findings) lines.push(`warning: ${formatFinding(f)}`);
        warnings += loaded.findings.length;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        configErrors = error.issues.length;
        for (const i of error.issues)
          lines.push(`error: ${error.file}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
        // The calendars are still checked, under the defaults, so that every problem shows at once.
        config = defaultConfig(options.tz);
      }
      const specs = calendars.length > 0 ? calendars : config.people.flatMap((p) => p.calendars);
      const baseDir = calendars.length > 0 || !config.file ? cwd : path.dirname(config.file);
      let unreadable = 0;
      let readCount = 0;
      if (specs.length > 0) {
        const read = await readInputs(specs, { cwd: baseDir, readStdin });
        const window = resolveWindow({ ...options, zone: config.timezone, now: new Date() });
        const ingested = ingestCalendars(read.sources, config, window);
        const findings: Finding[] = [...read.findings, ...ingested.findings];
        for (const f of findings) lines.push(`${f.severity}: ${formatFinding(f)}`);
        unreadable = read.findings.filter((f) => f.severity === 'error').length;
        readCount = ingested.calendars.filter((c) => c.readable).length;
        warnings += findings.filter((f) => f.severity === 'warning').length;
      }
      const configName = config.file
        ? path.relative(cwd, config.file) || config.file
        : 'no config file (defaults)';
      const verdict =
        configErrors > 0
          ? `invalid: ${plural(configErrors, 'config error')}`
          : unreadable > 0
            ? `invalid: ${plural(unreadable, 'calendar')} cannot be read`
            : 'valid';
      const summary = [configName, `${plural(readCount, 'calendar')} read`, plural(warnings, 'warning')].join(
        ', ',
      );
      lines.push(`${verdict} (${configErrors > 0 ? 'config not usable' : summary})`);
      await writeOutput(`${lines.join('\n')}\n`, undefined);
      process.exitCode = configErrors > 0 ? ExitCode.usage : unreadable > 0 ? ExitCode.input : ExitCode.ok;
    });
}
