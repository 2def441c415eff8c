import type { RawEvent } from '../parse/event.js';

/** A recurring or single event: its master (when present) and the instances it overrides. */
export interface Series {
  uid: string;
  master: RawEvent | null;
  overrides: RawEvent[];
}

function newer(a: RawEvent, b: RawEvent): RawEvent {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence ? a : b;
  if (a.dtstamp !== b.dtstamp) return a.dtstamp > b.dtstamp ? a : b;
  return b; // the later one in the file
}

function ridKey(e: RawEvent): string {
  const r = e.recurrenceId!;
  return `${r.year}-${r.month}-${r.day}T${r.hour}:${r.minute}:${r.second}${r.utc ? 'Z' : (r.tzid ?? '')}`;
}

/**
 * Groups events by UID: one master (the higher SEQUENCE wins when a UID appears twice) and one
 * override per RECURRENCE-ID, in whatever order the file wrote them. Events without a UID stand alone.
 */
export function groupSeries(events: RawEvent[]): Series[] {
  const byUid = new Map<string, { master: RawEvent | null; overrides: Map<string, RawEvent> }>();
  const out: Series[] = [];
  let anonymous = 0;
  for (const e of events) {
    if (!e.uid) {
      out.push({ uid: `(no UID, line ${e.line})#${anonymous++}`, master: e, overrides: [] });
      continue;
    }
    let group = byUid.get(e.uid);
    if (!group) {
      group = { master: null, overrides: new Map() };
      byUid.set(e.uid, group);
    }
    if (e.recurrenceId) {
      const k = ridKey(e);
      const seen = group.overrides.get(k);
      group.overrides.set(k, seen ? newer(seen, e) : e);
    } else {
      group.master = group.master ? newer(group.master, e) : e;
    }
  }
  for (const [uid, g] of byUid) out.push({ uid, master: g.master, overrides: [...g.overrides.values()] });
  return out;
}
