import { parseCalTime, toWall, type CalTime } from '../parse/datetime.js';
import { cleanTzid, propertyName } from '../parse/event.js';
import type { Block } from '../read/lines.js';
import { expandRule } from '../expand/recurrence.js';
import type { ZoneRules } from './zone-rules.js';

/** One STANDARD or DAYLIGHT part: from its onset (local, in the offset before it) the offset is `to`. */
interface Observance {
  onset: CalTime;
  from: number;
  to: number;
  rrule: string | null;
  rdates: CalTime[];
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

function offsetMinutes(value: string): number | null {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
  // Real offsets lie within ±18 hours (ISO 8601 and the tz database); "+9999" defines nothing.
  if (Number(m[3]) > 59 || minutes > 18 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

function valueOf(text: string): string {
  return text.slice(text.indexOf(':') + 1);
}

/** The TZID of a VTIMEZONE block, cleaned of Outlook's quoting quirks. */
export function vtimezoneId(block: Block): string | null {
  const line = block.lines.find((l) => propertyName(l.text) === 'TZID');
  return line ? cleanTzid(valueOf(line.text)) : null;
}

function observances(block: Block): Observance[] {
  const out: Observance[] = [];
  let current: Partial<Observance> & { rdates: CalTime[] } = { rdates: [] };
  let inside = false;
  for (const l of block.lines) {
    const name = propertyName(l.text);
    const value = valueOf(l.text).trim();
    if (name === 'BEGIN' && /^(STANDARD|DAYLIGHT)$/i.test(value)) {
      inside = true;
      current = { rrule: null, rdates: [] };
    } else if (name === 'END' && /^(STANDARD|DAYLIGHT)$/i.test(value)) {
      inside = false;
      if (current.onset && current.from !== undefined && current.to !== undefined) {
        out.push({
          onset: current.onset,
          from: current.from,
          to: current.to,
          rrule: current.rrule ?? null,
          rdates: current.rdates,
        });
      }
    } else if (inside) {
      if (name === 'DTSTART') current.onset = parseCalTime(value, null) ?? undefined;
      else if (name === 'TZOFFSETFROM') current.from = offsetMinutes(value) ?? undefined;
      else if (name === 'TZOFFSETTO') current.to = offsetMinutes(value) ?? undefined;
      else if (name === 'RRULE') current.rrule = value;
      else if (name === 'RDATE') {
        for (const v of value.split(',')) {
          const t = parseCalTime(v, null);
          if (t) current.rdates.push(t);
        }
      }
    }
  }
  return out;
}

/**
 * Onsets of a rule within one year, as wall times, by the same recurrence engine as events (bounded
 * by an iteration cap: ical.js's iterator never returned on some rules, e.g. BYWEEKNO in a WEEKLY
 * rule). A rule that cannot be read keeps its first onset only.
 */
function onsetsInYear(o: Observance, year: number): number[] {
  const first = o.onset.year === year ? [toWall(o.onset)] : [];
  if (!o.rrule) return first;
  if (year < o.onset.year) return [];
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1) - 1;
  try {
    return expandRule(
      o.rrule,
      { ...o.onset, isDate: false, utc: false, tzid: null },
      {
        startWall: from,
        endWall: to,
        instantOf: (wall) => wall,
        reaches: (wall) => wall >= from,
        maxInstances: 400,
        maxIterations: 100_000,
      },
    ).walls;
  } catch {
    return first;
  }
}

/** A file's own VTIMEZONE as zone rules; transitions are worked out per year on demand and kept. */
export function vtimezoneRules(id: string, block: Block): ZoneRules | null {
  const parts = observances(block);
  if (parts.length === 0) return null;
  const byYear = new Map<number, Transition[]>();
  const earliest = parts.reduce((a, b) => (toWall(a.onset) <= toWall(b.onset) ? a : b));
  const yearTransitions = (year: number): Transition[] => {
    let list = byYear.get(year);
    if (!list) {
      list = [];
      for (const o of parts) {
        for (const wall of onsetsInYear(o, year))
          list.push({ at: wall - o.from * 60_000, from: o.from, to: o.to });
        for (const r of o.rdates) {
          if (r.year === year) list.push({ at: toWall(r) - o.from * 60_000, from: o.from, to: o.to });
        }
      }
      list.sort((a, b) => a.at - b.at);
      byYear.set(year, list);
    }
    return list;
  };
  const offsetAt = (instant: number): number => {
    const year = new Date(instant).getUTCFullYear();
    // The offset in force is set by the last transition before the instant: look back a few years.
    for (let y = year; y >= Math.max(earliest.onset.year, year - 3); y--) {
      const list = yearTransitions(y);
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.at <= instant) return list[i]!.to;
    }
    if (year - 3 > earliest.onset.year) {
      // No transition in the last few years: a zone with a single, fixed offset since its last change.
      const all = parts.filter((o) => toWall(o.onset) - o.from * 60_000 <= instant);
      if (all.length > 0) return all.reduce((a, b) => (toWall(a.onset) >= toWall(b.onset) ? a : b)).to;
    }
    return earliest.from;
  };
  return { id, offsetAt };
}
