/**
 * The same text as a string of its own. V8 keeps a substring as a view into the string it was cut
 * from, so one title kept from a calendar keeps that whole decoded file (megabytes) alive; at
 * national scale the occurrences held every file's text. Concatenating and slicing forces V8 to
 * copy the characters into a new string of the substring's own length.
 */
export function own(s: string): string {
  return (' ' + s).slice(1);
}
