import type { Finding } from '../types.js';
import { defaultConfig } from './defaults.js';
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
  findings: Finding[];
}

/**
 * Finds, reads, validates and normalises the configuration.
 * SCAFFOLD: only the no-file case is handled here until the config module lands.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  return { config: defaultConfig(options.timezone), findings: [] };
}
