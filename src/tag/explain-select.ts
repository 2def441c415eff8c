import type { Config } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { TaggedOccurrence } from '../types.js';

/** How many candidates an error lists before "…". */
const SHOWN = 3;

function list(items: readonly string[]): string {
  return items.length > SHOWN ? `${items.slice(0, SHOWN).join(', ')}, …` : items.join(', ');
}

/**
 * explain's --uid and --person, resolved against the data: a UID or a unique prefix of one (Outlook
 * UIDs run to 100 characters); a person by id or by name. Anything else is a usage error that says
 * what would have matched, never a silent "No occurrences".
 */
export function resolveExplainFilter(
  occurrences: readonly TaggedOccurrence[],
  config: Config,
  asked: { uid?: string; person?: string },
): { uid?: string; person?: string } {
  let person: string | undefined;
  if (asked.person !== undefined) {
    const known = [
      ...new Set([...config.people.map((p) => p.id), ...occurrences.map((o) => o.person)]),
    ].sort();
    const wanted = asked.person.toLowerCase();
    person =
      known.find((id) => id === asked.person) ??
      config.people.find((p) => p.name.toLowerCase() === wanted || p.id.toLowerCase() === wanted)?.id;
    if (person === undefined) {
      const names = known.map((id) => {
        const p = config.people.find((q) => q.id === id);
        return p && p.name !== id ? `${id} (${p.name})` : id;
      });
      throw new UsageError(
        `--person ${asked.person}: no such person in these calendars; known people: ${names.join(', ') || 'none'}`,
      );
    }
  }
  let uid: string | undefined;
  if (asked.uid !== undefined) {
    const prefix = asked.uid;
    const uids = new Set(
      occurrences.filter((o) => person === undefined || o.person === person).map((o) => o.uid),
    );
    if (uids.has(prefix)) uid = prefix;
    else {
      const matches = [...uids].filter((u) => u.startsWith(prefix)).sort();
      if (matches.length === 1) uid = matches[0];
      else if (matches.length > 1) {
        throw new UsageError(
          `--uid ${prefix} is the start of ${matches.length} UIDs in the window (${list(matches)}); give more of it`,
        );
      } else {
        throw new UsageError(
          `--uid ${prefix}: no event in the window has this UID or one starting with it (see engage-load export for the UIDs)`,
        );
      }
    }
  }
  return { uid, person };
}
