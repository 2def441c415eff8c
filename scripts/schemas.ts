/**
 * Writes every schema/*.json from its zod schema (after a build): `npm run schema`.
 * test/schemas/shipped.test.ts fails when a committed file is out of date.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_SCHEMAS, schemaText } from './schema-text.js';

let root = path.dirname(fileURLToPath(import.meta.url));
while (!existsSync(path.join(root, 'package.json'))) root = path.dirname(root);
for (const name of Object.keys(SHIPPED_SCHEMAS)) {
  const target = path.join(root, 'schema', name);
  await writeFile(target, await schemaText(root, name));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
