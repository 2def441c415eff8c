/**
 * `npm run pdf:preview [-- file.pdf]`: renders every page of a PDF to PNG with poppler's pdftoppm, to look
 * at the pack as a reader would. Without a file it writes the demo's weekly pack (2026-W47) first.
 * Output: preview/<name>-<page>.png (git-ignored). Needs poppler-utils (apt-get install poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'preview');
mkdirSync(outDir, { recursive: true });

let pdf = process.argv[2];
if (!pdf) {
  pdf = path.join(outDir, 'demo-2026-W47.pdf');
  const bin = path.join(root, 'bin', 'engage-load.js');
  const run = spawnSync(
    process.execPath,
    [bin, 'report', '--demo', '--week', '2026-W47', '--format', 'pdf'],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
  writeFileSync(pdf, run.stdout);
}

const prefix = path.join(outDir, path.basename(pdf, '.pdf'));
const render = spawnSync('pdftoppm', ['-r', '110', '-png', pdf, prefix], { stdio: 'inherit' });
if (render.error) {
  process.stderr.write(
    'pdf:preview: pdftoppm not found; install poppler-utils (apt-get install -y poppler-utils)\n',
  );
  process.exit(2);
}
process.stdout.write(
  `pdf:preview: pages of ${path.relative(root, pdf)} written to ${path.relative(root, outDir)}/\n`,
);
process.exit(render.status ?? 1);
