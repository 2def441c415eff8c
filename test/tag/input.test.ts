import { describe, expect, it } from 'vitest';
import { tagInputOf } from '../../src/tag/input.js';
import { attendees, occurrence } from './factory.js';

describe('tagInputOf', () => {
  it("lists each distinct address's domain once, by domain, the organizer's first among equal domains", () => {
    const o = occurrence({
      organizer: 'mailto:Chair@North.nhs.uk',
      attendees: attendees(
        'b@south.nhs.uk',
        'chair@north.nhs.uk',
        'a@north.nhs.uk',
        'x@acme.example',
        'B@SOUTH.nhs.uk',
        'nobody',
      ),
    });
    expect(tagInputOf(o).input.addresses).toEqual([
      { domain: 'acme.example', organizer: false },
      { domain: 'north.nhs.uk', organizer: true },
      { domain: 'north.nhs.uk', organizer: false },
      { domain: 'south.nhs.uk', organizer: false },
    ]);
  });

  it('gives equal keys to events whose addresses differ only in order', () => {
    const a = occurrence({
      uid: 'a',
      attendees: attendees('p@south.nhs.uk', 'q@north.nhs.uk', 'r@east.nhs.uk'),
    });
    const b = occurrence({
      uid: 'b',
      attendees: attendees('r@east.nhs.uk', 'p@south.nhs.uk', 'q@north.nhs.uk'),
    });
    expect(tagInputOf(a, false).key).toBe(tagInputOf(b, false).key);
    expect(tagInputOf(a, true).key).not.toBe(tagInputOf(b, true).key);
  });
});
