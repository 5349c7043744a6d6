// Each public route of the app in chunks as a deep link: opened directly on
// a slow phone (4× slower CPU, 1.6 Mbit/s, 150 ms) it renders with nothing
// missing, and it fetches at once, beside the main module, exactly the files
// its page needs, each once. (Apart from tests/chunks.test.mjs so that each
// file stays well within the runner's time for a file.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready } from './support.mjs';
import { routes, slowPage, drawn, textGroups, textChunks } from './chunks.mjs';

const ctx = useServerAndBrowser({ before, after });

test('every public route opened directly renders, on a slow phone, with nothing missing', async () => {
  for (const [path, french] of routes) {
    const page = await slowPage(ctx);
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
    // What is waited for is the page drawn by the app, not the browser's
    // load event: on a throttled phone beside other tests, that event can
    // take longer than the default 30 s while the page is already there.
    await page.goto(page.origin + path, { waitUntil: 'commit' });
    await drawn(page, french, path);
    assert.equal(await page.title(), `${french} — Frama.space`, path);
    assert.ok(wasm.some((p) => /^\/portal-[0-9a-f]+_bg\.wasm$/.test(p)), `${path}: ${wasm}`);
    // The home page needs no chunk; every other page, its own.
    assert.equal(wasm.some((p) => p.startsWith('/split_')), path !== '/', `${path}: ${wasm}`);
    // Only this page's texts, in French.
    assert.deepEqual(textChunks(wasm), textGroups(path).map((g) => `fr_${g}`), `${path}: ${wasm}`);
    assert.deepEqual(page.problems, [], path);
    assert.deepEqual(page.warnings.filter((w) => /missing message/.test(w)), [], path);
    await page.context().close();
  }
});

/** The wasm files `page` asks for from now on, each time it asks (a path, without the main module). */
function wasmRequests(page) {
  const asked = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm') && !/^\/portal-[0-9a-f]+_bg\.wasm$/.test(path)) asked.push(path);
  });
  return asked;
}

/** The files of a split page's chunk, as the server names them in the page it sends for `path`. */
async function chunkFiles(path) {
  const html = await (await fetch(ctx.server.url + path)).text();
  return (/data-preload="([^"]*)"/.exec(html)?.[1] ?? '').split(' ').filter(Boolean);
}

test('a deep link fetches at once, beside the main module, the files its page needs and only those', async () => {
  // The wizard's front page fetches its steps' chunk once it is drawn.
  const prefetched = { '/apply': await chunkFiles('/apply/kind') };
  const deepLinks = [...routes.map(([p, f]) => [p, f, false]), ['/apply/kind', null, false], ['/', null, true], ['/apply', null, true]];
  for (const [path, french, english] of deepLinks) {
    const init = english ? () => localStorage.setItem('portal.locale', 'en') : () => {};
    // What the home page and then this page fetch, reached from it.
    const browsing = await newPage(ctx.browser, ctx.server);
    await browsing.addInitScript(init);
    const needed = wasmRequests(browsing);
    await browsing.goto(ctx.server.url + '/');
    await ready(browsing);
    await browsing.evaluate((p) => { history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
    // Its chunk and texts arrive, then it is drawn.
    await browsing.waitForLoadState('networkidle');
    await ready(browsing);
    await browsing.waitForLoadState('networkidle');
    await browsing.context().close();
    // What it has the browser fetch at once as a deep link: the same files,
    // each once, none of them late.
    const page = await newPage(ctx.browser, ctx.server);
    await page.addInitScript(init);
    const asked = wasmRequests(page);
    await page.goto(ctx.server.url + path);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload][as=fetch]')]
      .map((l) => new URL(l.href).pathname).filter((p) => !/^\/portal-[0-9a-f]+_bg\.wasm$/.test(p)));
    const label = `${path}${english ? ' (English)' : ''}`;
    const sorted = (files) => [...new Set(files)].sort();
    assert.equal(asked.length, new Set(asked).size, `${label}: a file asked twice: ${asked}`);
    assert.deepEqual(sorted(asked), sorted(needed), label);
    assert.deepEqual(sorted(asked), sorted([...preloaded, ...(prefetched[path] ?? [])]), `${label}: fetched late`);
    if (french) assert.equal(await page.textContent('main h1'), french, label);
    assert.deepEqual(page.problems, [], label);
    await page.context().close();
  }
});
