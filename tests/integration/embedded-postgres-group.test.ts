import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '@sesao28/kit/embedded-postgres';
import { freePort } from '@sesao28/kit/testing';
import { afterAll, describe, expect, it } from 'vitest';

/** A process's group, from /proc (the fifth field of its stat line, after the command in brackets). */
const processGroupOf = (pid: number | 'self'): number => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]);

describe("npm start's embedded database", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sesao28-pg-group-'));
  chmodSync(dir, 0o755); // as root, the server runs as the postgres user and must enter it
  let server: RunningPostgres | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs in a process group of its own, so a Ctrl-C at the terminal leaves its stopping to the supervisor', async () => {
    const dataDir = path.join(dir, 'data');
    server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, stopsItself: true });
    // The server's main process (its backends each lead a group of their own): postmaster.pid's first line.
    const serverPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(processGroupOf(serverPid)).not.toBe(processGroupOf('self'));
  }, 120_000);
});
