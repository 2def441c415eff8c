import type { Config } from '../config/types.js';
import type { OccurrenceStatus, Response } from '../types.js';
import type { RawEvent } from './event.js';

export interface StatusResult {
  status: OccurrenceStatus;
  response: Response;
  reason: string;
  counts: boolean;
  absence: boolean;
}

const RESPONSES: Record<string, Response> = {
  ACCEPTED: 'accepted',
  TENTATIVE: 'tentative',
  DECLINED: 'declined',
  'NEEDS-ACTION': 'needs-action',
  DELEGATED: 'delegated',
};

/** Titles that mark an all-day event as time away (whole words, any case). */
const ABSENCE =
  /\b(annual leave|leave|holiday|holidays|bank holiday|out of (the )?office|ooo|oof|off sick|sick|sickness|vacation|day off|study leave|a\/l)\b/i;

function ownerResponse(e: RawEvent, owners: ReadonlySet<string>): Response {
  if (owners.size === 0) return 'unknown';
  if (e.organizer && owners.has(e.organizer)) return 'organizer';
  for (const a of e.attendees) {
    if (owners.has(a.email)) return RESPONSES[a.partstat] ?? 'unknown';
  }
  return 'unknown';
}

/**
 * SPEC "What counts": where several statuses apply the first wins — cancelled, declined, all-day,
 * free, tentative, counted. Unanswered invitations are reported as tentative ("no response") and
 * follow the `counting.needsAction` policy; tentative ones follow `counting.tentative`.
 */
export function statusOf(
  e: RawEvent,
  isDate: boolean,
  owners: ReadonlySet<string>,
  config: Config,
): StatusResult {
  const response = ownerResponse(e, owners);
  const absence = isDate && (e.busyStatus === 'OOF' || ABSENCE.test(e.summary));
  const result = (status: OccurrenceStatus, reason: string, counts = false): StatusResult => ({
    status,
    response,
    reason,
    counts,
    absence,
  });
  if (e.status === 'CANCELLED') return result('cancelled', 'STATUS:CANCELLED');
  if (response === 'declined') return result('declined', 'declined (PARTSTAT=DECLINED)');
  if (isDate) return result('all-day', absence ? 'all-day absence' : 'all-day event');
  if (e.transp === 'TRANSPARENT') return result('free', 'TRANSP:TRANSPARENT');
  // A timed out-of-office block is time away, not a meeting (capacity changes only for whole days).
  if (e.busyStatus === 'OOF') return result('free', 'out of office (X-MICROSOFT-CDO-BUSYSTATUS:OOF)');
  if (e.busyStatus === 'FREE') return result('free', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE');
  if (e.status === 'TENTATIVE' || response === 'tentative' || e.busyStatus === 'TENTATIVE') {
    const why =
      e.status === 'TENTATIVE'
        ? 'STATUS:TENTATIVE'
        : response === 'tentative'
          ? 'PARTSTAT=TENTATIVE'
          : 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE';
    return result('tentative', `tentative (${why})`, config.counting.tentative === 'count');
  }
  if (response === 'needs-action') {
    return result(
      'tentative',
      'no response (PARTSTAT=NEEDS-ACTION)',
      config.counting.needsAction === 'count',
    );
  }
  return result('counted', '', true);
}
