// From the wizard to "your space is ready": an applicant picks the space's
// address, sees that one already asked for is taken and takes a free one
// offered; a reviewer accepts; the hosting side (a receiver on loopback that
// checks each message with the Standard Webhooks reference library, npm
// `standardwebhooks`) gets the request and answers through the signed
// callback; the status page then shows the link and the first steps, in
// French and in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { useServerAndBrowser, newPage, ready, axe, postJson, addReviewer, signInReviewer } from './support.mjs';

const secret = `whsec_${Buffer.from('the hosting side of the browser tests').toString('base64')}`;
const hook = new Webhook(secret);
/** The messages the hosting side took, each checked by the reference library. */
const received = [];
const receiver = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    try {
      received.push({ id: request.headers['webhook-id'], payload: hook.verify(body, request.headers) });
      response.writeHead(204).end();
    } catch {
      response.writeHead(401).end();
    }
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const config = `[limits]
min_fill_seconds = 0

[provisioning]
url = "http://127.0.0.1:${receiver.address().port}/spaces"
secret = "${secret}"
retry_seconds = 1
`;
const ctx = useServerAndBrowser({ before, after }, { config });
after(() => receiver.close());

/** The answers of every step but the identity's name and address. */
const draft = {
  structure: {
    kind: 'association', purpose: 'Réparer ensemble les vélos du quartier et apprendre à le faire.',
    activities: 'Ateliers deux soirs par semaine, bourse aux pièces.', country: 'FR', postal_code: '69001', french_speaking: true,
  },
  needs: { accounts: 6, storage_gb: 5, apps: ['files'] },
  contact: { name: 'Alix Morel', email: 'alix@example.org' },
  motivation: 'Nos plannings de bénévoles et nos inventaires sont éparpillés.',
  consents: { terms: true, surveys: false },
  locale: 'fr',
};

/** Posts a report of the hosting side, signed by the reference library. */
async function report(type, data) {
  const body = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
  const id = `msg_report_${Date.now()}`;
  const response = await fetch(`${ctx.server.url}/api/spaces/reports`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': hook.sign(id, new Date(), body),
    },
    body,
  });
  return response.status;
}

async function until(check, what) {
  for (let i = 0; i < 200; i++) {
    const found = check();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} never came`);
}

test('an address is picked in the wizard, the space is asked for, made, and shown with its first steps', async () => {
  // Another collective asked for the address first.
  const first = structuredClone(draft);
  first.structure.name = 'Les Amis du Vélo';
  first.structure.address = 'amis-du-velo';
  await postJson(ctx.server, '/api/applications', first);

  const page = await newPage(ctx.browser, ctx.server);
  await page.addInitScript((seed) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('portal.apply.draft', JSON.stringify(seed));
      sessionStorage.setItem('seeded', '1');
    }
  }, draft);
  await page.goto(`${ctx.server.url}/apply/identity`);
  await ready(page);
  await page.getByLabel('Nom de la structure').fill('Les Amis du Vélo');
  // Proposed from the name, shown whole, found taken a moment later.
  const address = page.getByLabel('Adresse de votre espace');
  assert.equal(await address.inputValue(), 'amis-du-velo');
  assert.match(await page.textContent('.address-preview'), /https:\/\/amis-du-velo\.frama\.space/);
  await page.waitForSelector('.address-check :text("déjà demandée")');
  assert.equal(await page.getAttribute('.address-check', 'role'), 'status');
  assert.deepEqual(await axe(page), []);
  // Typed with capitals and accents: a valid one is offered.
  await address.fill('Vélo Amis');
  assert.match(await page.textContent('main'), /Proposition\s*: velo-amis/);
  await address.fill('amis-du-velo');
  await page.waitForSelector('.address-check :text("déjà demandée")');
  const offered = page.locator('.address-check button').first();
  const label = (await offered.textContent()).trim();
  assert.match(label, /^amis-du-velo-/);
  await offered.click();
  assert.equal(await address.inputValue(), label);
  await page.waitForSelector('.address-check :text("Cette adresse est libre")');

  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL('**/apply/contact');
  await page.goto(`${ctx.server.url}/apply/check`);
  await ready(page);
  assert.match(await page.textContent('.summary'), new RegExp(label));
  await page.getByRole('button', { name: 'Envoyer ma pré-inscription' }).click();
  await page.waitForURL('**/apply/done');
  const reference = (await page.textContent('#receipt-reference')).trim();
  const code = (await page.textContent('#receipt-secret')).trim();

  // A reviewer accepts: the hosting side is asked for the space.
  const token = addReviewer(ctx.server, 'Dominique');
  await postJson(ctx.server, '/api/review/phases/1', { open: true }, token);
  await postJson(ctx.server, `/api/review/applications/${reference}/decision`, { decision: 'accept', phase: 1 }, token);
  const asked = await until(() => received.find((m) => m.payload.data.reference === reference), 'the request for the space');
  assert.equal(asked.payload.type, 'space.requested');
  assert.equal(asked.payload.data.address, label);
  assert.equal(asked.payload.data.contact.email, 'alix@example.org');

  // The applicant waits, told how far it went.
  const status = await newPage(ctx.browser, ctx.server);
  await status.goto(`${ctx.server.url}/status#${reference}/${code}`);
  await status.waitForSelector('#space-title');
  assert.match(await status.textContent('.space'), /En cours de création/);
  assert.deepEqual(await axe(status), []);

  // The reviewer sees where the space stands and the message received.
  const area = await newPage(ctx.browser, ctx.server);
  await signInReviewer(area, ctx.server, token);
  await area.waitForSelector('table.queue');
  await area.goto(`${ctx.server.url}/admin?status=accepted`);
  await area.waitForSelector(`table.queue :text("${label}")`);
  await area.getByRole('link', { name: reference }).click();
  await area.waitForSelector('#space-panel-title');
  const panel = await area.textContent('.space-panel');
  assert.match(panel, /space\.requested — reçu/);
  assert.match(panel, new RegExp(label));
  assert.deepEqual(await axe(area), []);

  // The hosting side says it is ready.
  assert.equal(await report('space.ready', { reference }), 204);
  await status.goto('about:blank');
  await status.goto(`${ctx.server.url}/status#${reference}/${code}`);
  await status.waitForSelector('.space-link');
  const link = status.locator('.space-link a');
  assert.equal(await link.getAttribute('href'), `https://${label}.frama.space`);
  const steps = await status.textContent('.steps-list');
  assert.match(steps, /premier compte/);
  assert.match(steps, /jusqu’à 50 comptes/);
  assert.match(steps, /forum d’entraide/);
  assert.deepEqual(await axe(status), []);

  // In English too.
  const english = await newPage(ctx.browser, ctx.server);
  await english.addInitScript(() => localStorage.setItem('portal.locale', 'en'));
  await english.goto(`${ctx.server.url}/status#${reference}/${code}`);
  await english.waitForSelector('.space-link');
  assert.match(await english.textContent('.space'), /Your space[\s\S]*First steps/);
  assert.deepEqual(await axe(english), []);
});

test('a wait-listed request says what it waits for, and a space made by hand is marked ready by a reviewer', async () => {
  const token = addReviewer(ctx.server, 'Camille');
  const waiting = structuredClone(draft);
  waiting.structure.name = 'Chorale du Plateau';
  const { reference, secret: code } = await postJson(ctx.server, '/api/applications', waiting);
  await postJson(ctx.server, `/api/review/applications/${reference}/decision`, { decision: 'waitlist', phase: 3 }, token);
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/status#${reference}/${code}`);
  await page.waitForSelector('#wait-title');
  const wait = await page.textContent('.wait');
  assert.match(wait, /phase 3 \(2023-07 – 2023-12\)/);
  assert.match(wait, /seule demande en attente/);
  assert.match(wait, /Aucune date n’est promise/);
  assert.deepEqual(await axe(page), []);

  await postJson(ctx.server, '/api/review/phases/3', { open: true }, token);
  await postJson(ctx.server, `/api/review/applications/${reference}/decision`, { decision: 'accept', phase: 3 }, token);
  const area = await newPage(ctx.browser, ctx.server);
  await signInReviewer(area, ctx.server, token);
  await area.waitForSelector('table.queue');
  await area.goto(`${ctx.server.url}/admin/requests/${reference}`);
  await area.waitForSelector('#space-panel-title');
  await area.getByRole('button', { name: 'L’espace est prêt' }).click();
  await area.waitForSelector('.space-panel .live:text("Enregistré")');
  assert.match(await area.textContent('.space-panel'), /Prêt/);
  await page.goto('about:blank');
  await page.goto(`${ctx.server.url}/status#${reference}/${code}`);
  await page.waitForSelector('.space-link');
  assert.match(await page.textContent('.space-link'), /chorale-du-plateau\.frama\.space/);
});
