import { writeFile } from 'node:fs/promises';
import { formatFinding } from '../findings/format.js';
import type { Finding } from '../types.js';

/** Writes the command's result to --out or stdout: stdout carries nothing but this. */
export async function writeOutput(content: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out) {
    await writeFile(out, content);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(content, (error) => (error ? reject(error) : resolve()));
  });
}

/** Findings go to stderr, one sentence a line. */
export function printFindings(findings: readonly Finding[]): void {
  for (const f of findings) process.stderr.write(`engage-load: ${f.severity}: ${formatFinding(f)}\n`);
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
