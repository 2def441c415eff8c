/**
 * Bundles the command line (after `tsc`): dist/src/cli/main.js and the ingest worker, with the
 * libraries they import, into dist/cli/. Node resolves, reads and compiles each module file on its
 * own, and the CLI with its libraries is a few hundred files (zod alone loads sixty locales): as
 * one file per entry, with each command's code split into chunks loaded only when it runs, a report
 * of one small trust took 0.29 s instead of 0.45 s, the demo's 0.89 s instead of 1.20 s (docs/bench.md).
 * Not minified: minifying gained nothing measurable and would leave `--debug` stack traces without
 * lines to read. The library (dist/src) is not bundled: the API stays the modules that `tsc` wrote.
 * `npm run build` runs this.
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
  // The solver finds its WebAssembly beside its own module, so it stays in node_modules. (pdfkit and
  // the DejaVu fonts are loaded through createRequire at run time, which the bundler leaves alone.)
  external: ['highs'],
  // CommonJS libraries inside an ES module bundle call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
