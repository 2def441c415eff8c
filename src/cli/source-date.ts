import { UsageError } from '../errors.js';
import { toIsoInZone } from '../ingest/zones/iso.js';

/**
 * SOURCE_DATE_EPOCH stamps the report (that instant, in UTC, in the form every timestamp takes);
 * without it the report is dated by its data (the window's end). Loaded when a command runs: the
 * formatter brings the zone rules with it.
 */
export function sourceDate(): string | undefined {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch))
    throw new UsageError(`SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`);
  return toIsoInZone(Number(epoch) * 1000, 'UTC');
}
