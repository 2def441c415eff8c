/** The corpus's "rule → instances" files: RRULE + DTSTART (+ START-AT) → expected INSTANCES or EXCEPTION. */
export interface RuleCase {
  file: string;
  line: number;
  title: string;
  rrule: string;
  dtstart: string;
  startAt: string | null;
  /** Expected instance starts as written (basic format), or null when the rule must be rejected. */
  instances: string[] | null;
  /** The source says its own engine does not implement this. */
  unimplemented: boolean;
}

/** Parses libical's icalrecur_test.txt and ical.net's RecurrenceTestCases.txt (the same shape). */
export function parseRuleCases(file: string, text: string): RuleCase[] {
  const cases: RuleCase[] = [];
  let current: Partial<RuleCase> & { title: string } = { title: '' };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#')) {
      if (!current.rrule) current.title = line.slice(1).trim();
      return;
    }
    const colon = line.indexOf(':');
    if (colon < 0) return;
    const key = line.slice(0, colon).toUpperCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'RRULE') current = { title: current.title, rrule: value, line: index + 1 };
    else if (key === 'DTSTART') current.dtstart = value;
    else if (key === 'START-AT') current.startAt = value;
    else if (key === 'INSTANCES' || key === 'EXCEPTION') {
      if (current.rrule && current.dtstart !== undefined) {
        const unimplemented = /UNIMPLEMENTED/i.test(value);
        cases.push({
          file,
          line: current.line ?? index + 1,
          title: current.title,
          rrule: current.rrule,
          dtstart: current.dtstart,
          startAt: current.startAt ?? null,
          instances:
            key === 'EXCEPTION' || unimplemented
              ? null
              : value
                  .split(',')
                  .map((v) => v.trim())
                  .filter(Boolean),
          unimplemented,
        });
      }
      current = { title: '' };
    }
  });
  return cases;
}

/** libical's test-data/recur.txt: VEVENT blocks with X-EXPECT-NUMEVENTS. */
export interface CountCase {
  file: string;
  line: number;
  event: string;
  expected: number;
}

export function parseCountCases(file: string, text: string): CountCase[] {
  const cases: CountCase[] = [];
  const lines = text.split(/\r?\n/);
  let start = -1;
  lines.forEach((line, index) => {
    if (/^BEGIN:VEVENT/i.test(line)) start = index;
    if (/^END:VEVENT/i.test(line) && start >= 0) {
      const block = lines.slice(start, index + 1).join('\n');
      const m = /X-EXPECT-NUMEVENTS:\s*(\d+)/i.exec(block.replace(/\n[ \t]/g, ''));
      if (m) cases.push({ file, line: start + 1, event: block, expected: Number(m[1]) });
      start = -1;
    }
  });
  return cases;
}
