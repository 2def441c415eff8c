import { findIana } from 'windows-iana';
import timezones from 'timezones.json/timezones.json' with { type: 'json' };

/**
 * "(UTC-05:00) Eastern Time (US & Canada)" → "-05:00 eastern time (us & canada)": the offset as
 * written ("(UTC)" is +00:00) and the label, lower-cased with spaces folded.
 */
export function displayLabel(name: string): string | null {
  const m = /^\((?:UTC|GMT)(?:\s*([+-−])\s*(\d{1,2}):?(\d{2})?)?\)\s*(.+)$/i.exec(name.trim());
  if (!m) return null;
  const offset = m[1] ? `${m[1] === '+' ? '+' : '-'}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` : '+00:00';
  return `${offset === '-00:00' ? '+00:00' : offset} ${m[4]!.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

let labels: Map<string, string> | null = null;

/**
 * Windows zone ids by their display label, from the `timezones.json` package. Only entries whose id
 * CLDR's windowsZones knows (through windows-iana) are kept: the package also lists names that are
 * no Windows zone ("British Summer Time"), and its IANA lists are not used.
 */
function windowsByLabel(): Map<string, string> {
  if (labels) return labels;
  labels = new Map();
  const ambiguous = new Set<string>();
  for (const z of timezones) {
    const label = displayLabel(z.text);
    if (!label || findIana(z.value).length === 0) continue;
    const seen = labels.get(label);
    if (seen !== undefined && seen !== z.value) ambiguous.add(label);
    labels.set(label, z.value);
  }
  for (const label of ambiguous) labels.delete(label);
  return labels;
}

/**
 * An Outlook/OWA display name's IANA zone: display name → Windows zone id (timezones.json) → IANA
 * (CLDR, windows-iana). Null when the label is not a known Windows display name.
 */
export function displayNameIana(name: string): { windows: string; iana: string } | null {
  const label = displayLabel(name);
  const windows = label ? windowsByLabel().get(label) : undefined;
  const iana = windows ? findIana(windows)[0] : undefined;
  return windows && iana ? { windows, iana } : null;
}
