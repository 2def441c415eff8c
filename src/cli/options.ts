import { Option, type Command } from 'commander';

/** Options shared by every command that reads calendars. */
export interface RunOptions {
  config?: string;
  demo?: boolean;
  tz?: string;
  week?: string;
  from?: string;
  to?: string;
  weeks?: string;
  redact?: boolean;
  strict?: boolean;
  debug?: boolean;
  color?: boolean;
}

export function addInputOptions(command: Command): Command {
  return command
    .argument(
      '[calendars...]',
      'calendar files, folders (searched for *.ics), - for stdin, or http(s)/webcal URLs',
    )
    .option(
      '-c, --config <file>',
      'configuration file (default: engage-load.yaml|.yml|.json in the working directory)',
    )
    .option('--demo', 'use the bundled demo trust (its calendars and config)')
    .option(
      '--tz <zone>',
      'report time zone, an IANA name (default: the config timezone, else Europe/London)',
    )
    .option('--week <week>', 'one ISO week: 2026-W47, "last" or "this"')
    .option('--from <date>', 'first day of the window, YYYY-MM-DD (report zone)')
    .option('--to <date>', 'last day of the window, YYYY-MM-DD, included')
    .option('--weeks <n>', 'number of whole ISO weeks ending with --week (or the last full week)')
    .option('--redact', 'hide every meeting title in the output')
    .option('--strict', 'stop with exit 3 when any calendar cannot be read')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces for unexpected errors');
}

export function formatOption(formats: readonly string[], defaultFormat?: string): Option {
  const option = new Option('-f, --format <format>', 'output format').choices(formats);
  return defaultFormat ? option.default(defaultFormat) : option;
}
