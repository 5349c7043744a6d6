// What the tests of the public app's chunks share: its routes with their
// French and English headings, a page on a slow phone, and the texts each
// page fetches.
import { newPage } from './support.mjs';

export const routes = [
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
export async function slowPage(ctx, options) {
  const page = await newPage(ctx.browser, ctx.server, options);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  page.warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') page.warnings.push(msg.text()); });
  // What happened on the way, told if the page is not drawn in time.
  page.journey = [];
  const started = Date.now();
  const note = (what) => page.journey.push(`${Date.now() - started} ms ${what}`);
  page.on('console', (msg) => note(`console ${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  page.on('request', (r) => note(`asked ${new URL(r.url()).pathname}`));
  page.on('requestfinished', (r) => note(`came ${new URL(r.url()).pathname}`));
  page.on('requestfailed', (r) => note(`failed ${new URL(r.url()).pathname}: ${r.failure()?.errorText}`));
  return page;
}

/** Waits (a minute at most) until the app has drawn `heading` as the page's
 * heading on `page`, a slow page; if not, fails with what `page` went through. */
export async function drawn(page, heading, label = heading) {
  try {
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, heading, { timeout: 60000 });
  } catch (error) {
    const body = await page.evaluate(() => document.body.innerHTML.slice(0, 400)).catch(() => '?');
    throw new Error(`${label}: not drawn (${error.message})\n${page.journey.join('\n')}\nbody: ${body}`);
  }
}

/** The groups of texts a page fetches besides the home page's, in one language (sorted). */
export const textGroups = (path) => (path === '/' ? []
  : {
    '/faq': ['faq'],
    '/apply': ['apply', 'errors'],
    // The status page names the wizard's fields (corrections).
    '/status': ['apply', 'errors', 'status'],
    '/emails': ['apply', 'errors', 'status'],
    '/survey': ['errors', 'survey'],
  }[path] ?? ['prose']);
/** The groups of texts among `wasm` (paths), as `fr_status`…, sorted. */
export const textChunks = (wasm) => wasm.filter((p) => p.startsWith('/split_texts_'))
  .map((p) => p.replace(/^\/split_texts_/, '').replace(/-[0-9a-f]+\.wasm$/, '')).sort();
