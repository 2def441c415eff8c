/** Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1252. */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252'; unfoldedBytes: boolean }
  | { ok: false; reason: 'empty' | 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Removes folds (CRLF or LF followed by a space or tab) at byte level, for exporters that fold inside a character. */
function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a && (bytes[i + 2] === 0x20 || bytes[i + 2] === 0x09)) {
      i += 2;
      continue;
    }
    if (b === 0x0a && (bytes[i + 1] === 0x20 || bytes[i + 1] === 0x09)) {
      i += 1;
      continue;
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

export function decodeCalendar(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16',
      unfoldedBytes: false,
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16',
      unfoldedBytes: false,
    };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) return { ok: false, reason: 'binary' };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8', unfoldedBytes: false };
  } catch {
    // A fold may have split a multi-byte character: join the folds first, then try again.
  }
  const unfolded = unfoldBytes(body);
  try {
    return { ok: true, text: utf8.decode(unfolded), encoding: 'utf-8', unfoldedBytes: true };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      unfoldedBytes: false,
    };
  }
}
