/**
 * Writes schema/config.schema.json from the zod schema (after a build):
 *   node dist/scripts/config-schema.js
 * test/config/json-schema.test.ts fails when the committed file is out of date.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchemaText } from './config-schema-text.js';

let root = path.dirname(fileURLToPath(import.meta.url));
while (!existsSync(path.join(root, 'package.json'))) root = path.dirname(root);
const target = path.join(root, 'schema', 'config.schema.json');
await writeFile(target, await configSchemaText(root));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
