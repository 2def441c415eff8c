import type { Report } from '../report/types.js';

export interface RenderOptions {
  /** ANSI colours (table only). The CLI decides from the TTY, NO_COLOR and --no-color. */
  color: boolean;
  /** List every info finding; by default the human formats summarise them in one line. */
  verbose?: boolean;
}

/** Every format is a function from the same report object to text or bytes. */
export type Renderer = (report: Report, options: RenderOptions) => string | Uint8Array;
