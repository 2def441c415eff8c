/** Calendar arithmetic on day numbers (days since 1970-01-01), valid for any proleptic Gregorian year. */

export const DAY_MS = 86_400_000;

/** Day number of a civil date (H. Hinnant's days_from_civil), without Date's 0–99 year quirk. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface Civil {
  year: number;
  month: number;
  day: number;
}

export function civilOf(dayNo: number): Civil {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNo: number): number {
  return (((dayNo + 4) % 7) + 7) % 7;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function monthLength(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

export function yearLength(year: number): number {
  return isLeap(year) ? 366 : 365;
}

/**
 * First day of week 1 of a year, weeks starting on `wkst`: week 1 is the first with at least four
 * days in the year (RFC 5545 §3.3.10 BYWEEKNO), so it is the week holding 4 January.
 */
export function weekOneStart(year: number, wkst: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - ((weekdayOf(jan4) - wkst + 7) % 7);
}

/** The year whose week numbering a day belongs to (it may be the next or previous calendar year). */
export function weekYearOf(dayNo: number, wkst: number): number {
  const { year } = civilOf(dayNo);
  if (dayNo >= weekOneStart(year + 1, wkst)) return year + 1;
  if (dayNo < weekOneStart(year, wkst)) return year - 1;
  return year;
}
