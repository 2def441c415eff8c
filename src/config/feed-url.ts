/**
 * Whether a calendar as given (on the command line or in a config) is a feed URL rather than a
 * path: http, https or webcal (read as https), any case. Paths are resolved against a folder; URLs
 * are kept as written.
 */
export function isFeedUrl(spec: string): boolean {
  return /^(https?|webcal):\/\//i.test(spec);
}
