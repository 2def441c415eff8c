import type { z } from 'zod';

/** A problem inside a config file: where (people[2].covers[0]) and what was expected. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** ["people", 2, "covers", 0] → "people[2].covers[0]". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

/** How a value the user wrote reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function expectedList(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : String(v)));
  return shown.length === 1 ? `"${shown[0]}"` : `one of ${shown.join(', ')}`;
}

/** One zod issue as "expected …, got …". Our schema's custom messages already start with "expected". */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? describeValue(issue.input) : null;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required (expected ${expected})`;
      return `expected ${expected}, got ${got}`;
    }
    case 'invalid_value':
      return `expected ${expectedList(issue.values)}, got ${got}`;
    default: {
      const message = issue.message.startsWith('expected') ? issue.message : `expected: ${issue.message}`;
      return got ? `${message}, got ${got}` : message;
    }
  }
}
