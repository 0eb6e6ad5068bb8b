// Measures a journal write on a new connection while 16 keep-alive readers keep the server busy (wrk), against
// the same writes on an idle server in the same run. Target: p99 under load < 50 ms.
// Usage: TRUENORTH_BIN=build/truenorth node bench/write_under_load.mjs [WRITES]
import { spawn } from 'node:child_process';
import http from 'node:http';
import { startServer } from '../tests/support/server.mjs';

const writes = Number(process.argv[2] ?? 200);
const readers = Number(process.env.READERS ?? 16);

// One POST on a connection of its own (no keep-alive agent); resolves to its milliseconds.
function writeOnNewConnection(server, i) {
  const body = JSON.stringify({ kind: 'free', date: '2026-03-04', body: `Written under load, number ${i}.`, tags: ['bench'] });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}/api/journal/entries`, {
      method: 'POST', agent: false,
      headers: { Authorization: `Bearer ${server.token}`, 'X-Requested-With': 'truenorth', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 201 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function measureWrites(server) {
  const times = [];
  for (let i = 0; i < writes; i += 1) {
    times.push(await writeOnNewConnection(server, i));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { p50: at(0.5), p99: at(0.99), max: times[times.length - 1] };
}

const server = await startServer();
try {
  const idle = await measureWrites(server);
  const wrk = spawn('wrk', ['-t2', `-c${readers}`, '-d600s', '-H', `Authorization: Bearer ${server.token}`, `${server.url}/api/journal/entries`], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 1000));  // let the readers take their connections
  const loaded = await measureWrites(server);
  wrk.kill('SIGINT');
  const row = (name, r) => `${name.padEnd(34)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}`;
  console.log(`${'POST /api/journal/entries, new connection'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  console.log(row('idle server', idle));
  console.log(row(`${readers} busy keep-alive readers`, loaded));
  console.log(`p99 under load / idle p99: ${(loaded.p99 / idle.p99).toFixed(2)}x (target: p99 under load < 50 ms)`);
} finally {
  await server.stop();
}
