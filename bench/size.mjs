// What each public page downloads on a first visit, opened directly (a deep
// link), and what a whole session that visits them all downloads, for the
// app in chunks (dist/) beside the same app as one bundle (bench/single-dist/,
// built by bench.sh without the `split` feature). Every response is counted
// with its raw, gzip (level 9) and brotli (quality 11) size; a page counts as
// visited once its heading is drawn and the network is idle, and what it
// asked for only after it was drawn (the wizard's steps, fetched while its
// front page is read) is told apart. Prints tables; writes bench/out/size.json.
import { existsSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer, launchBrowser } from '../tests/support.mjs';

// Each public page with its target (kB, brotli, to draw); the wizard's
// steps too, each opened directly: on a fresh visit (no answers yet), every
// step after the first leads back to the first one.
const steps = ['kind', 'origin', 'needs', 'identity', 'contact', 'motivation', 'consents', 'check'];
const routes = [
  ['home', '/', 170], ['eligibility', '/eligibility', 220], ['faq', '/faq', 220],
  ['about', '/about', 220], ['privacy', '/privacy', 220], ['legal', '/legal', 220],
  ['accessibility', '/accessibility', 220], ['apply', '/apply', 220], ['status', '/status', 220],
  ['survey', '/survey', 220], ['emails', '/emails', 220],
  ...steps.map((step) => [`apply-${step}`, `/apply/${step}`, 220]),
];

const sizes = (body) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length,
});
const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

/** Records every response of `page` into `files` (by path: a file fetched twice counts once). */
function record(page, files) {
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/api/')) return;
      files.set(path, { path, type: (response.headers()['content-type'] || '').split(';')[0], ...sizes(body) });
    } catch { /* redirects and aborted requests have no body */ }
  });
}

async function settle(page) {
  await page.waitForSelector('main h1:not(:empty)');
  await page.waitForLoadState('networkidle');
}

/** Notes when the app first draws the page's heading (`window.drawnAt`, ms since the navigation). */
function noteDrawn() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('main h1')?.textContent) {
      window.drawnAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The code `page` asked for only after it was drawn (fetched ahead, for what comes next). */
function askedAfterDrawn(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => window.drawnAt !== undefined && r.startTime > window.drawnAt && r.name.endsWith('.wasm'))
    .map((r) => new URL(r.name).pathname));
}

async function measure(browser, url) {
  const deepLinks = {};
  for (const [name, path] of routes) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(noteDrawn);
    const files = new Map();
    record(page, files);
    await page.goto(url + path);
    await settle(page);
    const later = new Set(await askedAfterDrawn(page));
    await context.close();
    const list = [...files.values()].sort((a, b) => b.brotli - a.brotli);
    const ahead = list.filter((f) => later.has(f.path));
    deepLinks[name] = { path, files: list, total: sum(list), ahead: { files: ahead.length, total: sum(ahead) } };
  }
  // A session: the home page, then every other page by the app's navigation.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const files = new Map();
  record(page, files);
  await page.goto(url + '/');
  await settle(page);
  for (const [name, path] of routes.slice(1)) {
    if (name.startsWith('apply-')) continue; // the wizard's steps: reached from its front page
    await page.evaluate((p) => { history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
    await page.waitForFunction((p) => location.pathname === p, path);
    await settle(page);
  }
  await context.close();
  return { deepLinks, session: { files: files.size, total: sum([...files.values()]) } };
}

/**
 * How long `path` takes to become usable on a slow phone (4× slower CPU,
 * 1.6 Mbit/s, 150 ms): from the start of the navigation until the app has
 * drawn `selector` (the home page's heading from the app, the FAQ's search
 * box, the wizard's first button). The median of five fresh visits, in ms
 * (three were seen to differ by 20 % from one run to the next).
 */
async function usable(browser, url, path, selector) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url + path, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: 60000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return Math.round(times.sort((a, b) => a - b)[2]);
}

// Until the app draws the page's first control (the home page: its heading).
const usableWhen = [['/', 'main h1'], ['/faq', '#question-search'], ['/apply', 'main .button.primary'],
  ['/status', '#reference'], ['/survey', '#secret']];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const browser = await launchBrowser();
const results = {};
try {
  for (const [build, dist] of [['chunks', undefined], ['single', new URL('single-dist', import.meta.url).pathname]]) {
    if (dist && !existsSync(dist)) { console.log(`\n(${build}: ${dist} is missing, not measured)`); continue; }
    const server = await startServer({ dist });
    try {
      results[build] = await measure(browser, server.url);
      results[build].usable = {};
      for (const [path, selector] of usableWhen) {
        results[build].usable[path] = await usable(browser, server.url, path, selector);
      }
    } finally { await server.stop(); }
  }
} finally {
  await browser.close();
}

const { chunks, single } = results;
console.log('\nFirst visit as a deep link (brotli), in chunks and as one bundle:');
console.log('  page            chunks     files   one bundle   target');
for (const [name, path, target] of routes) {
  const c = chunks.deepLinks[name];
  const s = single?.deepLinks[name];
  console.log(`  ${path.padEnd(15)} ${kb(c.total.brotli).padStart(9)} ${String(c.files.length).padStart(7)}   ${s ? kb(s.total.brotli).padStart(10) : '         -'}   ${target} kB`
    + (c.ahead.files ? `   (${kb(c.ahead.total.brotli)} of it in ${c.ahead.files} files fetched ahead, once the page is drawn)` : ''));
}
console.log(`\nA session visiting every page: ${kb(chunks.session.total.brotli)} brotli in ${chunks.session.files} files`
  + (single ? `; as one bundle ${kb(single.session.total.brotli)} (${((chunks.session.total.brotli / single.session.total.brotli - 1) * 100).toFixed(1)} % more)` : ''));
console.log('\nUsable on a slow phone (4× CPU, 1.6 Mbit/s, 150 ms), median of 5:');
for (const [path] of usableWhen) {
  console.log(`  ${path.padEnd(8)} ${String(chunks.usable[path]).padStart(5)} ms in chunks`
    + (single ? `, ${single.usable[path]} ms as one bundle` : ''));
}
for (const [name, path] of routes) {
  console.log(`\n${name} (${path}), in chunks: ${chunks.deepLinks[name].files.length} responses`);
  console.log('  raw B       gzip B    brotli B  type                      path');
  for (const f of chunks.deepLinks[name].files) {
    console.log(`  ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.brotli).padStart(10)}  ${f.type.padEnd(25)} ${f.path}`);
  }
}
writeFileSync(new URL('out/size.json', import.meta.url), JSON.stringify(results, null, 2));
