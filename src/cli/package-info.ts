import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root: the nearest folder above this file holding package.json (works from src/ and dist/). */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('engage-load: package.json not found above the CLI');
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The bundled demo trust's config. */
export const demoConfigPath = path.join(packageRoot, 'fixtures', 'demo', 'engage-load.yaml');
