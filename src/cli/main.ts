import { findConfigFile } from '../config/load.js';
import { buildProgram } from './program.js';
import { reportFailure } from './failure.js';
import { checkFirstArgument } from './unknown-command.js';

// A reader that stops early (`engage-load report | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = buildProgram();
const args = process.argv.slice(2);
try {
  if (args.length === 0 && !findConfigFile(process.cwd())) {
    // Nothing to read and no config to name calendars: say how to use it rather than a bare error.
    program.outputHelp({ error: true });
    process.exitCode = 2;
  } else {
    checkFirstArgument(
      args,
      program.commands.map((c) => c.name()),
      process.cwd(),
    );
    await program.parseAsync(process.argv);
  }
} catch (error) {
  process.exitCode = reportFailure(error, process.argv.includes('--debug'));
}
