import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../../src/config/validate.js';
import { configMessages } from '../../src/findings/config-messages.js';
import { findingSentence } from '../../src/findings/format.js';

describe('config warning sentences', () => {
  it('exist for every warning code and name the path', () => {
    const text = [
      'colour: blue',
      'people:',
      '  - { id: a, emails: [x@t.nhs.uk] }',
      '  - { id: b, emails: [x@t.nhs.uk] }',
      'systems:',
      '  - { id: north, keywords: [Joint Board], domains: [j.nhs.uk] }',
      '  - { id: south, keywords: [joint board], domains: [j.nhs.uk] }',
      '',
    ].join('\n');
    const { findings } = validateConfigText(text, { file: '/t/engage-load.yaml', shown: 'engage-load.yaml' });
    const sentences = findings.map(findingSentence);
    expect(sentences).toEqual([
      'colour: unknown key "colour" ignored (check its spelling).',
      'systems[1].keywords[0]: keyword "joint board" of south is also a keyword of north (systems[0].keywords[0]); the one listed first wins.',
      'systems[1].domains[0]: domain j.nhs.uk of south is also a domain of north (systems[0].domains[0]); the one listed first wins.',
      'people[1].emails[0]: x@t.nhs.uk is listed for both a and b.',
    ]);
    expect(
      configMessages['config.several-files']({
        code: 'config.several-files',
        severity: 'warning',
        data: { path: '', ignored: 'engage-load.json' },
      }),
    ).toBe('used this configuration; ignored engage-load.json in the same folder.');
  });
});
