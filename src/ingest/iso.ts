import { DateTime } from 'luxon';

/** ISO 8601 with the zone's offset, to the second: 2026-11-16T09:00:00+00:00. */
export function toIsoInZone(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true, includeOffset: true })!;
}
