import * as z from 'zod';
import { configSchema } from './schema.js';

/** Where the schema shipped in the package is served from (the npm package's own file). */
export const CONFIG_SCHEMA_ID = 'https://unpkg.com/engage-load/schema/config.schema.json';

/**
 * The JSON Schema of engage-load.yaml, for editors (yaml-language-server, VS Code). Generated from the
 * zod schema so the two never drift; "input" because editors check what users write, before defaults.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, $id: CONFIG_SCHEMA_ID, title: 'engage-load configuration' };
}
