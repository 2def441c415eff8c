import path from 'node:path';
import type { StarterCandidates } from './candidates.js';
import { CONFIG_SCHEMA_ID } from '../json-schema.js';
import { isFeedUrl } from '../feed-url.js';

/** Examples the user adapts: the workstreams most trusts meet at every system. */
const EXAMPLE_WORKSTREAMS = [
  {
    id: 'uec',
    name: 'Urgent and emergency care',
    kind: 'operational',
    keywords: ['UEC', 'urgent and emergency care', 'handover'],
  },
  {
    id: 'cas-111',
    name: '111 and clinical assessment',
    kind: 'operational',
    keywords: ['111', 'clinical assessment', 'CAS'],
  },
  { id: 'mental-health', name: 'Mental health', kind: 'clinical', keywords: ['mental health', 'crisis'] },
  { id: 'stroke', name: 'Stroke', kind: 'clinical', keywords: ['stroke'] },
  { id: 'digital', name: 'Digital', kind: 'strategic', keywords: ['digital', 'EPR'] },
  { id: 'workforce', name: 'Workforce', kind: 'strategic', keywords: ['workforce', 'people plan'] },
];

/** JSON strings are valid YAML double-quoted scalars: safe for any name, keyword or path. */
const q = (s: string): string => JSON.stringify(s);
const list = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`;

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

function uniqueIds(names: readonly string[], make: (name: string) => string): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const base = make(name);
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

/** "jane-example" → "Jane Example"; names that already have capitals or spaces are kept. */
function displayName(name: string): string {
  if (/[A-Z ]/.test(name)) return name;
  return name.replace(/[-_.]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** A system id from its domain's first label (cheshireandmerseyside.nhs.uk → cheshireandmerseyside). */
function systemId(name: string): string {
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(name) ? slug(name.split('.')[0]!) : slug(name);
}

/**
 * The starter engage-load.yaml: people, candidate systems and example workstreams, with comments on
 * what to check. Calendar paths are written relative to the file's folder, as the loader reads them.
 */
export function starterYaml(
  c: StarterCandidates,
  options: { outDir: string; cwd: string; timezone: string },
): string {
  const out: string[] = [
    // Editors with the YAML language server (VS Code and others) check the file against the shipped schema.
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_ID}`,
    '# engage-load configuration, started by `engage-load init`. Check every entry, then run `engage-load validate`.',
    '# Every key is described in docs/config.md; editors can check this file against schema/config.schema.json.',
    `timezone: ${q(options.timezone)}`,
    'weekStart: monday',
    'workingHours: { start: "08:00", end: "18:00", days: [mon, tue, wed, thu, fri] }',
    'counting: { tentative: count, needsAction: count }',
    'thresholds: { warn: 0.75, critical: 1.0 }',
    '',
    '# One person per calendar owner. Add role, authority (executive | director | senior-manager) and covers.',
  ];
  const personIds = uniqueIds(
    c.people.map((p) => p.name),
    slug,
  );
  if (c.people.length === 0) out.push('people: []');
  else out.push('people:');
  c.people.forEach((p, i) => {
    const calendars = p.calendars
      .filter((name) => name !== '-')
      .map((name) =>
        isFeedUrl(name)
          ? name
          : path.relative(options.outDir, path.resolve(options.cwd, name)).split(path.sep).join('/'),
      );
    out.push(`  - id: ${q(personIds[i]!)}`, `    name: ${q(displayName(p.name))}`, '    role: ""');
    if (p.emails.length > 0) out.push(`    emails: ${list(p.emails)}`);
    out.push(`    calendars: ${list(calendars)}`, '    contractedHours: 37.5');
  });
  out.push(
    '',
    '# Candidate systems from the e-mail domains and title phrases met most often. Rename, merge or delete.',
  );
  const systemIds = uniqueIds(
    c.systems.map((s) => s.name),
    systemId,
  );
  if (c.systems.length === 0) out.push('systems: []');
  else out.push('systems:');
  c.systems.forEach((s, i) => {
    out.push(`  # seen in ${s.meetings} series, ${Number(s.hours.toFixed(1))} h`);
    out.push(`  - id: ${q(systemIds[i]!)}`, `    name: ${q(s.name)}`, `    keywords: ${list(s.keywords)}`);
    if (s.domains.length > 0) out.push(`    domains: ${list(s.domains)}`);
  });
  if (c.phrases.length > 0) {
    out.push(
      '',
      '# Frequent title phrases no system above claims: add those that name a system to its keywords.',
    );
    for (const p of c.phrases)
      out.push(`#   ${q(p.phrase)}: ${p.meetings} series, ${Number(p.hours.toFixed(1))} h`);
  }
  out.push(
    '',
    '# Example workstreams: keep the ones your systems run, and adjust their keywords.',
    'workstreams:',
  );
  for (const w of EXAMPLE_WORKSTREAMS) {
    out.push(
      `  - id: ${w.id}`,
      `    name: ${q(w.name)}`,
      `    kind: ${w.kind}`,
      `    keywords: ${list(w.keywords)}`,
    );
  }
  out.push(
    '',
    '# Pin a system and/or workstream to a whole series by its UID (see `engage-load explain --uid`).',
    'corrections: []',
    '',
  );
  return out.join('\n');
}
