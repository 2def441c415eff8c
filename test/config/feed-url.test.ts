import { describe, expect, it } from 'vitest';
import { isFeedUrl } from '../../src/config/feed-url.js';

describe('isFeedUrl', () => {
  it('takes http, https and webcal in any case, and nothing else', () => {
    for (const url of [
      'http://x.example/a.ics',
      'https://x.example/a.ics',
      'webcal://x.example/a',
      'HTTPS://X',
    ])
      expect(isFeedUrl(url), url).toBe(true);
    for (const path of ['exports/a.ics', '/abs/https://x', 'ftp://x.example/a.ics', 'https:/one-slash', '-'])
      expect(isFeedUrl(path), path).toBe(false);
  });
});
