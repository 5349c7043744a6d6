// Writes the latest figures of bench/out/*.json as a Markdown table, with the
// date and the machine, into the README between its bench markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const out = (name) => JSON.parse(readFileSync(new URL(`out/${name}.json`, import.meta.url), 'utf8'));
const size = out('size');
const page = out('page');
const api = existsSync(new URL('out/api.json', import.meta.url)) ? out('api') : null;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() || 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;

const { chunks, single } = size;
const lighthouse = (name) => {
  const p = page[name];
  return p ? `${p.performance} / ${p.accessibility} / ${p.bestPractices} / ${p.seo} | ${(p.lcp / 1000).toFixed(1)} s | ${p.tbt} ms | ${p.cls}` : '- | - | - | -';
};
const rows = [
  `Measured on ${date}, ${machine}, by \`bench/bench.sh ${api ? 'all' : 'size` and `bench/bench.sh page'}\`.`,
  '',
  '| Page | First visit (brotli), in chunks | as one bundle | Lighthouse mobile: performance / accessibility / best practices / SEO | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|---|',
  ...Object.keys(chunks.deepLinks).map((name) => {
    const c = chunks.deepLinks[name];
    const s = single?.deepLinks[name];
    const drawn = c.ahead?.files
      ? `${kb(c.total.brotli - c.ahead.total.brotli)} in ${c.files.length - c.ahead.files} files, then ${kb(c.ahead.total.brotli)} fetched ahead`
      : `${kb(c.total.brotli)} in ${c.files.length} files`;
    return `| \`${c.path}\` | ${drawn} | ${s ? kb(s.total.brotli) : '-'} | ${lighthouse(name)} |`;
  }),
  '',
  `A session that visits every public page: ${kb(chunks.session.total.brotli)} in ${chunks.session.files} files`
    + (single ? `, as one bundle ${kb(single.session.total.brotli)}.` : '.'),
  `Usable on a slow phone (4× slower CPU, 1.6 Mbit/s, 150 ms; median of 5): `
    + Object.entries(chunks.usable).map(([path, ms]) => `\`${path}\` ${(ms / 1000).toFixed(2)} s`
      + (single ? ` (one bundle ${(single.usable[path] / 1000).toFixed(2)} s)` : '')).join(', ') + '.',
  ...(api ? [['sqlite', 'SQLite'], ['postgres', 'PostgreSQL']] : []).flatMap(([backend, name]) => {
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
if (!api) {
  // `size` and `page` alone: the API's figures of the last `all` stay.
  const block = text.slice(text.indexOf(start), text.indexOf(end)).split('\n');
  const from = block.findIndex((line) => line.startsWith('| API on'));
  const kept = from < 0 ? [] : block.slice(from).filter((line) => !line.startsWith('Server and load share'));
  while (kept.length && kept.at(-1) === '') kept.pop();
  // The API's own date if an earlier run kept it, the whole table's otherwise.
  const dated = block.find((line) => line.startsWith('API (measured on'))?.match(/on (\S+)\):/)?.[1]
    ?? block.find((line) => line.startsWith('Measured on'))?.match(/on (\S+),/)?.[1];
  rows.splice(rows.length - 2, 0, '', `API (measured on ${dated ?? 'an earlier day'}):`, '', ...kept);
}
const updated = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${rows.join('\n')}\n${end}`);
writeFileSync(readme, updated);
console.log(rows.join('\n'));
