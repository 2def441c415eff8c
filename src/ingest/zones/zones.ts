import { findIana } from 'windows-iana';
import { displayNameIana } from './display-names.js';
import type { Block } from '../read/lines.js';
import { vtimezoneId, vtimezoneRules } from './vtimezone.js';
import { ianaRules, UTC_RULES, type ZoneRules } from './zone-rules.js';

export interface ResolvedZone {
  rules: ZoneRules;
  /** How the name was understood, for explain and conformance. */
  via: 'utc' | 'floating' | 'iana' | 'windows' | 'vtimezone' | 'display-name' | 'fallback';
}

/** Lower-cased, with spaces and quotes folded, so that Outlook's variants of one name match. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/\\,/g, ',')
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/:+$/, '')
    .trim();
}

const UTC_NAMES = new Set([
  'utc',
  'gmt',
  'z',
  'etc/utc',
  'etc/gmt',
  'coordinated universal time',
  'greenwich mean time',
]);

let cityIndex: Map<string, string> | null = null;

/** "Sydney" → Australia/Sydney, from the runtime's own list of IANA zones. */
function zoneForCity(city: string): string | null {
  if (!cityIndex) {
    cityIndex = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const last = zone.split('/').at(-1)!.replace(/_/g, ' ').toLowerCase();
      if (!cityIndex.has(last)) cityIndex.set(last, zone);
    }
  }
  return cityIndex.get(city.trim().toLowerCase()) ?? null;
}

/** Outlook display names such as "(UTC+10:00) Canberra, Melbourne, Sydney": the first city that is an IANA zone. */
function displayNameZone(name: string): string | null {
  const m = /^\((?:UTC|GMT)(?:[+-]\d{1,2}:?\d{2})?\)\s*(.+)$/i.exec(name.trim());
  if (!m) return null;
  for (const city of m[1]!.split(/[,/]|\band\b/)) {
    const zone = zoneForCity(city);
    if (zone) return zone;
  }
  return null;
}

/**
 * "/Europe/Stockholm", "/freeassociation.sourceforge.net/Europe/Berlin",
 * "/mozilla.org/20050126_1/America/Argentina/Buenos_Aires": the longest tail that is an IANA name.
 */
function prefixedIana(name: string): ZoneRules | null {
  if (!name.includes('/')) return null;
  const parts = name.split('/').filter((p) => p !== '');
  for (let i = 0; i < parts.length; i++) {
    const rules = parts.length - i <= 3 ? ianaRules(parts.slice(i).join('/')) : null;
    if (rules) return rules;
  }
  return null;
}

/**
 * Resolves TZIDs for one file, in this order: the tz database (IANA names), Windows names through
 * CLDR (windows-iana), the file's own VTIMEZONE, Outlook display names (the `timezones.json` list of
 * Windows display names, then CLDR; else by their cities); else the
 * fallback zone (the file's X-WR-TIMEZONE, else the report zone), which the caller reports.
 * Built once per file, so a "Customized Time Zone" means what that file says it means.
 */
export class ZoneResolver {
  private readonly cache = new Map<string, ResolvedZone>();
  private readonly definitions = new Map<string, Block>();

  constructor(
    timezones: Block[],
    private readonly floating: ZoneRules,
    private readonly fallback: ZoneRules,
  ) {
    for (const block of timezones) {
      const id = vtimezoneId(block);
      if (id && !this.definitions.has(key(id))) this.definitions.set(key(id), block);
    }
  }

  resolve(tzid: string | null, utc: boolean): ResolvedZone {
    if (utc) return { rules: UTC_RULES, via: 'utc' };
    if (tzid === null) return { rules: this.floating, via: 'floating' };
    let resolved = this.cache.get(tzid);
    if (!resolved) {
      resolved = this.lookup(tzid);
      this.cache.set(tzid, resolved);
    }
    return resolved;
  }

  private lookup(tzid: string): ResolvedZone {
    const name = tzid.trim();
    if (UTC_NAMES.has(key(name))) return { rules: UTC_RULES, via: 'utc' };
    const iana = ianaRules(name) ?? prefixedIana(name);
    if (iana) return { rules: iana, via: 'iana' };
    const windows = findIana(name)[0] ?? findIana(name.replace(/\s+/g, ' '))[0];
    const fromWindows = windows ? ianaRules(windows) : null;
    if (fromWindows) return { rules: fromWindows, via: 'windows' };
    const block = this.definitions.get(key(name));
    const own = block ? vtimezoneRules(name, block) : null;
    if (own) return { rules: own, via: 'vtimezone' };
    const listed = displayNameIana(name);
    const fromList = listed ? ianaRules(listed.iana) : null;
    if (fromList) return { rules: fromList, via: 'display-name' };
    const display = displayNameZone(name);
    const fromDisplay = display ? ianaRules(display) : null;
    if (fromDisplay) return { rules: fromDisplay, via: 'display-name' };
    return { rules: this.fallback, via: 'fallback' };
  }
}
