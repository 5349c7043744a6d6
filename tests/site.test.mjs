// The public site: every page reachable with the keyboard from the
// navigation, the FAQ search and deep links, the rollout progress, and no
// accessibility violation on any page in either language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

// The pages of the navigation and the footer; and every public page, with
// the one the e-mails' links open.
const NAVIGATION = ['/', '/eligibility', '/faq', '/about', '/privacy', '/legal', '/accessibility', '/apply', '/status'];
const PAGES = [...NAVIGATION, '/emails'];

test('every page of the navigation and the footer is reached with the keyboard alone', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await ready(page);
  const reached = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const el = document.activeElement;
      return el.closest('nav') && el.tagName === 'A' ? el.getAttribute('href') : null;
    });
    if (href) reached.add(href);
  }
  for (const path of NAVIGATION) {
    assert.ok(reached.has(path), `${path} not reachable by Tab from the navigation (reached ${[...reached]})`);
  }
  // Enter follows a link, and the focus lands on the new heading.
  await page.goto(ctx.server.url + '/');
  await ready(page);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.getAttribute('href') === '/about')) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForURL('**/about');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Pourquoi ce service existe');
});

test('before the app has loaded, each page shows its own heading and lead, the ones the app then shows', async () => {
  const decode = (html) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const page = await newPage(ctx.browser, ctx.server);
  for (const path of PAGES) {
    const response = await fetch(ctx.server.url + path);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy'), /script-src 'self'/);
    // Compressed, like the files of dist/ (the page carries its style sheet).
    assert.match(response.headers.get('content-encoding') ?? 'none', /^(br|gzip)$/, path);
    const html = await response.text();
    const before = {
      title: decode(/<title>([^<]*)<\/title>/.exec(html)[1]),
      heading: decode(/<h1>([^<]*)<\/h1>/.exec(html)[1]),
      lead: decode(/<p class="?lead"?>([^<]*)<\/p>/.exec(html)?.[1] ?? ''),
    };
    await page.goto(ctx.server.url + path);
    await ready(page);
    const after = await page.evaluate(() => ({
      heading: document.querySelector('main h1').textContent,
      lead: document.querySelector('main p.lead')?.textContent ?? '',
    }));
    assert.deepEqual({ heading: before.heading, lead: before.lead }, after, path);
    if (path !== '/') {
      await page.waitForFunction((title) => document.title === title, before.title);
    }
  }
  assert.deepEqual(page.problems, []);
});

test('a reader who chose English gets the loading page in English too, the texts the app then shows', async () => {
  // Without the app: the wasm never arrives, the loading page stays.
  const loading = await newPage(ctx.browser, ctx.server);
  await loading.goto(ctx.server.url + '/legal');
  await loading.evaluate(() => localStorage.setItem('portal.locale', 'en'));
  await loading.route('**/*.wasm', (route) => route.abort());
  const before = {};
  for (const path of PAGES) {
    await loading.goto(ctx.server.url + path);
    before[path] = await loading.evaluate(() => ({
      lang: document.documentElement.lang,
      heading: document.querySelector('#boot h1').textContent,
      lead: document.querySelector('#boot p.lead')?.textContent ?? '',
      status: document.querySelector('#boot [role=status]').textContent,
    }));
    assert.equal(before[path].lang, 'en', path);
    assert.equal(before[path].status, 'Loading…', path);
  }
  assert.equal(before['/faq'].heading, 'Frequently asked questions');
  // With the app, in English: the same heading and lead.
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/legal');
  await page.evaluate(() => localStorage.setItem('portal.locale', 'en'));
  for (const path of PAGES) {
    await page.goto(ctx.server.url + path);
    await ready(page);
    const after = await page.evaluate(() => ({
      heading: document.querySelector('main h1').textContent,
      lead: document.querySelector('main p.lead')?.textContent ?? '',
    }));
    assert.deepEqual({ heading: before[path].heading, lead: before[path].lead }, after, path);
  }
  assert.deepEqual(page.problems, []);
});

test('the home page explains the offer with the configured limits and draws the progress', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await page.waitForSelector('table.figures');
  const main = await page.textContent('main');
  assert.match(main, /40\u00a0Go de stockage par espace/);
  assert.match(main, /Jusqu’à 50 comptes/);
  assert.match(main, /Pas de messagerie électronique/);
  assert.match(main, /Aucun espace accordé pour l’instant/);
  assert.equal(await page.locator('table.figures tbody tr').count(), 5);
  assert.match(await page.textContent('table.figures tbody tr:last-child'), /10\u202f000/);
  // Each phase is named with its months, in words.
  await page.getByRole('rowheader', { name: /^Phase 1 nov\.\s2022\s– déc\.\s2022/ }).waitFor();
  const chart = page.getByRole('img', { name: 'Espaces accordés et objectif cumulé, par phase' });
  assert.equal(await chart.count(), 1);
  // Each bar is labelled, and no space accepted draws nothing.
  assert.match(await page.textContent('.chart .bar-row'), /Phase 1.*0 sur 300/s);
  assert.deepEqual(await page.$$eval('.bar.accepted', (bars) => bars.map((b) => b.style.width)), ['0%', '0%', '0%', '0%', '0%']);
  // Phases whose period is over are behind their target: said in words,
  // phase by phase.
  assert.match(main, /Ces phases, terminées, n’ont pas atteint leur objectif : Phase 1 : 0 espace accordé sur un objectif de 300\./);
  assert.deepEqual(page.problems, []);
});

test('the FAQ search ignores case and accents, highlights and announces the count', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/faq');
  await ready(page);
  const total = await page.locator('article.entry').count();
  assert.ok(total >= 25, `${total} questions`);
  const search = page.getByLabel('Chercher dans les questions');
  await search.fill('COURRIEL');
  await page.waitForFunction(() => document.querySelectorAll('article.entry').length < 10);
  assert.ok(await page.locator('#q-email').isVisible());
  assert.match(await page.textContent('#q-email'), /courriel/i);
  assert.ok(await page.locator('#q-email mark').count() >= 1);
  assert.match(await page.getByRole('status').first().textContent(), new RegExp(`sur ${total}`));
  await search.fill('chiffre');
  await page.waitForSelector('#q-e2ee');
  assert.match(await page.textContent('#q-e2ee mark'), /chiffre/i);
  await search.fill('zzzzzz');
  await page.waitForFunction(() => document.querySelectorAll('article.entry').length === 0);
  assert.match(await page.textContent('.search-count'), /Rien ne correspond à «\u00a0zzzzzz\u00a0»/);
  assert.deepEqual(page.problems, []);
});

test('a deep link opens, scrolls to and focuses its question', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/faq#q-partners');
  await page.waitForFunction(() => document.activeElement?.id === 'q-partners');
  assert.match(await page.textContent('#q-partners h3'), /partenaires/);
  // Scrolled into view (smoothly, so wait for the end of the scroll).
  await page.waitForFunction(() => {
    const r = document.getElementById('q-partners').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 5000 });
  await page.goto(ctx.server.url + '/faq#q-centralisation');
  await page.waitForFunction(() => document.activeElement?.id === 'q-centralisation');
});

test('the FAQ works in English too', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.addInitScript(() => localStorage.setItem('portal.locale', 'en'));
  await page.goto(ctx.server.url + '/faq');
  await ready(page);
  await page.getByLabel('Search the questions').fill('e-mail');
  await page.waitForSelector('#q-email mark');
  assert.match(await page.textContent('#q-email h3'), /Why does the space provide no e-mail/);
  assert.match(await page.textContent('.search-count'), /question/);
  // The same anchors in English.
  await page.goto(ctx.server.url + '/faq#q-partners');
  await page.waitForFunction(() => document.activeElement?.id === 'q-partners');
  assert.match(await page.textContent('#q-partners h3'), /partner associations/);
});

for (const lang of ['fr', 'en']) {
  for (const path of PAGES) {
    test(`axe-core finds no violation on ${path} in ${lang}`, async () => {
      const page = await newPage(ctx.browser, ctx.server);
      await page.addInitScript((l) => localStorage.setItem('portal.locale', l), lang);
      await page.goto(ctx.server.url + path);
      await ready(page);
      if (path === '/') await page.waitForSelector('table.figures');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(page.problems, []);
    });
  }
}

test('dark mode keeps every page free of contrast violations', async () => {
  const page = await newPage(ctx.browser, ctx.server, { colorScheme: 'dark' });
  for (const path of ['/', '/faq', '/apply/kind']) {
    await page.goto(ctx.server.url + path);
    await ready(page);
    if (path === '/') await page.waitForSelector('table.figures');
    assert.deepEqual(await axe(page), [], path);
  }
});

test('pages stay usable at 320 px wide and at 200 % zoom', async () => {
  for (const [width, scale] of [[320, 1], [640, 2]]) {
    const page = await newPage(ctx.browser, ctx.server, { viewport: { width, height: 700 }, deviceScaleFactor: scale });
    for (const path of PAGES) {
      await page.goto(ctx.server.url + path);
      await ready(page);
      if (scale === 2) await page.evaluate(() => { document.body.style.zoom = '2'; });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px ×${scale} is ${overflow}px too wide`);
    }
  }
});
