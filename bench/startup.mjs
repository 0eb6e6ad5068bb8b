// Measures program start to first answered request: spawns truenorth and polls /api/health with the access
// token it creates beside the database (read as soon as it is there).
// Usage: node bench/startup.mjs BINARY RUNS  -> prints the median and worst milliseconds.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [binary, runs = '10'] = process.argv.slice(2);

async function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function once() {
  const dir = mkdtempSync(path.join(tmpdir(), 'truenorth-bench-'));
  const port = await freePort();
  const started = performance.now();
  const db = path.join(dir, 'bench.db');
  const proc = spawn(binary, ['--port', String(port), '--db', db], { stdio: 'ignore' });
  let elapsed = null;
  while (elapsed === null) {
    try {
      const token = readFileSync(`${db}.token`, 'utf8').trim();
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { Authorization: `Bearer ${token}` } });
      if (response.ok) elapsed = performance.now() - started;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    if (performance.now() - started > 5000) throw new Error('server did not answer within 5 s');
  }
  proc.kill('SIGTERM');
  await new Promise((resolve) => proc.on('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

const times = [];
for (let i = 0; i < Number(runs); i++) times.push(await once());
times.sort((a, b) => a - b);
console.log(`${times[Math.floor(times.length / 2)].toFixed(1)} ${times[times.length - 1].toFixed(1)}`);
