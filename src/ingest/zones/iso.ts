import { ianaRules, instantToLocal } from './zone-rules.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 with the zone's offset, to the second: 2026-11-16T09:00:00+00:00. */
export function toIsoInZone(instant: number, zone: string): string {
  const rules = ianaRules(zone);
  if (!rules) throw new Error(`unknown time zone ${zone}`);
  const offset = rules.offsetAt(instant);
  const t = instantToLocal(instant, rules);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(Math.round(abs % 60))}`;
}
