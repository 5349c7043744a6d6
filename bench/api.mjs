// wrk against the release server on loopback, SQLite in a fresh file (then a
// fresh PostgreSQL database when DATABASE_URL names a server): the
// server's own index.html, the static file (the ceiling), the home page (the
// same file with its loading page filled in, from memory), the public offer, status lookups and
// submissions, each at fixed concurrency for a fixed time; requests per
// second, p50 and p99 latency, and the ratio to the ceiling. Submissions are
// then counted in the database: every acknowledged one must be there.
// Rate limits are lifted for the run (they would answer 429 to one client).
// Prints a table; writes bench/out/api.json.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/support.mjs';
import { onFreshPostgres } from './postgres.mjs';

const DURATION = process.env.BENCH_DURATION || '10s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS || '32';
const here = new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'portal-bench-'));

const application = {
  structure: {
    kind: 'association', name: 'Banc d’essai des jardins', purpose: 'Mesurer la tenue du service sous une charge soutenue.',
    activities: 'Des envois répétés de la même demande.', country: 'FR', postal_code: '75011', french_speaking: true,
  },
  needs: { accounts: 10, storage_gb: 10, apps: ['files', 'office'] },
  contact: { name: 'Charge Test', email: 'bench@example.org' },
  motivation: 'Vérifier que chaque demande acceptée par le serveur est bien enregistrée.',
  consents: { terms: true, surveys: true },
  locale: 'fr',
};

function toMs(text) {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60000 }[match[2]];
  return Number(match[1]) * factor;
}

// Asynchronous, so that this process keeps reading the server's log while
// wrk runs (a full pipe would stall the server).
async function wrk(url, bodyFile) {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency'];
  if (bodyFile) args.push('-s', join(here, 'wrk/post.lua'));
  args.push(url);
  const { stdout: output } = await promisify(execFile)('wrk', args, { encoding: 'utf8', env: { ...process.env, BODY_FILE: bodyFile || '' } });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(output)?.[1] || '');
  const p99 = toMs(/\s99%\s+(\S+)/.exec(output)?.[1] || '');
  const statuses = Object.fromEntries([...output.matchAll(/^status (\d+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
  const errors = /Socket errors: (.*)/.exec(output)?.[1];
  return { rps, p50, p99, statuses, errors };
}

const limitsLifted = '[limits]\nlookup_burst = 4000000000\nlookups_per_minute = 4000000000\nsubmission_burst = 4000000000\nsubmissions_per_minute = 4000000000\n';

/** The four measures against a fresh server on `database` (SQLite when undefined). */
async function measure(database) {
  const server = await startServer({ config: limitsLifted, database });
  const results = {};
  try {
    const submitted = await (await fetch(`${server.url}/api/applications`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(application),
    })).json();
    const statusBody = join(work, 'status.json');
    writeFileSync(statusBody, JSON.stringify({ reference: submitted.reference, secret: submitted.secret }));
    const submitBody = join(work, 'application.json');
    writeFileSync(submitBody, JSON.stringify(application));

    results.ceiling = await wrk(`${server.url}/index.html`);
    results.home = await wrk(`${server.url}/`);
    results.offer = await wrk(`${server.url}/api/offer`);
    results.status = await wrk(`${server.url}/api/applications/status`, statusBody);
    const before = Number(server.sql('SELECT COUNT(*) FROM applications'));
    results.submit = await wrk(`${server.url}/api/applications`, submitBody);
    const stored = Number(server.sql('SELECT COUNT(*) FROM applications')) - before;
    results.submit.acknowledged = results.submit.statuses['201'] || 0;
    results.submit.stored = stored;
  } finally {
    await server.stop();
  }
  return results;
}

const results = { duration: DURATION, connections: Number(CONNECTIONS), sqlite: await measure() };
results.postgres = await onFreshPostgres('portal_bench', measure);

const line = (name, r, ceiling) => {
  const ratio = (r.rps / ceiling.rps).toFixed(2);
  const statuses = Object.entries(r.statuses || {}).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   ${ratio}× ceiling ${statuses}${r.errors ? `  socket errors: ${r.errors}` : ''}`);
};
for (const [backend, name] of [['sqlite', 'SQLite'], ['postgres', 'PostgreSQL']]) {
  const r = results[backend];
  if (!r) {
    console.log(`${name}: not measured (set DATABASE_URL to a PostgreSQL server, for example with scripts/postgres.sh)`);
    continue;
  }
  console.log(`${name}, ${CONNECTIONS} connections, ${DURATION} each, 2 wrk threads, server and load on the same machine`);
  line('GET /index.html (ceiling)', r.ceiling, r.ceiling);
  line('GET / (from memory)', r.home, r.ceiling);
  line('GET /api/offer', r.offer, r.ceiling);
  line('POST status lookup', r.status, r.ceiling);
  line('POST submission', r.submit, r.ceiling);
  console.log(`submissions acknowledged (201): ${r.submit.acknowledged}; found in the database afterwards: ${r.submit.stored}\n`);
}
writeFileSync(new URL('out/api.json', import.meta.url), JSON.stringify(results, null, 2));
