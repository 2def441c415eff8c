import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_OPTIONS, generateTrust } from '../../scripts/demo/generate.js';
import { Rng } from '../../scripts/demo/prng.js';

const fixtures = join(import.meta.dirname, '../../fixtures/demo');

describe('the demo generator is deterministic', () => {
  const first = generateTrust(DEMO_OPTIONS).files;

  it('gives identical text for the same seed', () => {
    expect(generateTrust(DEMO_OPTIONS).files).toEqual(first);
  });

  it('gives different calendars for another seed', () => {
    const other = generateTrust({ ...DEMO_OPTIONS, seed: DEMO_OPTIONS.seed + 1 }).files;
    expect(other.map((f) => f.path)).toEqual(first.map((f) => f.path));
    expect(other.find((f) => f.path.endsWith('priya-lindqvist.ics'))!.text).not.toBe(
      first.find((f) => f.path.endsWith('priya-lindqvist.ics'))!.text,
    );
  });

  it('matches the committed fixtures byte for byte (regenerate with write-demo if this fails)', () => {
    for (const f of first) expect(readFileSync(join(fixtures, f.path), 'utf8'), f.path).toBe(f.text);
  });

  it('writes one calendar per executive and the config', () => {
    expect(first.map((f) => f.path).sort()).toEqual([
      'calendars/aisha-rahman-cole.ics',
      'calendars/daniel.featherstone@northmoor-ambulance.example.nhs.uk.ics',
      'calendars/grace.whitfield@northmoor-ambulance.example.nhs.uk.ics',
      'calendars/nadia-petrosyan.ics',
      'calendars/priya-lindqvist.ics',
      'calendars/rachel-thornbury.ics',
      'calendars/samuel-okafor-reid.ics',
      'calendars/tom.halloran@northmoor-ambulance.example.nhs.uk.ics',
      'engage-load.yaml',
    ]);
  });
});

describe('Rng (mulberry32)', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });

  it('int() covers both ends of its range', () => {
    const r = new Rng(7);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});
