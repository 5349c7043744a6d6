// Lighthouse in its default mobile preset (emulated mid-range phone,
// simulated slow 4G) on the home page, the FAQ and the first wizard step,
// three runs each with a fresh browser, against the release server. Prints
// the median scores and LCP, TBT, CLS; writes bench/out/page.json.
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/support.mjs';

const pages = [
  ['home', '/'],
  ['faq', '/faq'],
  ['apply', '/apply'],
];
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The LCP element's selector and text, and the phase that took longest. */
function lcpElement(lhr) {
  const tables = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = tables.flatMap((t) => t.items ?? []).find((i) => i.node)?.node;
  const phases = tables.flatMap((t) => t.items ?? []).filter((i) => i.phase);
  const longest = phases.sort((a, b) => b.timing - a.timing)[0];
  if (!node) return '?';
  return `${node.selector} "${(node.nodeLabel ?? '').slice(0, 40)}"`
    + (longest ? ` (longest phase: ${longest.phase}, ${Math.round(longest.timing)} ms)` : '');
}

const server = await startServer();
const results = {};
try {
  for (const [name, path] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const { lhr } = await lighthouse(server.url + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          fcp: lhr.audits['first-contentful-paint'].numericValue,
          lcpElement: lcpElement(lhr),
          failed,
        });
      } finally {
        await chrome.kill();
      }
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    results[name] = {
      path,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      lcp: Math.round(pick('lcp')),
      fcp: Math.round(pick('fcp')),
      tbt: Math.round(pick('tbt')),
      cls: Number(pick('cls').toFixed(3)),
      failed: [...new Set(runs.flatMap((r) => r.failed))],
      lcpElement: runs.map((r) => r.lcpElement).find((e) => e !== '?') ?? '?',
    };
    const r = results[name];
    console.log(`${name.padEnd(6)} ${path.padEnd(7)} performance ${r.performance}  accessibility ${r.accessibility}  best practices ${r.bestPractices}  SEO ${r.seo}  `
      + `FCP ${r.fcp} ms  LCP ${r.lcp} ms  TBT ${r.tbt} ms  CLS ${r.cls}\n       LCP element: ${r.lcpElement}`
      + (r.failed.length ? `\n       failed audits: ${r.failed.join(', ')}` : ''));
  }
} finally {
  await server.stop();
}
writeFileSync(new URL('out/page.json', import.meta.url), JSON.stringify(results, null, 2));
