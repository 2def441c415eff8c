import { Command } from 'commander';
import { packageVersion } from './package-info.js';
import { registerExport } from './commands/export.js';

/** The commander program: every command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('engage-load')
    .description('Hours per executive per regional health system, from exported calendars.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerExport(program);
  return program;
}
