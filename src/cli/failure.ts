import { CommanderError } from 'commander';
import { ConfigError, ExitCode, InputError, UsageError } from '../errors.js';

/** Turns any thrown error into one sentence on stderr and the SPEC's exit code. */
export function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError || error instanceof ConfigError) {
    process.stderr.write(`engage-load: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return ExitCode.usage;
  }
  if (error instanceof InputError) {
    process.stderr.write(`engage-load: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return ExitCode.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`engage-load: internal error: ${message} (run with --debug for details)\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return ExitCode.internal;
}
