// What the tests of the public app's chunks share: its routes with their
// French and English headings, a page on a slow phone, and the texts each
// page fetches.
import net from 'node:net';
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

/**
 * A slow mobile link in front of the server at `url`: a relay on its own
 * port where every byte waits `latency` ms each way, and the bytes of all
 * the connections share `down` (and `up`) bytes per second, one after the
 * other, as on one phone's link. (Chromium's own emulation of a slow
 * network, through the DevTools protocol, was seen to stop delivering a
 * page's responses halfway, now and then, on a loaded machine.)
 */
export async function slowLink(url, { latency = 150, down = 1.6e6 / 8, up = 750e3 / 8 } = {}) {
  const target = new URL(url);
  const sockets = new Set();
  // When each direction of the link is free again (ms since the epoch).
  const free = { down: 0, up: 0 };
  // Passes what one side sends to the other as it crosses the link, in
  // pieces of 8 kB, and ends the other side after them once it has ended.
  const carry = (to, way, rate) => ({
    data(data) {
      for (let at = 0; at < data.length; at += 8192) {
        const piece = data.subarray(at, at + 8192);
        free[way] = Math.max(Date.now() + latency, free[way]) + (piece.length / rate) * 1000;
        setTimeout(() => { if (!to.destroyed) to.write(piece); }, free[way] - Date.now());
      }
    },
    end() {
      setTimeout(() => to.end(), Math.max(Date.now() + latency, free[way]) - Date.now());
    },
  });
  const relay = net.createServer((phone) => {
    const server = net.connect(Number(target.port), target.hostname);
    for (const socket of [phone, server]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => { phone.destroy(); server.destroy(); });
    }
    const toPhone = carry(phone, 'down', down);
    const toServer = carry(server, 'up', up);
    server.on('data', toPhone.data);
    server.on('end', toPhone.end);
    phone.on('data', toServer.data);
    phone.on('end', toServer.end);
  });
  await new Promise((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relay.unref();
  return {
    url: `http://127.0.0.1:${relay.address().port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      relay.close();
    },
  };
}

/**
 * A page on a slow phone: its network is a `slowLink` to the server (the
 * page's `origin`), its CPU four times slower.
 */
export async function slowPage(ctx, options) {
  const link = await slowLink(ctx.server.url);
  const page = await newPage(ctx.browser, { ...ctx.server, url: link.url }, options);
  page.origin = link.url;
  page.context().on('close', link.close);
  const cdp = await page.context().newCDPSession(page);
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
  page.serverLog = () => ctx.server.log();
  return page;
}

/** Waits (a minute at most) until the app has drawn `heading` as the page's
 * heading on `page`, a slow page; if not, fails with what `page` went through. */
export async function drawn(page, heading, label = heading) {
  try {
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, heading, { timeout: 60000 });
  } catch (error) {
    const body = await page.evaluate(() => document.body.innerHTML.slice(0, 400)).catch(() => '?');
    const server = page.serverLog?.().split('\n').slice(-40).join('\n') ?? '';
    throw new Error(`${label}: not drawn (${error.message})\n${page.journey.join('\n')}\nbody: ${body}\nserver, last lines:\n${server}`);
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
