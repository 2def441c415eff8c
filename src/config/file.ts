import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { ConfigCode } from '../findings/types.js';
import type { Finding } from '../types.js';
import { defaultConfig } from './defaults.js';
import { validateConfigText } from './validate.js';
import type { Config } from './types.js';

export interface LoadConfigOptions {
  /** --config, as given (relative to cwd). When absent, engage-load.yaml|.yml|.json is looked for in cwd. */
  path?: string;
  cwd: string;
  /** --tz, which overrides the config's timezone. */
  timezone?: string;
}

export interface LoadedConfig {
  config: Config;
  /** Warnings from the semantic rules (errors throw ConfigError). */
  findings: Finding<ConfigCode>[];
}

/** The names looked for in the working directory, in this order. */
export const CONFIG_NAMES = ['engage-load.yaml', 'engage-load.yml', 'engage-load.json'] as const;

/** The config file in a folder, or null. */
export function findConfigFile(dir: string): string | null {
  for (const name of CONFIG_NAMES) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Finds, reads, validates and normalises the configuration. Errors throw ConfigError (every issue
 * with its path and what was expected); warnings come back as findings and the run goes on.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const absolute = options.path ? path.resolve(options.cwd, options.path) : findConfigFile(options.cwd);
  if (!absolute) return { config: defaultConfig(options.timezone), findings: [] };
  const shown = options.path ?? (path.relative(options.cwd, absolute) || absolute);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new ConfigError(shown, [{ path: '', message: `expected a configuration file, but it ${why}` }]);
  }
  const { config, findings } = validateConfigText(text, { file: absolute, shown });
  if (!options.path) {
    const ignored = CONFIG_NAMES.filter(
      (n) => n !== path.basename(absolute) && existsSync(path.join(options.cwd, n)),
    );
    if (ignored.length > 0) {
      findings.push({
        code: 'config.several-files',
        severity: 'warning',
        file: shown,
        data: { path: '', ignored: ignored.join(', ') },
      });
    }
  }
  if (options.timezone) config.timezone = options.timezone;
  return { config, findings };
}
