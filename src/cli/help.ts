import path from 'node:path';
import type { Command } from 'commander';
import { REPORT_EXAMPLES } from './examples.js';
import { packageRoot } from './package-info.js';

/**
 * Where the documentation is: the README and docs/ shipped in the package. No project page is
 * named until the project has a public repository (none exists yet; an invented URL would mislead).
 */
function docsLine(): string {
  return `Docs: ${path.join(packageRoot, 'README.md')} and ${path.join(packageRoot, 'docs')}${path.sep}`;
}

/** commander's own errors ("error: unknown option") get the prefix every other error line has. */
export function useErrorPrefix(command: Command): void {
  command.configureOutput({
    outputError: (text, write) => write(text.startsWith('error: ') ? `engage-load: ${text}` : text),
  });
}

/**
 * The top-level --help also shows the default command's options and examples, since
 * `engage-load exports/` runs it; and says where the documentation is.
 */
export function addTopLevelHelp(program: Command): void {
  useErrorPrefix(program);
  for (const command of program.commands) useErrorPrefix(command);
  program.addHelpText('after', () => {
    const report = program.commands.find((c) => c.name() === 'report');
    const text = report?.helpInformation() ?? '';
    const options = text.slice(Math.max(0, text.indexOf('Arguments:')));
    return [
      '',
      'The default command is report: `engage-load exports/` is `engage-load report exports/`.',
      '',
      options.trimEnd(),
      '',
      'Examples:',
      ...REPORT_EXAMPLES.map((e) => `  ${e}`),
      '  engage-load init exports/',
      '  engage-load validate',
      '',
      'Exit codes: 0 ok; 1 --fail-on level reached; 2 usage or config error; 3 a calendar could not be read; 4 a bug.',
      docsLine(),
    ].join('\n');
  });
}
