// The reviewers' area at scale: a fresh database filled with 100 000
// generated requests (SQL, in one statement, on SQLite and on PostgreSQL
// when DATABASE_URL names a server), then, against the release server on
// loopback, one request at a time, the latencies (p50, p99) of the queue,
// its filters, the search, the dashboard and the public counts, beside a
// plain indexed read (one request by its reference) as the ceiling.
// Prints a table; writes bench/out/scale.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { startServer } from '../tests/support.mjs';
import { onFreshPostgres } from './postgres.mjs';

const application = {
  structure: {
    kind: 'association', name: 'Banc d’essai du tri', purpose: 'Mesurer la file des relecteurs avec beaucoup de demandes.',
    activities: 'Une demande parmi cent mille.', country: 'FR', postal_code: '75011', french_speaking: true,
  },
  needs: { accounts: 10, storage_gb: 10, apps: ['files'] },
  contact: { name: 'Charge Test', email: 'scale@example.org' },
  motivation: 'Lire une demande par sa référence, le plafond des autres mesures.',
  consents: { terms: true, surveys: false },
  locale: 'fr',
};

const COUNT = Number(process.env.BENCH_REQUESTS || 100000);
const RUNS = Number(process.env.BENCH_RUNS || 100);

/** The INSERT that generates `COUNT` requests, in each dialect. */
function fill(postgres) {
  const fields = {
    reference: postgres ? "'FS-B' || lpad(i::text, 7, '0')" : "printf('FS-B%07d', i)",
    secret: postgres ? "'\\x00'::bytea" : "x'00'",
    at: postgres
      ? "to_char(timestamp '2026-05-01' + (i * 173 % 17280000) * interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
      : "strftime('%Y-%m-%dT%H:%M:%SZ', '2026-05-01', '+' || (i * 173 % 17280000) || ' seconds')",
  };
  const source = postgres ? 'generate_series(1, ' + COUNT + ') AS n(i)' : 'n';
  const prefix = postgres ? '' : `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT}) `;
  return `${prefix}INSERT INTO applications (reference, secret_hash, status, eligibility, kind, country, locale,
      accounts, storage_gb, phase, structure_name, search, answers, created_at, updated_at, notify, related, taken_by)
    SELECT ${fields.reference}, ${fields.secret},
      CASE i % 10 WHEN 5 THEN 'accepted' WHEN 6 THEN 'waitlisted' WHEN 7 THEN 'refused'
        WHEN 8 THEN 'information_requested' WHEN 9 THEN 'under_review' ELSE 'received' END,
      CASE i % 3 WHEN 0 THEN 'case_by_case' ELSE 'eligible' END,
      CASE i % 5 WHEN 0 THEN 'informal_collective' WHEN 1 THEN 'union' WHEN 2 THEN 'club' ELSE 'association' END,
      CASE i % 20 WHEN 0 THEN 'BE' WHEN 1 THEN 'CH' WHEN 2 THEN 'SN' WHEN 3 THEN 'CA' ELSE 'FR' END,
      'fr', 5 + i % 40, 5 + i % 30,
      CASE WHEN i % 10 IN (5, 6) THEN 1 + i % 3 END,
      'Collectif numéro ' || i, 'collectif numero ' || i || ' jardins velos ateliers du quartier', NULL,
      ${fields.at}, ${fields.at}, 0,
      CASE WHEN i % 50 = 0 THEN 1 ELSE 0 END,
      CASE WHEN i % 7 = 0 THEN 'Alice' END
    FROM ${source}`;
}

const REASONS = "CASE id % 3 WHEN 0 THEN 'duplicate' WHEN 1 THEN 'out_of_scope' ELSE 'incomplete_or_unclear' END";

function run(server, postgres, sql) {
  return postgres
    ? execFileSync('psql', [server.database, '-qc', sql])
    : execFileSync('sqlite3', [server.database, sql]);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(url, token) {
  const latencies = [];
  let status = 0;
  for (let i = 0; i < RUNS + 5; i += 1) {
    const start = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    status = response.status;
    if (i >= 5) latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  return { status, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function measure(database) {
  const postgres = Boolean(database);
  const server = await startServer({ database });
  try {
    const started = performance.now();
    run(server, postgres, fill(postgres));
    run(server, postgres, `INSERT INTO application_events (application_id, at, actor, status, reason, kind)
      SELECT id, updated_at, 'Alice', 'refused', ${REASONS}, 'move' FROM applications WHERE status = 'refused'`);
    run(server, postgres, postgres ? 'ANALYZE' : 'ANALYZE');
    const filled = (performance.now() - started) / 1000;
    const token = execFileSync(process.env.PORTAL_SERVER, ['--database', server.database, 'reviewer', 'add', 'Alice', '--role', 'coordinator'], { encoding: 'utf8' }).trim();
    // One real request among the generated ones, for the indexed read.
    const { reference } = await (await fetch(`${server.url}/api/applications`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(application),
    })).json();
    const base = `${server.url}/api/review/applications`;
    const routes = [
      ['one request by reference (ceiling)', `${base}/${reference}`],
      ['queue, first page', base],
      ['queue, page 500', `${base}?page=500`],
      ['queue, status + kind filter', `${base}?status=received&kind=association&page=20`],
      ['queue, taken by me', `${base}?taken=mine`],
      ['queue, related requests', `${base}?related=true`],
      ['search, one word', `${base}?q=jardins`],
      ['search, a rare name', `${base}?q=numero%2099999`],
      ['dashboard', `${server.url}/api/review/dashboard`],
      ['public counts (GET /api/offer)', `${server.url}/api/offer`],
    ];
    const results = { requests: Number(server.sql('SELECT COUNT(*) FROM applications')), filled_seconds: filled, routes: {} };
    for (const [name, url] of routes) results.routes[name] = await time(url, token);
    return results;
  } finally {
    await server.stop();
  }
}

const results = { runs: RUNS, sqlite: await measure() };
results.postgres = await onFreshPostgres('portal_scale', measure);
for (const [backend, name] of [['sqlite', 'SQLite'], ['postgres', 'PostgreSQL']]) {
  const r = results[backend];
  if (!r) {
    console.log(`${name}: not measured (set DATABASE_URL to a PostgreSQL server, for example with scripts/postgres.sh)`);
    continue;
  }
  console.log(`${name}: ${r.requests} requests (filled in ${r.filled_seconds.toFixed(1)} s), ${RUNS} runs each, one at a time`);
  const ceiling = r.routes['one request by reference (ceiling)'];
  for (const [route, t] of Object.entries(r.routes)) {
    console.log(`${route.padEnd(36)} p50 ${t.p50.toFixed(1).padStart(7)} ms   p99 ${t.p99.toFixed(1).padStart(7)} ms   ${(t.p50 / ceiling.p50).toFixed(1)}× ceiling${t.status === 200 ? '' : `   status ${t.status}`}`);
  }
  console.log('');
}
writeFileSync(new URL('out/scale.json', import.meta.url), JSON.stringify(results, null, 2));
