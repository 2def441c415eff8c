import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { configJsonSchema } from '../src/config/json-schema.js';

/** The text of schema/config.schema.json, formatted as `prettier --check` expects it. */
export async function configSchemaText(packageRoot: string): Promise<string> {
  const file = path.join(packageRoot, 'schema', 'config.schema.json');
  const options = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(configJsonSchema(), null, 2), { ...options, filepath: file });
}
