import { existsSync } from 'node:fs';
import path from 'node:path';
import { isFeedUrl } from '../config/feed-url.js';
import { UsageError } from '../errors.js';

/** Optimal string alignment distance: edits, with a swap of two neighbours as one ("reprot" → "report"). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The command a mistyped word most likely meant: within a third of its length in edits, else null. */
export function closestCommand(word: string, commands: readonly string[]): string | null {
  let best: { name: string; d: number } | null = null;
  for (const name of commands) {
    const d = distance(word.toLowerCase(), name);
    if (d <= Math.max(1, Math.floor(name.length / 3)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}

/**
 * `engage-load reprot --demo` would read "reprot" as a calendar of the default command. A first
 * argument that is no command, no existing file or folder, not "-" and not a URL, but close to a
 * command name, is a typo: exit 2 with the likely command.
 */
export function checkFirstArgument(args: readonly string[], commands: readonly string[], cwd: string): void {
  const first = args[0];
  if (first === undefined || first.startsWith('-') || commands.includes(first)) return;
  if (isFeedUrl(first) || existsSync(path.resolve(cwd, first))) return;
  const guess = closestCommand(first, commands);
  if (guess) throw new UsageError(`unknown command '${first}'; did you mean '${guess}'?`);
}
