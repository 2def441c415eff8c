/** Content lines as RFC 5545 writes them: escaped text, lines folded at 75 octets, CRLF or LF. */

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A parameter value is quoted when it holds characters that would end it. */
export function param(value: string): string {
  return /[:;,]/.test(value) ? `"${value}"` : value;
}

/** UTF-8 length of one code point. */
const octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds at 75 octets without splitting a multi-byte character (continuations start with a space). */
export function fold(line: string): string[] {
  // Most lines are short ASCII; the generator writes megabytes, so keep that path cheap.
  if (line.length <= 75 && !/[^ -~]/.test(line)) return [line];
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(out.length === 0 ? current : ` ${current}`);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(out.length === 0 ? current : ` ${current}`);
  return out;
}

export class Lines {
  private readonly out: string[] = [];

  constructor(private readonly folding: boolean) {}

  add(line: string): void {
    if (this.folding) this.out.push(...fold(line));
    else this.out.push(line);
  }

  addAll(lines: string[]): void {
    for (const l of lines) this.add(l);
  }

  text(eol: '\r\n' | '\n'): string {
    return this.out.join(eol) + eol;
  }
}
