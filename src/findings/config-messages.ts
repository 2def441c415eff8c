import type { ConfigCode, Messages } from './types.js';

/** Sentences for config warnings. File and line are prefixed by the formatter; the path says where inside. */
export const configMessages: Messages<ConfigCode> = {
  'config.unknown-key': ({ data: d }) => `${d.path}: unknown key "${d.key}" ignored (check its spelling).`,
  'config.shared-keyword': ({ data: d }) =>
    `${d.path}: keyword "${d.keyword}" of ${d.owner} is also a keyword of ${d.other} (${d.otherPath}); the one listed first wins.`,
  'config.shared-domain': ({ data: d }) =>
    `${d.path}: domain ${d.domain} of ${d.owner} is also a domain of ${d.other} (${d.otherPath}); the one listed first wins.`,
  'config.shared-email': ({ data: d }) =>
    `${d.path}: ${d.email} is listed for both ${d.other} and ${d.owner}.`,
  'config.no-systems': () =>
    'systems: no system defined, so every meeting hour is unassigned; list the regional systems (engage-load init suggests some).',
  'config.no-people': () =>
    'people: nobody listed, so calendars are named after their files and nobody has a role, cover or contracted hours.',
  'config.several-files': ({ data: d }) =>
    `used this configuration; ignored ${d.ignored} in the same folder.`,
};
