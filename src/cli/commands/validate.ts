import path from 'node:path';
import type { Command } from 'commander';
import type { LoadedConfig } from '../../config/file.js';
import { ConfigError, ExitCode } from '../../errors.js';
import { formatFinding } from '../../findings/format.js';
import { plural } from '../../findings/numbers.js';
import { VALIDATE_EXAMPLES } from '../examples.js';
import { addInputOptions, type RunOptions } from '../options.js';
import { writeOutput } from '../output.js';

export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .description('check the config and the calendars; print every problem, one a line, then a verdict');
  addInputOptions(command)
    .addHelpText(
      'after',
      `
The calendars are read exactly as report reads them (same config, window, names and errors).
Exit codes: 0 valid (warnings allowed), 2 config error, 3 a calendar cannot be read (wholly or in part).
Problems and the verdict go to stdout, so that a CI log shows them in order.

Examples:
${VALIDATE_EXAMPLES.map((e) => `  ${e}`).join('\n')}`,
    )
    .action(async (calendars: string[], options: RunOptions) => {
      // Loaded when the command runs, so that --help and --version load none of it.
      const [{ defaultConfig }, { loadConfig }, { configPath, loadRun }] = await Promise.all([
        import('../../config/defaults.js'),
        import('../../config/file.js'),
        import('../runner.js'),
      ]);
      const cwd = process.cwd();
      const lines: string[] = [];
      let loaded: LoadedConfig;
      let configErrors = 0;
      try {
        loaded = await loadConfig({ path: configPath(options), cwd, timezone: options.tz });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        configErrors = error.issues.length;
        for (const i of error.issues)
          lines.push(`error: ${error.file}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
        // The calendars are still checked, under the defaults, so that every problem shows at once.
        loaded = { config: defaultConfig(options.tz), findings: [] };
      }
      const { config } = loaded;
      const named = calendars.length > 0 || config.people.some((p) => p.calendars.length > 0);
      let unreadable = 0;
      let readCount = 0;
      let warnings = loaded.findings.length;
      if (named) {
        // The same loading as report: config findings come back first, then reading and ingest.
        const run = await loadRun(calendars, options, loaded);
        for (const f of run.findings) lines.push(`${f.severity}: ${formatFinding(f)}`);
        warnings = run.findings.filter((f) => f.severity === 'warning').length;
        readCount = run.readable;
        unreadable = new Set(run.findings.filter((f) => f.severity === 'error' && f.file).map((f) => f.file))
          .size;
      } else {
        // Calendars may be named on each run's command line instead; the config alone is checked.
        for (const f of loaded.findings) lines.push(`${f.severity}: ${formatFinding(f)}`);
      }
      const configName = config.file
        ? path.relative(cwd, config.file) || config.file
        : 'no config file (defaults)';
      const verdict =
        configErrors > 0
          ? `invalid: ${plural(configErrors, 'config error')}`
          : unreadable > 0
            ? `invalid: ${plural(unreadable, 'calendar')} with errors`
            : 'valid';
      const summary = [configName, `${plural(readCount, 'calendar')} read`, plural(warnings, 'warning')].join(
        ', ',
      );
      lines.push(`${verdict} (${configErrors > 0 ? 'config not usable' : summary})`);
      await writeOutput(`${lines.join('\n')}\n`, undefined);
      process.exitCode = configErrors > 0 ? ExitCode.usage : unreadable > 0 ? ExitCode.input : ExitCode.ok;
    });
}
