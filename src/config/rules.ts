import { IANAZone } from 'luxon';
import { UNASSIGNED } from '../types.js';
import type { ConfigCode, FindingBody } from '../findings/types.js';
import type { ConfigIssue } from './issues.js';
import { literalKey } from './keywords.js';
import type { ConfigFile } from './schema.js';
import type { Config, Thresholds } from './types.js';

/** A problem that does not stop the run: code and figures (with the path inside the file) for the findings formatter. */
export type ConfigWarning = FindingBody<ConfigCode>;

export interface RuleResult {
  errors: ConfigIssue[];
  warnings: ConfigWarning[];
}

function duplicateIds(items: { id: string }[], list: string, errors: ConfigIssue[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      errors.push({
        path: `${list}[${i}].id`,
        message: `expected a unique id, but "${item.id}" is already ${list}[${seen}]`,
      });
  });
}

function thresholdOrder(t: Thresholds, at: string, errors: ConfigIssue[]): void {
  if (t.warn > t.critical) {
    errors.push({
      path: `${at}.warn`,
      message: `expected warn (${t.warn}) to be at most critical (${t.critical})`,
    });
  }
  if (t.warnHours !== undefined && t.criticalHours !== undefined && t.warnHours > t.criticalHours) {
    errors.push({
      path: `${at}.warnHours`,
      message: `expected warnHours (${t.warnHours}) to be at most criticalHours (${t.criticalHours})`,
    });
  }
}

interface Claim {
  key: string;
  path: string;
  owner: string;
}

/** Keys claimed by more than one item: a warning at each later claim naming the first claimant. */
function sharedClaims(
  claims: Claim[],
  warning: (claim: Claim, first: Claim) => ConfigWarning,
  warnings: ConfigWarning[],
): void {
  const first = new Map<string, Claim>();
  for (const claim of claims) {
    const seen = first.get(claim.key);
    if (!seen) first.set(claim.key, claim);
    else if (seen.owner !== claim.owner) warnings.push(warning(claim, seen));
  }
}

/** The figures of a shared claim, for its sentence. */
function rivals(
  claim: Claim,
  first: Claim,
): { path: string; owner: string; other: string; otherPath: string } {
  return { path: claim.path, owner: claim.owner, other: first.owner, otherPath: first.path };
}

/**
 * The rules zod cannot express, over the file (for paths) and its normalised form (for resolved
 * calendars): references between sections, uniqueness, zones and threshold order.
 */
export function checkRules(file: ConfigFile, config: Config): RuleResult {
  const errors: ConfigIssue[] = [];
  const warnings: ConfigWarning[] = [];
  if (!IANAZone.isValidZone(config.timezone)) {
    errors.push({
      path: 'timezone',
      message: `expected an IANA time zone such as Europe/London, got "${config.timezone}"`,
    });
  }
  duplicateIds(config.people, 'people', errors);
  duplicateIds(config.systems, 'systems', errors);
  duplicateIds(config.workstreams, 'workstreams', errors);
  const systemIds = new Set(config.systems.map((s) => s.id));
  const workstreamIds = new Set(config.workstreams.map((w) => w.id));
  const personIds = new Set(config.people.map((p) => p.id));
  const systemList = [...systemIds].join(', ') || '(none defined)';

  thresholdOrder(config.thresholds, 'thresholds', errors);
  if (config.workingHours.end <= config.workingHours.start) {
    errors.push({
      path: 'workingHours.end',
      message: 'expected the end of the working day to be after its start',
    });
  }

  const calendarOwner = new Map<string, string>();
  config.people.forEach((person, i) => {
    (file.people?.[i]?.covers ?? []).forEach((system, j) => {
      if (!systemIds.has(system)) {
        errors.push({
          path: `people[${i}].covers[${j}]`,
          message: `expected a system id defined under systems (${systemList}), got "${system}"`,
        });
      }
    });
    person.calendars.forEach((calendar, j) => {
      const owner = calendarOwner.get(calendar);
      const here = `people[${i}].calendars[${j}]`;
      if (owner)
        errors.push({
          path: here,
          message: `expected each calendar to belong to one person, but ${file.people?.[i]?.calendars?.[j]} is also claimed at ${owner}`,
        });
      else calendarOwner.set(calendar, `${here} (${person.id})`);
    });
    if (file.people?.[i]?.thresholds) thresholdOrder(person.thresholds, `people[${i}].thresholds`, errors);
  });

  config.systems.forEach((system, i) => {
    if (system.lead !== null && !personIds.has(system.lead)) {
      errors.push({
        path: `systems[${i}].lead`,
        message: `expected a person id defined under people, got "${system.lead}"`,
      });
    }
  });

  const seenUids = new Map<string, number>();
  config.corrections.forEach((c, i) => {
    if (c.system === null && c.workstream === null) {
      errors.push({ path: `corrections[${i}]`, message: 'expected a system, a workstream or both' });
    }
    if (c.system !== null && c.system !== UNASSIGNED && !systemIds.has(c.system)) {
      errors.push({
        path: `corrections[${i}].system`,
        message: `expected a system id defined under systems (${systemList}) or "${UNASSIGNED}", got "${c.system}"`,
      });
    }
    if (c.workstream !== null && !workstreamIds.has(c.workstream)) {
      errors.push({
        path: `corrections[${i}].workstream`,
        message: `expected a workstream id defined under workstreams, got "${c.workstream}"`,
      });
    }
    const seen = seenUids.get(c.uid);
    if (seen !== undefined)
      errors.push({
        path: `corrections[${i}].uid`,
        message: `expected each UID to be corrected once, but it is already corrections[${seen}]`,
      });
    else seenUids.set(c.uid, i);
  });

  const literalClaims = (list: 'systems' | 'workstreams') =>
    (file[list] ?? []).flatMap((item, i) =>
      (item.keywords ?? []).flatMap((k, j) => {
        const key = literalKey(k);
        return key ? [{ key, path: `${list}[${i}].keywords[${j}]`, owner: item.id }] : [];
      }),
    );
  const sharedKeyword = (c: Claim, first: Claim): ConfigWarning => ({
    code: 'config.shared-keyword',
    data: { ...rivals(c, first), keyword: c.key },
  });
  sharedClaims(literalClaims('systems'), sharedKeyword, warnings);
  sharedClaims(literalClaims('workstreams'), sharedKeyword, warnings);
  sharedClaims(
    config.systems.flatMap((s, i) =>
      s.domains.map((d, j) => ({ key: d, path: `systems[${i}].domains[${j}]`, owner: s.id })),
    ),
    (c, first) => ({ code: 'config.shared-domain', data: { ...rivals(c, first), domain: c.key } }),
    warnings,
  );
  sharedClaims(
    config.people.flatMap((p, i) =>
      p.emails.map((e, j) => ({ key: e, path: `people[${i}].emails[${j}]`, owner: p.id })),
    ),
    (c, first) => ({ code: 'config.shared-email', data: { ...rivals(c, first), email: c.key } }),
    warnings,
  );
  // An empty list is valid YAML but an empty report: every hour unassigned, or nobody named.
  if (file.systems?.length === 0) warnings.push({ code: 'config.no-systems', data: { path: 'systems' } });
  if (file.people?.length === 0) warnings.push({ code: 'config.no-people', data: { path: 'people' } });
  return { errors, warnings };
}
