/**
 * The fictional cast of the demo trust. Every name, place and domain is made up; the domains sit
 * under .example so that no address can reach or resemble a real organisation.
 */
import type { ExportStyle } from './model.js';
import type { Rng } from './prng.js';

export type Authority = 'executive' | 'director' | 'senior-manager';
export type Kind = 'clinical' | 'operational' | 'strategic';

export interface DemoPerson {
  id: string;
  name: string;
  role: string;
  authority: Authority;
  emails: string[];
  style: ExportStyle;
  /** Google and Apple exports; Google is also written with or without a VTIMEZONE, and one with LF. */
  variant: 'vtimezone' | 'no-vtimezone' | 'lf';
  covers: string[];
  /** Range of weekly meeting hours the filler aims at, and the chance of a heavy (warn) week. */
  load: [number, number];
  heavy: number;
}

export interface DemoSystem {
  id: string;
  name: string;
  /** How titles name the system; every one is matched by `keywords`. */
  short: string[];
  keywords: string[];
  domain: string;
  locations: string[];
  lead: string | null;
  /** Only operational workstreams are ever discussed there (a "seat at the table" finding). */
  operationalOnly: boolean;
  /** No meetings at all in the generated period. */
  dormant: boolean;
}

export interface DemoWorkstream {
  id: string;
  name: string;
  kind: Kind;
  keywords: string[];
  categories: string[];
  /** Ways titles mention it; each contains one of the keywords. */
  labels: string[];
}

export interface Trust {
  name: string;
  domain: string;
  people: DemoPerson[];
  systems: DemoSystem[];
  workstreams: DemoWorkstream[];
}

const system = (
  id: string,
  name: string,
  short: string[],
  keywords: string[],
  locations: string[],
  lead: string | null,
  extra: Partial<Pick<DemoSystem, 'operationalOnly' | 'dormant'>> = {},
): DemoSystem => ({
  id,
  name,
  short,
  keywords,
  domain: `${id}-ics.example.nhs.uk`,
  locations,
  lead,
  operationalOnly: extra.operationalOnly ?? false,
  dormant: extra.dormant ?? false,
});

export const SYSTEMS: readonly DemoSystem[] = [
  system('moorside', 'Moorside ICS', ['Moorside ICS', 'Moorside'], ['Moorside'], ['Kelbrook House'], 'coo'),
  system(
    'fellgate',
    'Fellgate and Stonebeck ICS',
    ['Fellgate and Stonebeck ICS', 'F&S ICS', 'Fellgate'],
    ['Fellgate', 'F&S ICS'],
    ['Tarnside Mill'],
    'cmo',
  ),
  system(
    'harbour',
    'Harbour Coast ICS',
    ['Harbour Coast ICS', 'HCICS'],
    ['Harbour Coast', 'HCICS'],
    ['Quayside Point'],
    'don',
  ),
  system(
    'northdale',
    'Northdale ICS',
    ['Northdale ICS', 'Northdale'],
    ['Northdale'],
    ['Dalegate House'],
    'coo',
  ),
  system(
    'kestrel',
    'Kestrel Valley ICS',
    ['Kestrel Valley ICS', 'KV ICS', 'KVICS'],
    ['Kestrel Valley', '/\\bKV ?ICS\\b/'],
    ['Kestrel Court'],
    'cmo',
  ),
  system('eastmere', 'Eastmere ICS', ['Eastmere ICS', 'Eastmere'], ['Eastmere'], ['Merebank Offices'], 'don'),
  system(
    'brackenridge',
    'Brackenridge and Oldfield ICS',
    ['Brackenridge and Oldfield ICS', 'B&O ICS', 'Brackenridge'],
    ['Brackenridge', 'B&O ICS'],
    ['Oldfield Town Hall'],
    'coo',
  ),
  system(
    'saltmarsh',
    'Saltmarsh Estuary ICS',
    ['Saltmarsh ICS', 'Saltmarsh Estuary ICS'],
    ['Saltmarsh'],
    ['Estuary House'],
    'dod',
  ),
  system(
    'highcross',
    'Highcross ICS',
    ['Highcross ICS', 'Highcross'],
    ['Highcross'],
    ['Crossways Centre'],
    'dos',
  ),
  system('westfold', 'Westfold ICS', ['Westfold ICS', 'Westfold'], ['Westfold'], ['Foldgate Hub'], null, {
    operationalOnly: true,
  }),
  system('greystone', 'Greystone Peninsula ICS', ['Greystone ICS'], ['Greystone'], [], null, {
    dormant: true,
  }),
];

export const WORKSTREAMS: readonly DemoWorkstream[] = [
  {
    id: 'uec',
    name: 'Urgent and emergency care',
    kind: 'operational',
    keywords: ['UEC', 'urgent and emergency care', 'handover', 'winter planning'],
    categories: ['UEC'],
    labels: ['UEC', 'urgent and emergency care', 'hospital handover', 'UEC winter planning'],
  },
  {
    id: 'mental-health',
    name: 'Mental health',
    kind: 'clinical',
    keywords: ['mental health', 'crisis care', 'MH'],
    categories: ['Mental health'],
    labels: ['mental health', 'MH crisis care', 'mental health crisis care'],
  },
  {
    id: 'stroke',
    name: 'Stroke',
    kind: 'clinical',
    keywords: ['stroke', 'HASU'],
    categories: ['Stroke'],
    labels: ['stroke', 'stroke network', 'HASU pathway'],
  },
  {
    id: 'digital',
    name: 'Digital',
    kind: 'strategic',
    keywords: ['digital', 'shared care record', 'EPR'],
    categories: ['Digital'],
    labels: ['digital', 'shared care record', 'digital and EPR'],
  },
  {
    id: 'workforce',
    name: 'Workforce',
    kind: 'strategic',
    keywords: ['workforce', 'recruitment', 'retention'],
    categories: ['Workforce'],
    labels: ['workforce', 'recruitment and retention', 'workforce planning'],
  },
  {
    id: '111-cas',
    name: '111 and clinical assessment',
    kind: 'operational',
    keywords: ['111', 'CAS', 'clinical assessment'],
    categories: ['111/CAS'],
    labels: ['111/CAS', 'clinical assessment service', 'NHS 111'],
  },
  {
    id: 'frailty',
    name: 'Frailty',
    kind: 'clinical',
    keywords: ['frailty', 'falls'],
    categories: ['Frailty'],
    labels: ['frailty', 'falls response', 'frailty and falls'],
  },
  {
    id: 'end-of-life',
    name: 'End of life care',
    kind: 'clinical',
    keywords: ['end of life', 'EoLC', 'palliative'],
    categories: ['End of life'],
    labels: ['end of life care', 'EoLC', 'palliative care'],
  },
];

export const DEMO_TRUST_NAME = 'Northmoor Ambulance Service NHS Trust';
export const DEMO_DOMAIN = 'northmoor-ambulance.example.nhs.uk';

interface PersonSeed {
  id: string;
  first: string;
  last: string;
  title?: string;
  role: string;
  authority: Authority;
  style: ExportStyle;
  variant: DemoPerson['variant'];
  covers: string[];
  load: [number, number];
  heavy: number;
  alias?: string;
}

const EXECUTIVES: readonly PersonSeed[] = [
  {
    id: 'ceo',
    first: 'Rachel',
    last: 'Thornbury',
    role: 'Chief Executive',
    authority: 'executive',
    style: 'outlook',
    variant: 'vtimezone',
    covers: ['moorside'],
    load: [18, 26],
    heavy: 0.1,
  },
  {
    id: 'cmo',
    first: 'Samuel',
    last: 'Okafor-Reid',
    title: 'Dr',
    role: 'Chief Medical Officer',
    authority: 'executive',
    style: 'outlook',
    variant: 'vtimezone',
    covers: ['moorside', 'fellgate', 'harbour', 'kestrel', 'eastmere'],
    load: [20, 27],
    heavy: 0.2,
    alias: 's.okafor-reid@nhsmail.example.net',
  },
  {
    id: 'coo',
    first: 'Priya',
    last: 'Lindqvist',
    role: 'Chief Operating Officer',
    authority: 'executive',
    style: 'outlook',
    variant: 'vtimezone',
    covers: ['moorside', 'northdale', 'kestrel', 'brackenridge', 'westfold'],
    load: [21, 27],
    heavy: 0.3,
  },
  {
    id: 'don',
    first: 'Grace',
    last: 'Whitfield',
    role: 'Director of Nursing and Quality',
    authority: 'executive',
    style: 'google',
    variant: 'vtimezone',
    covers: ['harbour', 'northdale', 'eastmere', 'brackenridge'],
    load: [11, 17],
    heavy: 0.05,
  },
  {
    id: 'dos',
    first: 'Tom',
    last: 'Halloran',
    role: 'Director of Strategy and Partnerships',
    authority: 'director',
    style: 'google',
    variant: 'lf',
    covers: ['fellgate', 'kestrel', 'highcross', 'westfold', 'greystone'],
    load: [10, 16],
    heavy: 0.05,
  },
  {
    id: 'dof',
    first: 'Aisha',
    last: 'Rahman-Cole',
    role: 'Director of Finance',
    authority: 'executive',
    style: 'outlook',
    variant: 'vtimezone',
    covers: ['saltmarsh', 'highcross'],
    load: [14, 22],
    heavy: 0.1,
  },
  {
    id: 'dop',
    first: 'Daniel',
    last: 'Featherstone',
    role: 'Director of People',
    authority: 'director',
    style: 'google',
    variant: 'no-vtimezone',
    covers: ['northdale', 'eastmere'],
    load: [12, 20],
    heavy: 0.1,
  },
  {
    id: 'dod',
    first: 'Nadia',
    last: 'Petrosyan',
    role: 'Director of Digital',
    authority: 'director',
    style: 'apple',
    variant: 'vtimezone',
    covers: ['harbour', 'saltmarsh'],
    load: [14, 23],
    heavy: 0.1,
  },
];

const FIRST = [
  'Alex',
  'Beth',
  'Chidi',
  'Dana',
  'Eilidh',
  'Farid',
  'Gemma',
  'Hugo',
  'Imani',
  'Jonas',
  'Keira',
  'Liam',
  'Maya',
  'Niall',
  'Orla',
  'Pavel',
  'Quinn',
  'Rosa',
  'Soren',
  'Tara',
];
const LAST = [
  'Ashdown',
  'Brierley',
  'Coldwell',
  'Dunmore',
  'Elsworth',
  'Farrant',
  'Gorseby',
  'Hatherley',
  'Ingleby',
  'Jessop',
  'Kirkland',
  'Lowther',
  'Marsden',
  'Netherby',
  'Oakridge',
  'Pemberton',
];
const ROLES = [
  'Deputy Chief Operating Officer',
  'Associate Medical Director',
  'Deputy Director of Nursing',
  'Head of Clinical Assessment',
  'Associate Director of Operations',
  'Head of Emergency Operations',
  'Deputy Director of Strategy',
  'Consultant Paramedic',
];
const TRUST_PLACES = [
  'Northmoor',
  'Ashcombe',
  'Brindlewick',
  'Corrowdale',
  'Dunhollow',
  'Embervale',
  'Foxmere',
  'Glenhaven',
  'Hollinbeck',
  'Ivybridge Moor',
  'Juniper Fells',
  'Kingsgarth',
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function person(seed: PersonSeed, domain: string): DemoPerson {
  const email = `${slug(seed.first)}.${slug(seed.last)}@${domain}`;
  return {
    id: seed.id,
    name: `${seed.title ? `${seed.title} ` : ''}${seed.first} ${seed.last}`,
    role: seed.role,
    authority: seed.authority,
    emails: seed.alias ? [email, seed.alias] : [email],
    style: seed.style,
    variant: seed.variant,
    covers: [...seed.covers],
    load: seed.load,
    heavy: seed.heavy,
  };
}

/** Benchmark-only colleagues beyond the eight executives. */
function extraPerson(i: number, rng: Rng, domain: string): DemoPerson {
  const styles: ExportStyle[] = ['outlook', 'google', 'outlook', 'apple'];
  const ids = SYSTEMS.filter((s) => !s.dormant).map((s) => s.id);
  const covers = [...new Set([rng.pick(ids), rng.pick(ids), rng.pick(ids)])];
  return person(
    {
      id: `p${String(i + 1).padStart(2, '0')}`,
      first: FIRST[i % FIRST.length]!,
      last: `${LAST[(i * 7) % LAST.length]!}${i >= FIRST.length ? `-${Math.floor(i / FIRST.length)}` : ''}`,
      role: ROLES[i % ROLES.length]!,
      authority: i % 3 === 0 ? 'director' : 'senior-manager',
      style: styles[i % styles.length]!,
      variant: i % 5 === 1 ? 'no-vtimezone' : 'vtimezone',
      covers,
      load: [12, 24],
      heavy: 0.1,
    },
    domain,
  );
}

/** Trust 0 is the demo trust; further trusts (benchmarks) reuse its systems under another name and domain. */
export function buildTrust(index: number, peopleCount: number, rng: Rng): Trust {
  const place = TRUST_PLACES[index % TRUST_PLACES.length]!;
  const suffix = index >= TRUST_PLACES.length ? `-${Math.floor(index / TRUST_PLACES.length)}` : '';
  const domain = index === 0 ? DEMO_DOMAIN : `${slug(place)}${suffix}-ambulance.example.nhs.uk`;
  const people = EXECUTIVES.slice(0, peopleCount).map((s) => person(s, domain));
  for (let i = people.length; i < peopleCount; i++)
    people.push(extraPerson(i - EXECUTIVES.length, rng, domain));
  const ids = new Set(people.map((p) => p.id));
  const systems = SYSTEMS.map((s) => ({ ...s, lead: s.lead !== null && ids.has(s.lead) ? s.lead : null }));
  return {
    name: index === 0 ? DEMO_TRUST_NAME : `${place}${suffix} Ambulance Service NHS Trust`,
    domain,
    people,
    systems,
    workstreams: [...WORKSTREAMS],
  };
}
