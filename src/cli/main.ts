import { buildProgram } from './program.js';
import { reportFailure } from './failure.js';

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error, process.argv.includes('--debug'));
}
