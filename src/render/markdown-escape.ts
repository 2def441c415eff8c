/** Escapes text for a table cell or a line: no markup, no broken tables, no raw HTML. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}
