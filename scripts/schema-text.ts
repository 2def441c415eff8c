import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { configJsonSchema } from '../src/config/json-schema.js';
import { exportJsonSchema } from '../src/export/schema.js';
import { reportJsonSchema } from '../src/report/schema.js';
import { suggestJsonSchema } from '../src/suggest/document.js';
import { explainJsonSchema } from '../src/tag/explain-schema.js';

/** Every JSON Schema the package ships, by file name under schema/, generated from its zod schema. */
export const SHIPPED_SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = {
  'config.schema.json': configJsonSchema,
  'report.schema.json': reportJsonSchema,
  'export.schema.json': exportJsonSchema,
  'explain.schema.json': explainJsonSchema,
  'suggest.schema.json': suggestJsonSchema,
};

/** The text of schema/<name>, formatted as `prettier --check` expects it. */
export async function schemaText(packageRoot: string, name: string): Promise<string> {
  const make = SHIPPED_SCHEMAS[name];
  if (!make) throw new Error(`no schema ${name}`);
  const file = path.join(packageRoot, 'schema', name);
  const options = (await resolveConfig(file)) ?? {};
  // Each schema names where the package serves it, as the config's $id does.
  const schema = { $id: `https://unpkg.com/engage-load/schema/${name}`, ...make() };
  return format(JSON.stringify(schema, null, 2), { ...options, filepath: file });
}
