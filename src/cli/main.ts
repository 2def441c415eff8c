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
  const [{ buildProgram }, { reportFailure }] = await Promise.all([
    import('./program.js'),
    import('./failure.js'),
  ]);
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    process.exitCode = reportFailure(error, process.argv.includes('--debug'));
  }
}
