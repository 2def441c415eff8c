import type { Config } from '../config/types.js';
import type { OccurrenceStatus, Response } from '../types.js';
import type { RawEvent } from './parse/event.js';

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

/** The owner's reply as written: whether their ATTENDEE (or ORGANIZER) line is there and carries a PARTSTAT. */
interface Reply {
  response: Response;
  /** A PARTSTAT was written on the owner's ATTENDEE line. */
  explicit: boolean;
}

function ownerReply(e: RawEvent, owners: ReadonlySet<string>): Reply {
  if (owners.size === 0) return { response: 'unknown', explicit: false };
  if (e.organizer && owners.has(e.organizer)) return { response: 'organizer', explicit: false };
  for (const a of e.attendees) {
    if (!owners.has(a.email)) continue;
    // RFC 5545 §3.2.12: an absent PARTSTAT means NEEDS-ACTION (Outlook's busy status may say otherwise).
    if (a.partstat === '') return { response: 'needs-action', explicit: false };
    return { response: RESPONSES[a.partstat] ?? 'unknown', explicit: true };
  }
  return { response: 'unknown', explicit: false };
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
  const reply = ownerReply(e, owners);
  // Outlook leaves PARTSTAT out of the owner's line for meetings they accepted, and writes no line for
  // meetings they organise: there the busy status is what their diary shows. An explicit PARTSTAT wins.
  const busy = reply.explicit ? '' : e.busyStatus;
  const isMeeting = e.organizer !== null || e.attendees.length > 0;
  const inferred = (busy === 'BUSY' || (busy === 'OOF' && isMeeting)) && reply.response !== 'organizer';
  const hasLine = reply.response === 'needs-action';
  const response: Response = inferred && hasLine ? 'accepted' : reply.response;
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
  // A timed out-of-office block of one's own is time away, not a meeting (capacity changes only for whole days).
  if (e.busyStatus === 'OOF' && !isMeeting)
    return result('free', 'out of office (X-MICROSOFT-CDO-BUSYSTATUS:OOF)');
  if (e.busyStatus === 'FREE') return result('free', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE');
  if (e.status === 'TENTATIVE' || response === 'tentative' || busy === 'TENTATIVE') {
    const why =
      e.status === 'TENTATIVE'
        ? 'STATUS:TENTATIVE'
        : response === 'tentative'
          ? 'PARTSTAT=TENTATIVE'
          : hasLine
            ? 'busy status TENTATIVE, no PARTSTAT'
            : 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE';
    return result('tentative', `tentative (${why})`, config.counting.tentative === 'count');
  }
  if (inferred && hasLine) return result('counted', `accepted (busy status ${busy}, no PARTSTAT)`, true);
  if (response === 'needs-action') {
    return result(
      'tentative',
      reply.explicit
        ? 'no response (PARTSTAT=NEEDS-ACTION)'
        : 'no response (no PARTSTAT, which means NEEDS-ACTION)',
      config.counting.needsAction === 'count',
    );
  }
  return result('counted', '', true);
}
