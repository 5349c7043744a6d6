// The reviewers' area: a reviewer signs in with a token from the CLI, opens a
// phase, finds a request, accepts it with a message; the applicant then sees
// that decision on the status page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe, addReviewer, postJson, signInReviewer } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });
let created;
/** The reviewer's token, created with the CLI on first use. */
function reviewerToken() {
  created ??= addReviewer(ctx.server, 'Dominique');
  return created;
}

async function submit(name) {
  return postJson(ctx.server, '/api/applications', {
    structure: {
      kind: 'association', name, purpose: 'Entretenir la mémoire ouvrière du quartier et la transmettre.',
      activities: 'Expositions, balades commentées, archives.', country: 'FR', french_speaking: true,
    },
    needs: { accounts: 6, storage_gb: 8, apps: ['files', 'collectives'] },
    contact: { name: 'Noa Petit', email: 'noa@example.org' },
    motivation: 'Rassembler nos archives numérisées au même endroit et les partager.',
    consents: { terms: true, surveys: true },
    locale: 'fr',
  });
}

async function signIn(page) {
  await signInReviewer(page, ctx.server, reviewerToken());
  await page.waitForSelector('table.queue');
}

test('a wrong token is refused with a clear message', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/admin`);
  await ready(page);
  await page.getByLabel('Jeton de connexion').fill('fsr_not-a-token');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'sign-in-failure');
  assert.match(await page.textContent('#sign-in-failure'), /pas reconnu/);
  assert.deepEqual(await axe(page), []);
});

test('a reviewer accepts a request and the applicant sees the decision', async () => {
  const { reference, secret } = await submit('Mémoire ouvrière de Saint-Ouen');
  await submit('Autre association sans rapport');
  const page = await newPage(ctx.browser, ctx.server);
  await signIn(page);
  assert.match(await page.textContent('.admin-nav'), /Dominique/);
  // One page only: both page buttons are there, and disabled.
  assert.ok(await page.getByRole('button', { name: 'Page suivante', exact: true }).isDisabled());
  assert.ok(await page.getByRole('button', { name: 'Page précédente', exact: true }).isDisabled());
  assert.deepEqual(await axe(page), []);

  // Open phase 1.
  await page.getByRole('link', { name: 'Phases' }).click();
  await page.getByRole('button', { name: 'Ouvrir la phase 1' }).click();
  await page.getByRole('button', { name: 'Fermer la phase 1' }).waitFor();
  assert.deepEqual(await axe(page), []);

  // Find the request by searching its name.
  await page.getByRole('link', { name: 'Demandes' }).click();
  await page.getByLabel('Nom ou objet').fill('SAINT-OUEN');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  await page.getByRole('link', { name: reference }).click();
  await page.waitForSelector('#decision-kind');
  assert.match(await page.textContent('main'), /noa@example\.org/);
  assert.deepEqual(await axe(page), []);

  await page.getByLabel('Décision', { exact: true }).selectOption('accept');
  // Accepting asks for a phase, not a reason; refusing, the other way round.
  assert.equal(await page.getByLabel('Raison du refus').count(), 0);
  await page.getByLabel('Décision', { exact: true }).selectOption('refuse');
  assert.equal(await page.getByLabel('Phase', { exact: true }).count(), 0);
  await page.getByLabel('Raison du refus').waitFor();
  await page.getByLabel('Décision', { exact: true }).selectOption('accept');
  await page.getByLabel('Phase', { exact: true }).selectOption('1');
  await page.getByLabel('Message pour le collectif (facultatif)').fill('Bienvenue dans la phase 1 !');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  // What the collective will read, confirmed before it is recorded.
  await page.waitForFunction(() => document.activeElement?.id === 'decision-confirm-title');
  assert.match(await page.textContent('.confirm'), /Mémoire ouvrière de Saint-Ouen.*lira/s);
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.waitForSelector('.badge.accepted');
  assert.match(await page.textContent('.timeline'), /Dominique/);

  // The applicant's side.
  const applicant = await newPage(ctx.browser, ctx.server);
  await applicant.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  await applicant.waitForSelector('.badge.accepted');
  const result = await applicant.textContent('.status-result');
  assert.match(result, /Acceptée/);
  assert.match(result, /phase 1/);
  assert.match(result, /Bienvenue dans la phase 1/);
  assert.doesNotMatch(result, /Dominique/);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(applicant.problems, []);
});

test('the reviewers’ area is a bundle of its own, and its navigation leads back to the public site', async () => {
  const wasm = [];
  const page = await newPage(ctx.browser, ctx.server);
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname); });
  await page.goto(`${ctx.server.url}/`);
  await ready(page);
  assert.equal(wasm.length, 1);
  assert.doesNotMatch(wasm[0], /admin/);
  await page.goto(`${ctx.server.url}/admin`);
  await ready(page);
  assert.match(wasm[1], /^\/admin\/admin-[0-9a-f]{10,16}_bg\.wasm$/);
  // The site's navigation opens the public app.
  await page.click('nav.main-nav a[href="/faq"]');
  await page.waitForURL('**/faq');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Questions fréquentes');
  // The public app again, and the FAQ's chunks: nothing of the reviewers'.
  assert.match(wasm[2], /^\/portal-[0-9a-f]{10,16}_bg\.wasm$/);
  assert.ok(wasm.some((path) => /^\/split_faq-[0-9a-f]{16}\.wasm$/.test(path)), wasm.join(' '));
  assert.ok(wasm.slice(2).every((path) => !path.startsWith('/admin/')), wasm.join(' '));
  assert.deepEqual(page.problems, []);
});

test('a reviewer goes through the list request by request, then back to the same filters', async () => {
  const names = ['Amicale des locataires du Parc', 'Amicale laïque de Kerbonne', 'Amicale des pêcheurs du canal'];
  for (const name of names) await submit(name);
  const page = await newPage(ctx.browser, ctx.server);
  await signIn(page);
  await page.getByLabel('Nom ou objet').fill('amicale');
  await page.getByLabel('État').selectOption('received');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForURL(/\/admin\?status=received&q=amicale$/);
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 3);
  const references = await page.$$eval('table.queue tbody tr td:nth-child(2) a', (links) => links.map((a) => a.textContent));

  await page.getByRole('link', { name: references[0] }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(names[0]) }).waitFor();
  const neighbours = page.getByRole('navigation', { name: 'Demandes voisines dans la liste' });
  assert.match(await neighbours.textContent(), /1 sur 3/);
  assert.equal(await neighbours.getByRole('link', { name: '← Demande précédente' }).count(), 0);
  await neighbours.getByRole('link', { name: 'Demande suivante →' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(names[1]) }).waitFor();
  await page.waitForFunction((name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.includes(name), names[1]);
  assert.match(await neighbours.textContent(), /2 sur 3/);
  assert.deepEqual(await axe(page), []);

  // Back to the list: the same filters, shown in their fields, and the same requests.
  await page.getByRole('link', { name: 'Retour aux demandes' }).click();
  await page.waitForURL(/\/admin\?status=received&q=amicale$/);
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 3);
  assert.equal(await page.getByLabel('Nom ou objet').inputValue(), 'amicale');
  assert.equal(await page.getByLabel('État').inputValue(), 'received');
  // The browser's back button retraces the steps, down to the list before the filters.
  for (let i = 0; i < 4; i++) await page.goBack();
  await page.waitForURL(/\/admin$/);
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 5);
  assert.equal(await page.getByLabel('Nom ou objet').inputValue(), '');

  // Two requests a page: the last one of a page leads on to the next page.
  await page.goto(`${ctx.server.url}/admin?status=received&q=amicale&per_page=2`);
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 2);
  await page.getByRole('link', { name: references[1] }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(names[1]) }).waitFor();
  assert.match(await neighbours.textContent(), /2 sur 2/);
  await neighbours.getByRole('link', { name: 'Page suivante de la liste →' }).click();
  await page.waitForURL(/\/admin\?status=received&q=amicale&per_page=2&page=2$/);
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  assert.equal(await page.getByRole('link', { name: references[2] }).count(), 1);
  assert.deepEqual(page.problems, []);
});

test('a reviewer asks a question, the applicant answers on the status page, the reviewer finds the answer', async () => {
  const { reference, secret } = await submit('Collectif des jardins partagés du Ruisseau');
  const page = await newPage(ctx.browser, ctx.server);
  await signIn(page);
  await page.getByLabel('Nom ou objet').fill('ruisseau');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  await page.getByRole('link', { name: reference }).click();
  await page.waitForSelector('#decision-kind');

  // A question without its text is not sent: the field says so and has the focus.
  await page.getByLabel('Décision', { exact: true }).selectOption('ask');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'decision-message');
  assert.match(await page.textContent('#decision-message-error'), /question à poser/);
  assert.deepEqual(await axe(page), []);
  await page.getByLabel('Question au demandeur').fill('Avez-vous un numéro RNA ?');
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'decision-confirm-title');
  assert.match(await page.textContent('.confirm'), /Informations demandées.*Avez-vous un numéro RNA/s);
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.waitForSelector('.badge.information_requested');

  // The applicant reads the question on the status page and answers it there.
  const applicant = await newPage(ctx.browser, ctx.server);
  await applicant.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  await applicant.waitForSelector('.badge.information_requested');
  const question = applicant.getByRole('group', { name: 'Question de l’équipe' });
  assert.match(await question.textContent(), /Avez-vous un numéro RNA \?/);
  assert.deepEqual(await axe(applicant), []);
  await applicant.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  await applicant.waitForFunction(() => document.activeElement?.id === 'message');
  assert.match(await applicant.textContent('#message-error'), /\S/);
  await applicant.getByLabel('Votre réponse').fill('Oui : W751234567.');
  // The number goes into the request too: a wrong one is caught at its field.
  await applicant.getByText('Corriger aussi une réponse de votre demande').click();
  await applicant.getByLabel('Numéro RNA, SIREN ou SIRET').fill('W12');
  await applicant.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  await applicant.waitForFunction(() => document.activeElement?.id === 'structure-identifier');
  assert.match(await applicant.textContent('#structure-identifier-error'), /\S/);
  await applicant.getByLabel('Numéro RNA, SIREN ou SIRET').fill('W751234567');
  await applicant.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  await applicant.waitForSelector('.badge.under_review');
  assert.equal(await question.count(), 0);
  const history = await applicant.textContent('.timeline');
  assert.match(history, /Votre réponse\s*Oui : W751234567\./);
  assert.match(history, /Message de l’équipe\s*Avez-vous un numéro RNA/);
  assert.match(history, /Vous avez corrigé\u00a0: Numéro RNA, SIREN ou SIRET/);
  assert.doesNotMatch(history, /Dominique/);
  assert.deepEqual(await axe(applicant), []);

  // The reviewer finds it among the answers received.
  await page.getByRole('link', { name: 'Demandes', exact: true }).click();
  await page.getByLabel('Nom ou objet').fill('');
  await page.getByLabel('Réponses', { exact: true }).selectOption('true');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  assert.match(await page.textContent('table.queue tbody'), /Réponse reçue/);
  await page.getByRole('link', { name: reference }).click();
  await page.waitForSelector('#decision-kind');
  assert.match(await page.textContent('.timeline'), /Oui : W751234567\./);
  assert.match(await page.textContent('.timeline'), /Correction du demandeur\u00a0: Numéro RNA, SIREN ou SIRET/);
  assert.match(await page.textContent('main'), /W751234567/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  // The one refusal the browser logs is the wrong number's, answered 422.
  assert.deepEqual(applicant.problems.filter((p) => !/status of 422/.test(p)), []);
  assert.equal(applicant.problems.length, 1);
});
