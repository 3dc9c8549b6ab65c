import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const lifecycle = new URL('./lifecycle.ts', import.meta.url).href;

// A process whose one server is a plain HTTP server run by serveUntilSignal; it prints what happens.
const script = `
import http from 'node:http';
import { serveUntilSignal } from ${JSON.stringify(lifecycle)};
const server = http.createServer((_, res) => res.end('ok'));
await serveUntilSignal(
  {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve({ url: 'http://127.0.0.1:' + server.address().port + '/' }));
      }),
    stop: () => new Promise((resolve) => { console.log('stopping'); server.close(() => resolve()); }),
  },
  { what: 'test server', port: Number(process.env.TEST_PORT), host: '127.0.0.1', telemetry: null, ready: (url) => console.log('ready ' + url) },
);
`;

function runPart(port: number) {
  const child = spawn(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], {
    env: { ...process.env, TEST_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /ready (\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    void exited.then(() => reject(new Error(`exited before it was ready: ${stderr}`)));
  });
  ready.catch(() => undefined); // awaited only by the tests that expect it ready
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

describe('a process serving until a signal', () => {
  let taken: http.Server;
  let takenPort: number;
  beforeAll(async () => {
    taken = http.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    takenPort = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('says why it cannot listen, stops what had started and exits 1', async () => {
    const part = runPart(takenPort);
    expect(await part.exited).toBe(1);
    expect(part.output().stderr).toContain(`Port ${takenPort} is already in use, so the test server cannot start`);
    expect(part.output().stdout).toContain('stopping');
  }, 30_000);

  it('answers until SIGTERM, then stops its server and exits 0', async () => {
    const part = runPart(0);
    const url = await part.ready;
    expect(await (await fetch(url)).text()).toBe('ok');
    part.child.kill('SIGTERM');
    expect(await part.exited).toBe(0);
    expect(part.output().stdout).toContain('stopping');
  }, 30_000);
});
