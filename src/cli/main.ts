import { packageVersion } from './package-info.js';

// A reader that stops early (`engage-load report | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The version alone needs no argument parser: answered as fast as Node starts.
  process.stdout.write(`${packageVersion()}\n`);
} else {
  // Each command loads its own modules when it runs (see commands/), so --help loads none of them.
  const [{ buildProgram }, { reportFailure }, { checkFirstArgument }] = await Promise.all([
    import('./program.js'),
    import('./failure.js'),
    import('./unknown-command.js'),
  ]);
  const program = buildProgram();
  try {
    if (args.length === 0 && !(await import('../config/file.js')).findConfigFile(process.cwd())) {
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
}
