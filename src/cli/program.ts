import { Command } from 'commander';
import { addTopLevelHelp } from './help.js';
import { packageVersion } from './package-info.js';
import { registerExport } from './commands/export.js';
import { registerReport } from './commands/report.js';
import { registerExplain } from './commands/explain.js';
import { registerInit } from './commands/init.js';
import { registerValidate } from './commands/validate.js';
import { registerSuggest } from './commands/suggest.js';

/** The commander program: every command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('engage-load')
    .description('Hours per executive per regional health system, from exported calendars.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerReport(program);
  registerExport(program);
  registerExplain(program);
  registerInit(program);
  registerValidate(program);
  registerSuggest(program);
  addTopLevelHelp(program);
  return program;
}
