// Shared harness of the browser tests: a real server (debug build) on a free
// port with a fresh SQLite file and the built app from dist/, and Debian's
// headless Chromium driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Adds a reviewer with the server's CLI; their sign-in token. */
export function addReviewer(server, name, role = 'coordinator') {
  return execFileSync(join(root, 'target/debug/portal-server'), ['--database', server.database, 'reviewer', 'add', name, '--role', role], { encoding: 'utf8' }).trim();
}

/** POSTs `body` as JSON to the API (as the reviewer of `token` if given);
 * the JSON answer, after checking that it is a success. */
export async function postJson(server, path, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Submits a request in the name of the association `name`: { reference, secret }. */
export async function submittedRequest(server, name = 'Ateliers vélo du Faubourg') {
  return postJson(server, '/api/applications', {
    structure: {
      kind: 'association', name, purpose: 'Apprendre à réparer son vélo soi-même, entre voisines et voisins.',
      activities: 'Ateliers ouverts deux soirs par semaine, bourse aux pièces.', country: 'FR', french_speaking: true,
    },
    needs: { accounts: 8, storage_gb: 5, apps: ['files', 'deck'] },
    contact: { name: 'Sacha Roux', email: 'sacha@example.org' },
    motivation: 'Tenir nos inventaires de pièces et nos plannings de bénévoles ailleurs que sur des tableurs éparpillés.',
    consents: { terms: true, surveys: true },
    locale: 'fr',
  });
}

/** Submits a request in the name of the association `name` and accepts it
 * into phase 1 (open) as the reviewer of `token`: { reference, secret }. */
export async function acceptedRequest(server, token, name = 'Ateliers vélo du Faubourg') {
  const submitted = await submittedRequest(server, name);
  await postJson(server, `/api/review/applications/${submitted.reference}/decision`, { decision: 'accept', phase: 1 }, token);
  return submitted;
}

/** Opens the reviewers' area on `page` and signs in with `token`. */
export async function signInReviewer(page, server, token) {
  await page.goto(`${server.url}/admin`);
  await ready(page);
  await page.getByLabel('Jeton de connexion').fill(token);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Presses Tab (or Shift+Tab, `back`) until the focus is on `selector`, at
 * most `most` times. */
export async function tabTo(page, selector, { back = false, most = 80 } = {}) {
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Starts the server (with a TOML `config` if given) on a fresh SQLite file, or
 * on `database` (a PostgreSQL URL) if given, serving `dist` (the built app by
 * default); returns { url, database, log(), sql(), stop() }.
 */
export async function startServer({ config, database: given, dist = join(root, 'dist') } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const database = given || join(dir, 'portal.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const args = ['serve', '--addr', `127.0.0.1:${port}`, '--dist', dist, '--database', database];
  if (config) {
    // A function of the server's address, or the text itself.
    writeFileSync(join(dir, 'portal.toml'), typeof config === 'function' ? config(url) : config);
    args.push('--config', join(dir, 'portal.toml'));
  }
  // The benchmarks run the release build; the tests, the debug one.
  const binary = process.env.PORTAL_SERVER || join(root, 'target/debug/portal-server');
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RUST_LOG: 'info' } });
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    database,
    log: () => output,
    /** Runs a read-only SQL query on the server's database. */
    sql: (query) => (given
      ? execFileSync('psql', [database, '-tAc', query], { encoding: 'utf8' })
      : execFileSync('sqlite3', [database, query], { encoding: 'utf8' })).trim(),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new page that records console errors, failed requests and any request to
 * another origin than the server's.
 */
export async function newPage(browser, server, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const target = new URL(req.url());
    if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== server.url) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  page.problems = problems;
  return page;
}

/** Waits until the app has rendered its shell. */
export async function ready(page) {
  await page.waitForSelector('main h1');
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A and AA rules) and returns its violations. */
export async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Starts a server (with `options.config`, TOML, if given) and a browser
 * before the tests of a file and stops them after; returns an object whose
 * `server` and `browser` are set by then.
 */
export function useServerAndBrowser(hooks, options = {}) {
  const context = {};
  hooks.before(async () => {
    context.server = await startServer(options);
    context.browser = await launchBrowser();
  });
  hooks.after(async () => {
    await context.browser?.close();
    await context.server?.stop();
  });
  return context;
}
