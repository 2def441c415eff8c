import { formatFinding } from '../../src/findings/format.js';
import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../../src/config/validate.js';
import { ConfigError } from '../../src/errors.js';

const source = { file: '/trust/engage-load.yaml', shown: 'engage-load.yaml' };

function issuesOf(text: string): { path: string; message: string }[] {
  try {
    validateConfigText(text, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).file).toBe('engage-load.yaml');
    return (error as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

const systems = `systems:
  - id: north
    keywords: [North ICS]
  - id: south
`;

describe('config errors name the path and what was expected', () => {
  it('wrong type', () => {
    expect(issuesOf('people:\n  - id: cmo\n    contractedHours: lots\n')).toEqual([
      { path: 'people[0].contractedHours', message: 'expected a number, got "lots" (line 3)' },
    ]);
    expect(issuesOf('people: cmo\n')).toEqual([
      { path: 'people', message: 'expected a list, got "cmo" (line 1)' },
    ]);
  });

  it('missing required key', () => {
    expect(issuesOf('systems:\n  - name: North\n')).toEqual([
      { path: 'systems[0].id', message: 'is required (expected text) (line 2)' },
    ]);
  });

  it('unknown authority', () => {
    expect(issuesOf('people:\n  - id: cmo\n    authority: boss\n')).toEqual([
      {
        path: 'people[0].authority',
        message: 'expected one of executive, director, senior-manager, got "boss" (line 3)',
      },
    ]);
  });

  it('bad time of day', () => {
    expect(issuesOf('workingHours: { start: "8am" }\n')).toEqual([
      {
        path: 'workingHours.start',
        message: 'expected a time of day "HH:MM" (e.g. "08:00"), got "8am" (line 1)',
      },
    ]);
  });

  it('undefined covered system', () => {
    const text = `${systems}people:\n  - id: cmo\n    covers: [north, west]\n`;
    expect(issuesOf(text)).toEqual([
      {
        path: 'people[0].covers[1]',
        message: 'expected a system id defined under systems (north, south), got "west" (line 7)',
      },
    ]);
  });

  it('lead that is not a person', () => {
    expect(issuesOf('systems:\n  - id: north\n    lead: ghost\n')).toEqual([
      { path: 'systems[0].lead', message: 'expected a person id defined under people, got "ghost" (line 3)' },
    ]);
  });

  it('bad regex', () => {
    const issues = issuesOf('systems:\n  - id: north\n    keywords: [North, "/(unclosed/"]\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('systems[0].keywords[1]');
    expect(issues[0]!.message).toMatch(
      /^expected a valid regular expression, got \/\(unclosed\/ \(Unterminated group\) \(line 3\)$/,
    );
  });

  it('duplicate calendar, after resolving paths against the config folder', () => {
    const text =
      'people:\n  - id: a\n    calendars: [exports/a.ics]\n  - id: b\n    calendars: [./exports/../exports/a.ics]\n';
    expect(issuesOf(text)).toEqual([
      {
        path: 'people[1].calendars[0]',
        message:
          'expected each calendar to belong to one person, but ./exports/../exports/a.ics is also claimed at people[0].calendars[0] (a) (line 5)',
      },
    ]);
  });

  it('duplicate id', () => {
    expect(issuesOf('workstreams:\n  - id: uec\n  - id: uec\n')).toEqual([
      {
        path: 'workstreams[1].id',
        message: 'expected a unique id, but "uec" is already workstreams[0] (line 3)',
      },
    ]);
  });

  it('correction naming an unknown system or workstream', () => {
    const text = `${systems}corrections:\n  - uid: abc\n    system: west\n    workstream: uec\n`;
    expect(issuesOf(text).map((i) => i.path)).toEqual(['corrections[0].system', 'corrections[0].workstream']);
    expect(issuesOf(text)[1]!.message).toBe(
      'expected a workstream id defined under workstreams, got "uec" (line 8)',
    );
  });

  it('invalid time zone', () => {
    expect(issuesOf('timezone: Mars/Olympus\n')).toEqual([
      {
        path: 'timezone',
        message: 'expected an IANA time zone such as Europe/London, got "Mars/Olympus" (line 1)',
      },
    ]);
  });

  it('thresholds in the wrong order', () => {
    expect(issuesOf('thresholds: { warn: 1.2, critical: 1.0 }\n')).toEqual([
      { path: 'thresholds.warn', message: 'expected warn (1.2) to be at most critical (1) (line 1)' },
    ]);
  });

  it('YAML syntax error names the line', () => {
    const issues = issuesOf('people:\n  - id: cmo\n   name: [unclosed\n');
    expect(issues[0]!.path).toBe('');
    expect(issues[0]!.message).toMatch(/^line \d+, column \d+: not valid YAML\/JSON/);
  });

  it('a top level that is not a mapping', () => {
    expect(issuesOf('- a\n- b\n')).toEqual([
      {
        path: '',
        message: 'expected a mapping of keys (timezone, people, systems…) at the top level, got a list',
      },
    ]);
  });

  it('reports every error at once, and the sentence names file, path and expectation', () => {
    try {
      validateConfigText('people:\n  - id: cmo\n    authority: boss\n    contractedHours: -1\n', source);
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).message).toBe(
        'engage-load.yaml has 2 problems:\n' +
          '  people[0].authority: expected one of executive, director, senior-manager, got "boss" (line 3)\n' +
          '  people[0].contractedHours: expected hours above 0, got number -1 (line 4)',
      );
    }
  });
});

describe('config warnings let the run go on', () => {
  it('unknown keys are ignored with a warning, and the rest still loads', () => {
    const { config, findings } = validateConfigText('people:\n  - id: cmo\n    nmae: Jane\nfoo: 1\n', source);
    expect(config.people[0]!.name).toBe('cmo');
    expect(findings).toEqual([
      {
        code: 'config.unknown-key',
        severity: 'warning',
        file: 'engage-load.yaml',
        line: 3,
        data: { path: 'people[0].nmae', key: 'nmae' },
      },
      {
        code: 'config.unknown-key',
        severity: 'warning',
        file: 'engage-load.yaml',
        line: 4,
        data: { path: 'foo', key: 'foo' },
      },
    ]);
  });

  it('two systems sharing a keyword, a domain; two people sharing an e-mail', () => {
    const text = [
      'people:',
      '  - { id: a, emails: [x@t.nhs.uk] }',
      '  - { id: b, emails: [X@T.nhs.uk] }',
      'systems:',
      '  - { id: north, keywords: [Joint Board], domains: [j.nhs.uk] }',
      '  - { id: south, keywords: ["joint  board"], domains: [J.nhs.uk] }',
      '',
    ].join('\n');
    const { findings } = validateConfigText(text, source);
    expect(findings.map((f) => [f.code, f.data?.path, f.line])).toEqual([
      ['config.shared-keyword', 'systems[1].keywords[0]', 6],
      ['config.shared-domain', 'systems[1].domains[0]', 6],
      ['config.shared-email', 'people[1].emails[0]', 3],
    ]);
    expect(findings[0]!.data).toMatchObject({ keyword: 'joint board', owner: 'south', other: 'north' });
  });

  it('an empty systems or people list is a warning, naming the line; absent lists are not', () => {
    const { findings } = validateConfigText('people: []\nsystems: []\n', source);
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['config.no-systems', 2],
      ['config.no-people', 1],
    ]);
    expect(formatFinding(findings[0]!)).toMatch(
      /^engage-load\.yaml:2: systems: no system defined, so every meeting hour is unassigned/,
    );
    expect(validateConfigText('timezone: UTC\n', source).findings).toEqual([]);
  });
});
