import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read/read.js';

const CALENDAR =
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261116T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('readInputs: files, folders and stdin', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'engage-load-read-'));
  mkdirSync(path.join(dir, 'exports', 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'exports', 'b.ics'), CALENDAR);
  writeFileSync(path.join(dir, 'exports', 'sub', 'a.ICS'), CALENDAR);
  writeFileSync(path.join(dir, 'exports', 'notes.txt'), 'not a calendar');

  it('reads every .ics below a folder (any case), in name order, named relative to what was given', async () => {
    const r = await readInputs(['exports'], { cwd: dir });
    expect(r.sources.map((s) => s.name)).toEqual([
      path.join('exports', 'b.ics'),
      path.join('exports', 'sub', 'a.ICS'),
    ]);
    expect(r.sources[0]!.location).toBe(path.join(dir, 'exports', 'b.ics'));
    expect(text(r.sources[1]!.bytes)).toBe(CALENDAR);
    expect(r.findings).toEqual([]);
  });

  it('reads a linked calendar in a folder as the file it links to, and reports a link to nothing by its name', async () => {
    const linked = path.join(dir, 'linked');
    mkdirSync(linked);
    symlinkSync(path.join(dir, 'exports', 'b.ics'), path.join(linked, 'b.ics'));
    symlinkSync(path.join(dir, 'nowhere.ics'), path.join(linked, 'gone.ics'));
    writeFileSync(path.join(linked, 'c.ics'), CALENDAR);
    const r = await readInputs(['linked'], { cwd: dir });
    expect(r.sources.map((s) => s.name)).toEqual([
      path.join('linked', 'b.ics'),
      path.join('linked', 'c.ics'),
    ]);
    expect(text(r.sources[0]!.bytes)).toBe(CALENDAR);
    expect(r.findings).toEqual([
      {
        code: 'input.unreadable',
        severity: 'error',
        file: path.join('linked', 'gone.ics'),
        data: { reason: 'no such file or folder' },
      },
    ]);
  });

  it('reports a missing file and an empty folder, and still reads the rest', async () => {
    const r = await readInputs(['missing.ics', 'empty', 'exports/b.ics'], { cwd: dir });
    expect(r.sources.map((s) => s.name)).toEqual(['exports/b.ics']);
    expect(r.findings).toEqual([
      {
        code: 'input.unreadable',
        severity: 'error',
        file: 'missing.ics',
        data: { reason: 'no such file or folder' },
      },
      {
        code: 'input.unreadable',
        severity: 'error',
        file: 'empty',
        data: { reason: 'folder holds no .ics files' },
      },
    ]);
  });

  it('reads "-" from the stdin reader it is given', async () => {
    const r = await readInputs(['-'], {
      cwd: dir,
      readStdin: async () => new TextEncoder().encode(CALENDAR),
    });
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]!.name).toBe('-');
    expect(text(r.sources[0]!.bytes)).toBe(CALENDAR);
  });
});

describe('readInputs: feed URLs (served from 127.0.0.1)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/jane.ics') res.writeHead(200, { 'content-type': 'text/calendar' }).end(CALENDAR);
      else if (req.url === '/big.ics') res.writeHead(200).end('X'.repeat(5000));
      else if (req.url === '/slow.ics') setTimeout(() => res.writeHead(200).end(CALENDAR), 2000);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads a feed', async () => {
    const r = await readInputs([`${base}/jane.ics`], { cwd: '.' });
    expect(r.findings).toEqual([]);
    expect(r.sources[0]!.name).toBe(`${base}/jane.ics`);
    expect(text(r.sources[0]!.bytes)).toBe(CALENDAR);
  });

  it('says why a feed could not be read: HTTP status, size limit, time-out, refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x.ics`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await readInputs([`${base}/gone.ics`, `${base}/big.ics`, `${base}/slow.ics`, refused], {
      cwd: '.',
      maxBytes: 1000,
      timeoutMs: 300,
    });
    expect(r.sources).toEqual([]);
    expect(r.findings.map((f) => [f.file, f.data?.reason])).toEqual([
      [`${base}/gone.ics`, 'HTTP 404'],
      [`${base}/big.ics`, 'larger than the 1000-byte limit'],
      [`${base}/slow.ics`, 'timed out'],
      [refused, 'connection refused'],
    ]);
  });
});
