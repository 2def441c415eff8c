import { formatFinding } from '../findings/format.js';
import type { Report } from '../report/types.js';
import type { Finding } from '../types.js';

/** Display names for the human formats: people and systems by name, ids only where no name is known. */
export interface Names {
  person: (id: string) => string;
  /** The person's role, or '' when none is configured. */
  role: (id: string) => string;
  /** "Name (Role)", or the name alone. */
  personWithRole: (id: string) => string;
  system: (id: string) => string;
  workstream: (id: string) => string;
  /** A finding's sentence, naming its person by name. */
  finding: (f: Finding) => string;
}

export function namesFrom(report: Pick<Report, 'people' | 'systems' | 'workstreams'>): Names {
  const people = new Map(report.people.map((p) => [p.id, p]));
  const systems = new Map(report.systems.map((s) => [s.id, s.name]));
  const workstreams = new Map(report.workstreams.map((w) => [w.id, w.name]));
  const person = (id: string): string => people.get(id)?.name || id;
  const role = (id: string): string => people.get(id)?.role ?? '';
  return {
    person,
    role,
    personWithRole: (id) => (role(id) ? `${person(id)} (${role(id)})` : person(id)),
    system: (id) => systems.get(id) ?? id,
    workstream: (id) => workstreams.get(id) ?? id,
    finding: (f) => formatFinding(f.person ? { ...f, person: person(f.person) } : f),
  };
}
