import type { Finding } from '../types.js';
import type { MessageMap } from './message-map.js';

function d(f: Finding, key: string): string {
  return String(f.data?.[key] ?? '');
}

/** Sentences for config warnings. File and line are prefixed by the formatter; the path says where inside. */
export const configMessages: MessageMap = {
  'config.unknown-key': (f) => `${d(f, 'path')}: unknown key "${d(f, 'key')}" ignored (check its spelling).`,
  'config.shared-keyword': (f) =>
    `${d(f, 'path')}: keyword "${d(f, 'keyword')}" of ${d(f, 'owner')} is also a keyword of ${d(f, 'other')} (${d(f, 'otherPath')}); the one listed first wins.`,
  'config.shared-domain': (f) =>
    `${d(f, 'path')}: domain ${d(f, 'domain')} of ${d(f, 'owner')} is also a domain of ${d(f, 'other')} (${d(f, 'otherPath')}); the one listed first wins.`,
  'config.shared-email': (f) =>
    `${d(f, 'path')}: ${d(f, 'email')} is listed for both ${d(f, 'other')} and ${d(f, 'owner')}.`,
  'config.no-systems': () =>
    'systems: no system defined, so every meeting hour is unassigned; list the regional systems (engage-load init suggests some).',
  'config.no-people': () =>
    'people: nobody listed, so calendars are named after their files and nobody has a role, cover or contracted hours.',
  'config.several-files': (f) => `used this configuration; ignored ${d(f, 'ignored')} in the same folder.`,
};
