import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/file.js';
import { validateConfigText } from '../../src/config/validate.js';
import { ConfigError } from '../../src/errors.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

describe('loadConfig', () => {
  it('returns the defaults when no file is found', async () => {
    const { config, findings } = await loadConfig({ cwd: path.join(fixtures, 'demo', 'no-such-folder') });
    expect(config.file).toBeNull();
    expect(config.timezone).toBe('Europe/London');
    expect(config.people).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('uses --tz over the defaults', async () => {
    const { config } = await loadConfig({ cwd: '/nonexistent', timezone: 'Europe/Paris' });
    expect(config.timezone).toBe('Europe/Paris');
  });

  it('finds engage-load.yaml in the working directory and normalises it', async () => {
    const dir = path.join(fixtures, 'config-valid');
    const { config, findings } = await loadConfig({ cwd: dir });
    expect(findings).toEqual([]);
    expect(config.file).toBe(path.join(dir, 'engage-load.yaml'));
    expect(config.workingHours).toEqual({ start: 480, end: 1080, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }); // 8×60, 18×60
    expect(config.counting).toEqual({ tentative: 'count', needsAction: 'exclude' });
    const [cmo, coo] = config.people;
    expect(cmo!.emails).toEqual(['jane.example@trust.nhs.uk', 'jane.example@nhs.net']);
    expect(cmo!.calendars).toEqual([
      path.join(dir, 'exports/jane-example.ics'),
      'https://calendar.example.org/jane.ics',
    ]);
    // Person override merged over the global thresholds: critical 1.1 from the person, the rest global.
    expect(cmo!.thresholds).toEqual({
      warn: 0.75,
      critical: 1.1,
      maxSystems: 4,
      outOfHoursHours: 5,
      conflictHours: 4,
      baselineRatio: 1.5,
    });
    expect(coo!.contractedHours).toBe(37.5); // the default
    expect(coo!.authority).toBe('director');
    const [cm, lsc] = config.systems;
    expect(cm!.domains).toEqual(['cheshireandmerseyside.nhs.uk']);
    expect(cm!.lead).toBe('coo');
    expect(lsc!.domains).toEqual(['lancashireandsouthcumbria.nhs.uk']); // leading @ dropped
    expect(lsc!.categories).toEqual(['lsc']);
    expect(lsc!.keywords.map((k) => k.source)).toEqual([
      'Lancashire and South Cumbria',
      'L&SC',
      '/\\bLSC\\b/',
    ]);
    expect(lsc!.lead).toBeNull();
    expect(config.workstreams[1]).toMatchObject({
      id: 'stroke',
      name: 'Stroke',
      kind: 'clinical',
      categories: [],
    });
    expect(config.corrections).toEqual([
      { uid: '040000008200E00074C5B7101A82E00800000000B0B5', system: 'lsc', workstream: 'uec' },
    ]);
  });

  it('lets --tz override the file', async () => {
    const { config } = await loadConfig({ cwd: path.join(fixtures, 'config-valid'), timezone: 'UTC' });
    expect(config.timezone).toBe('UTC');
  });

  it('reads JSON and fills defaults', async () => {
    const dir = path.join(fixtures, 'config-json');
    const { config } = await loadConfig({ cwd: dir });
    expect(config.timezone).toBe('America/New_York');
    expect(config.people[0]).toMatchObject({
      id: 'ceo',
      name: 'ceo',
      role: '',
      authority: null,
      contractedHours: 37.5,
    });
    expect(config.people[0]!.calendars).toEqual([path.join(dir, 'ceo.ics')]);
    expect(config.thresholds).toEqual({ warn: 0.75, critical: 1 });
  });

  it('takes --config relative to the working directory', async () => {
    const { config } = await loadConfig({ cwd: fixtures, path: 'config-json/engage-load.json' });
    expect(config.file).toBe(path.join(fixtures, 'config-json', 'engage-load.json'));
  });

  it('prefers .yaml and warns about the file it ignores', async () => {
    const { config, findings } = await loadConfig({ cwd: path.join(fixtures, 'config-two-files') });
    expect(config.timezone).toBe('Europe/London');
    expect(findings).toEqual([
      {
        code: 'config.several-files',
        severity: 'warning',
        file: 'engage-load.yaml',
        data: { path: '', ignored: 'engage-load.json' },
      },
    ]);
  });

  it('stops with a ConfigError when --config names a missing file', async () => {
    const error = await loadConfig({ cwd: fixtures, path: 'nope.yaml' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'nope.yaml: expected a configuration file, but it does not exist',
    );
  });
});

describe('person thresholds', () => {
  it('lets a person’s own ratio replace the global absolute hours for that level', () => {
    const { config } = validateConfigText(
      [
        'thresholds: { warnHours: 20, criticalHours: 30 }',
        'people:',
        '  - id: a',
        '    thresholds: { warn: 0.95, critical: 1.5 }',
        '  - id: b',
      ].join('\n'),
      { file: 'engage-load.yaml', shown: 'engage-load.yaml' },
    );
    const [a, b] = config.people;
    expect(a!.thresholds.warnHours).toBeUndefined();
    expect(a!.thresholds.criticalHours).toBeUndefined();
    expect([a!.thresholds.warn, a!.thresholds.critical]).toEqual([0.95, 1.5]);
    expect([b!.thresholds.warnHours, b!.thresholds.criticalHours]).toEqual([20, 30]);
  });
});
