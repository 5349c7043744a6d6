// The public app in chunks: the home page comes with the main module, every
// other page with its chunk. Each public route works by navigation on a slow
// phone (4× slower CPU, 1.6 Mbit/s, 150 ms), in French and in English
// without a flash of the other language; a chunk that cannot be fetched
// says so and can be tried again. (Deep links: tests/deep-links.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe, submittedRequest } from './support.mjs';
import { routes, slowPage, drawn, textGroups, textChunks } from './chunks.mjs';

const ctx = useServerAndBrowser({ before, after });

test('every public route reached by navigation renders, takes the focus and names the document', async () => {
  const page = await slowPage(ctx);
  await page.goto(page.origin + '/', { waitUntil: 'commit' });
  await drawn(page, routes[0][1], '/');
  for (const [path, french] of routes.slice(1)) {
    await page.evaluate((p) => { history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
    await drawn(page, french, path);
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
    const page = await slowPage(ctx);
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
    // What is waited for is the page drawn, not the load event (which a
    // throttled phone beside other tests can take over 30 s to reach).
    await page.goto(page.origin + path, { waitUntil: 'commit' });
    const english = { '/': 'A free collaboration space for your collective', '/apply': 'Pre-register' }[path] ?? 'Who can request a space';
    await drawn(page, english, path);
    assert.deepEqual(await page.evaluate(() => window.seen), [english], path);
    // The shell's English texts, and the page's; no French texts.
    assert.deepEqual(textChunks(wasm), ['en_site', ...textGroups(path).map((g) => `en_${g}`)].sort(), wasm.join(' '));
    await page.context().close();
  }
});

test('switching language on a split page fetches its texts first, then shows the page in the other language', async () => {
  const page = await slowPage(ctx);
  await page.goto(page.origin + '/faq', { waitUntil: 'commit' });
  await drawn(page, 'Questions fréquentes');
  await page.getByLabel('Chercher dans les questions').fill('compte');
  await page.getByRole('button', { name: 'English' }).click();
  await drawn(page, 'Frequently asked questions');
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

test('a request found is drawn by code fetched at the lookup; when it cannot come, a new lookup brings it', async () => {
  const { reference, secret } = await submittedRequest(ctx.server);
  const page = await newPage(ctx.browser, ctx.server);
  const asked = [];
  page.on('request', (r) => { if (/\/split_status_result-[0-9a-f]+\.wasm$/.test(r.url())) asked.push(r.url()); });
  let blocked = true;
  await page.route('**/split_status_result-*.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(ctx.server.url + '/status');
  await ready(page);
  await page.getByLabel('Référence', { exact: true }).waitFor();
  // The lookup form came without it.
  assert.deepEqual(asked, []);
  await page.getByLabel('Référence', { exact: true }).fill(reference);
  await page.getByLabel('Code secret', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Voir où en est ma demande' }).click();
  // Said where the lookup's failures are said, with the focus on it.
  await page.waitForFunction(() => /connexion a peut-être été coupée/.test(document.querySelector('#lookup-failure')?.textContent ?? ''));
  await page.waitForFunction(() => document.activeElement?.id === 'lookup-failure');
  assert.equal(await page.locator('#status-result-title').count(), 0);
  assert.deepEqual(await axe(page), []);
  blocked = false;
  await page.getByRole('button', { name: 'Voir où en est ma demande' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'status-result-title');
  assert.match(await page.textContent('#status-result-title'), new RegExp(reference));
  assert.equal(await page.locator('#lookup-failure').count(), 0);
  assert.ok(asked.length >= 2, asked.join(' ')); // blocked, then came
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
