// Writes the latest figures of bench/out/*.json as a Markdown table, with the
// date and the machine, into the README between its bench markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const out = (name) => JSON.parse(readFileSync(new URL(`out/${name}.json`, import.meta.url), 'utf8'));
const size = out('size');
const page = out('page');
const api = out('api');
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() || 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;

const rows = [
  `Measured on ${date}, ${machine}, by \`bench/bench.sh all\`.`,
  '',
  '| Page | First visit (brotli) | Lighthouse mobile: performance / accessibility / best practices / SEO | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|',
  ...Object.keys(page).map((name) => {
    const p = page[name];
    return `| \`${p.path}\` | ${kb(size[name].total.brotli)} (raw ${kb(size[name].total.raw)}) | ${p.performance} / ${p.accessibility} / ${p.bestPractices} / ${p.seo} | ${(p.lcp / 1000).toFixed(1)} s | ${p.tbt} ms | ${p.cls} |`;
  }),
  ...[['sqlite', 'SQLite'], ['postgres', 'PostgreSQL']].flatMap(([backend, name]) => {
    const r = api[backend];
    if (!r) return ['', `${name}: not measured in this run.`];
    return [
      '',
      `| API on ${name} (${api.connections} connections, ${api.duration}) | Requests/s | p50 | p99 | vs. ceiling |`,
      '|---|---|---|---|---|',
      ...[['`GET /index.html` (ceiling: the static file)', r.ceiling],
        ['`GET /` (the same page filled in for the home, from memory)', r.home], ['`GET /api/offer`', r.offer],
        ['`POST /api/applications/status`', r.status], ['`POST /api/applications`', r.submit]]
        .map(([label, m]) => `| ${label} | ${Math.round(m.rps)} | ${m.p50.toFixed(1)} ms | ${m.p99.toFixed(1)} ms | ${(m.rps / r.ceiling.rps).toFixed(2)} |`),
      '',
      `${name}: submissions acknowledged (201): ${r.submit.acknowledged}; found in the database afterwards: ${r.submit.stored} `
        + '(any more were in flight when wrk stopped: stored, answered after the count).',
    ];
  }),
  '',
  'Server and load share the 2 cores.',
];
const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (!text.includes(start) || !text.includes(end)) throw new Error('README has no bench markers');
const updated = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${rows.join('\n')}\n${end}`);
writeFileSync(readme, updated);
console.log(rows.join('\n'));
