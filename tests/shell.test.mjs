// The app shell: French by default, the language switch, navigation focus,
// the not-found page, keyboard access, no console error, no third-party
// request, and no accessibility violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

test('the home page renders in French by default, with landmarks, under a strict CSP', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(ctx.server.url + '/');
  await ready(page);
  const policy = response.headers()['content-security-policy'];
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /unsafe-inline|\*/);
  // Only the inline style sheets of the apps, each by its hash (the
  // reviewers' area has one more of its own).
  assert.match(policy, /style-src 'self'( 'sha256-[^']+')+;/);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  // The style sheet comes inline with the page (no request before the first
  // paint), allowed by its hash: it applies.
  assert.equal(await page.locator('link[rel=stylesheet]').count(), 0);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor), 'rgb(29, 92, 77)');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.textContent('main h1'), /\S/);
  assert.equal(await page.locator('header').count(), 1);
  assert.equal(await page.locator('main#main').count(), 1);
  assert.equal(await page.locator('footer').count(), 1);
  assert.equal(await page.getByRole('navigation', { name: 'Navigation principale' }).count(), 1);
  assert.match(await page.title(), /Frama\.space/);
  assert.deepEqual(page.problems, []);
});

test('the language switch shows English, sets <html lang> and is remembered', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await ready(page);
  const frenchTitle = await page.textContent('main h1');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.notEqual(await page.textContent('main h1'), frenchTitle);
  assert.equal(await page.getByRole('navigation', { name: 'Main navigation' }).count(), 1);
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await page.textContent('main h1'), frenchTitle);
  assert.deepEqual(page.problems, []);
});

test('the skip link is the first stop of the keyboard and leads to the content', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await ready(page);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, 'Aller au contenu');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
});

test('navigating moves the focus to the new page heading and renames the document', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await ready(page);
  await page.getByRole('link', { name: 'Se pré-inscrire' }).first().click();
  await page.waitForURL('**/apply');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const heading = await page.evaluate(() => document.activeElement.textContent);
  assert.match(await page.title(), new RegExp(heading));
  assert.deepEqual(page.problems, []);
});

test('an unknown address shows a not-found page, served by the index fallback', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  const response = await page.goto(ctx.server.url + '/nowhere/at-all');
  assert.equal(response.status(), 404, 'an unknown address is answered 404');
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Page introuvable');
  await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
  await page.waitForURL(ctx.server.url + '/');
});

test('the shell works at 320 px wide without horizontal scrolling', async () => {
  const page = await newPage(ctx.browser, ctx.server, { viewport: { width: 320, height: 640 } });
  await page.goto(ctx.server.url + '/');
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
});

test('an unknown page passes the accessibility audit', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/nowhere');
  await ready(page);
  assert.deepEqual(await axe(page), []);
});
