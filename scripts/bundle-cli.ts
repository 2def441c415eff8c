/**
 * Bundles the command line (after `tsc`): dist/src/cli/main.js and the ingest worker, with the
 * libraries they import, into dist/cli/. Node resolves, reads and compiles each module file on its
 * own, and the CLI with its libraries is a few hundred files (zod alone loads sixty locales): as
 * one file per entry, with each command's code split into chunks loaded only when it runs, a small
 * report starts in a quarter less time (docs/bench.md). The library (dist/src) is not bundled: the
 * API stays the modules that `tsc` wrote. `npm run build` runs this.
 */
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root = path.dirname(fileURLToPath(import.meta.url));
while (!existsSync(path.join(root, 'package.json'))) root = path.dirname(root);
const outdir = path.join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The worker lands beside the chunks, where src/workers/calendars.ts looks for it (./worker.js).
  entryPoints: ['dist/src/cli/main.js', 'dist/src/workers/worker.js'],
  entryNames: '[name]',
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Whitespace and syntax only: names stay readable in a profile.
  minifyWhitespace: true,
  minifySyntax: true,
  // Loaded by path at run time: the solver's WebAssembly, pdfkit's font metrics, the DejaVu fonts.
  external: ['highs', 'pdfkit', 'dejavu-fonts-ttf'],
  // CommonJS libraries inside an ES module bundle call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
