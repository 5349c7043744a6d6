// The public app in chunks: the home page comes with the main module, every
// other page with its chunk. Each public route works as a deep link and by
// navigation on a slow phone (4× slower CPU, 1.6 Mbit/s, 150 ms), in French
// and in English without a flash of the other language; a chunk that cannot
// be fetched says so and can be tried again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

const routes = [
  ['/', 'Un espace collaboratif libre et gratuit pour votre collectif', 'A free collaboration space for your collective'],
  ['/eligibility', 'Qui peut demander un espace', 'Who can request a space'],
  ['/faq', 'Questions fréquentes', null],
  ['/about', 'Pourquoi ce service existe', null],
  ['/privacy', 'Vos données personnelles', null],
  ['/legal', 'Mentions légales', null],
  ['/accessibility', 'Accessibilité', null],
  ['/apply', 'Se pré-inscrire', null],
  ['/status', 'Suivre ma demande', null],
  ['/survey', 'Questionnaire de retour', null],
  ['/emails', 'Vos e-mails de suivi', null],
];

/** A page on a slow phone: throttled network and CPU. */
async function slowPage(options) {
  const page = await newPage(ctx.browser, ctx.server, options);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  page.warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') page.warnings.push(msg.text()); });
  return page;
}

const heading = (page) => page.textContent('main h1');

/** The texts a page fetches besides the home page's: one group, in one language. */
const textGroup = (path) => (path === '/' ? null
  : { '/faq': 'faq', '/apply': 'forms', '/status': 'forms', '/survey': 'forms', '/emails': 'forms' }[path] ?? 'prose');
const textChunks = (wasm) => wasm.filter((p) => p.startsWith('/split_texts_'))
  .map((p) => p.replace(/^\/split_texts_/, '').replace(/-[0-9a-f]+\.wasm$/, ''));

test('every public route opened directly renders, on a slow phone, with nothing missing', async () => {
  for (const [path, french] of routes) {
    const page = await slowPage();
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
    // What is waited for is the page drawn by the app, not the browser's
    // load event: on a throttled phone beside other tests, that event can
    // take longer than the default 30 s while the page is already there.
    await page.goto(ctx.server.url + path, { waitUntil: 'commit' });
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, french, { timeout: 60000 });
    assert.equal(await page.title(), `${french} — Frama.space`, path);
    assert.ok(wasm.some((p) => /^\/portal-[0-9a-f]+_bg\.wasm$/.test(p)), `${path}: ${wasm}`);
    // The home page needs no chunk; every other page, its own.
    assert.equal(wasm.some((p) => p.startsWith('/split_')), path !== '/', `${path}: ${wasm}`);
    // Only this page's texts, in French.
    const group = textGroup(path);
    assert.deepEqual(textChunks(wasm), group ? [`fr_${group}`] : [], `${path}: ${wasm}`);
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

test('every public route reached by navigation renders, takes the focus and names the document', async () => {
  const page = await slowPage();
  await page.goto(ctx.server.url + '/');
  await ready(page);
  for (const [path, french] of routes.slice(1)) {
    await page.evaluate((p) => { history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, french, { timeout: 60000 });
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'), null, { timeout: 10000 });
    assert.equal(await page.title(), `${french} — Frama.space`, path);
  }
  // Links work as a user follows them, with the keyboard too.
  await page.getByRole('link', { name: 'Questions fréquentes' }).first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/faq');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Questions fréquentes');
  await page.getByLabel('Chercher dans les questions').fill('compte');
  await page.waitForFunction(() => /question/.test(document.querySelector('.search-count')?.textContent ?? ''));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.warnings.filter((w) => /missing message/.test(w)), []);
});

test('an English reader gets English pages from the first paint, and French texts are never fetched', async () => {
  for (const path of ['/', '/eligibility', '/apply']) {
    const page = await slowPage();
    await page.addInitScript(() => {
      localStorage.setItem('portal.locale', 'en');
      // Every heading the page ever shows, to catch a flash of French.
      window.seen = [];
      new MutationObserver(() => {
        const h1 = document.querySelector('main h1');
        if (h1 && window.seen.at(-1) !== h1.textContent) window.seen.push(h1.textContent);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
    await page.goto(ctx.server.url + path);
    const english = { '/': 'A free collaboration space for your collective', '/apply': 'Pre-register' }[path] ?? 'Who can request a space';
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, english, { timeout: 60000 });
    assert.deepEqual(await page.evaluate(() => window.seen), [english], path);
    // The shell's English texts, and the page's; no French texts.
    const group = textGroup(path);
    assert.deepEqual(textChunks(wasm).sort(), ['en_site', ...(group ? [`en_${group}`] : [])].sort(), wasm.join(' '));
    await page.context().close();
  }
});

test('switching language on a split page fetches its texts first, then shows the page in the other language', async () => {
  const page = await slowPage();
  await page.goto(ctx.server.url + '/faq');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Questions fréquentes', null, { timeout: 60000 });
  await page.getByLabel('Chercher dans les questions').fill('compte');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Frequently asked questions', null, { timeout: 60000 });
  // The page stayed (what was typed is still there), now in English.
  assert.equal(await page.inputValue('#question-search'), 'compte');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.warnings.filter((w) => /missing message/.test(w)), []);
  await page.context().close();
});

test('a chunk that cannot be fetched shows an error with a retry, and the retry brings the page', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  let blocked = true;
  await page.route('**/split_status-*.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(ctx.server.url + '/');
  await ready(page);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Suivre ma demande' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Cette page n’a pas pu être chargée');
  assert.match(await page.textContent('main [role=alert]'), /connexion a peut-être été coupée/);
  await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
  assert.deepEqual(await axe(page), []);
  // Still offline: the same message again, not a blank page.
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Cette page n’a pas pu être chargée');
  blocked = false;
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Suivre ma demande');
  await page.getByLabel('Référence', { exact: true }).waitFor();
  await page.context().close();
});

test('chunks are named by their content and cached for good; their loader is revalidated', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { createHash } = await import('node:crypto');
  const dist = new URL('../dist/', import.meta.url);
  const chunks = readdirSync(dist).filter((f) => /^(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f));
  assert.ok(chunks.some((f) => f.startsWith('split_faq-')) && chunks.length > 8, chunks.join(' '));
  for (const file of chunks) {
    const hash = createHash('sha256').update(readFileSync(new URL(file, dist))).digest('hex').slice(0, 16);
    assert.ok(file.endsWith(`-${hash}.wasm`), file);
  }
  const chunk = await fetch(`${ctx.server.url}/${chunks[0]}`);
  assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const loader = await fetch(`${ctx.server.url}/__wasm_split.js`);
  assert.equal(loader.headers.get('cache-control'), 'no-cache');
  const etag = loader.headers.get('etag');
  assert.ok(etag);
  const again = await fetch(`${ctx.server.url}/__wasm_split.js`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  // The loader names only chunks that are there, and the main module of this build.
  const text = await loader.text();
  for (const name of text.match(/(split|chunk)_\w+-[0-9a-f]{16}\.wasm/g)) assert.ok(chunks.includes(name), name);
  const main = readdirSync(dist).find((f) => /^portal-[0-9a-f]+\.js$/.test(f));
  assert.ok(text.includes(`./${main}`), main);
});
