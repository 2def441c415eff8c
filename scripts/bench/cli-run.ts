/** Runs the built CLI (or any script) as a child process, as a user does, with its wall time and peak RSS. */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ChildRun {
  ms: number;
  maxRssMB: number;
  exitCode: number | null;
  /** What the child wrote on stdout: kept in memory only when asked (small outputs). */
  stdout: string | null;
}

export interface ChildOptions {
  script: string;
  args: string[];
  cwd: string;
  nodeFlags: string[];
  /** Preloaded (node --import) to record the peak RSS. */
  rssHook: string;
  /** Write stdout to this file instead of discarding it. */
  saveTo?: string;
  keepStdout?: boolean;
}

export async function runChild(o: ChildOptions): Promise<ChildRun> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'engage-load-bench-rss-'));
  const rssFile = path.join(tmp, 'rss');
  const out = o.saveTo ? openSync(o.saveTo, 'w') : null;
  try {
    const started = performance.now();
    const child = spawn(process.execPath, [...o.nodeFlags, '--import', o.rssHook, o.script, ...o.args], {
      cwd: o.cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', out ?? (o.keepStdout ? 'pipe' : 'ignore'), 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      if (stderr.length < 4000) stderr += c.toString();
    });
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code));
    });
    const ms = performance.now() - started;
    if (exitCode !== 0 && exitCode !== 1 && exitCode !== 3) {
      throw new Error(`${path.basename(o.script)} ${o.args.join(' ')} exited ${exitCode}: ${stderr.trim()}`);
    }
    const kib = Number(readFileSync(rssFile, 'utf8'));
    return {
      ms,
      maxRssMB: Math.round(kib / 1024),
      exitCode,
      stdout: o.keepStdout ? Buffer.concat(chunks).toString() : null,
    };
  } finally {
    if (out !== null) closeSync(out);
    rmSync(tmp, { recursive: true, force: true });
  }
}
