// Reviewers at scale: a reviewer finds a duplicate from the queue, takes the
// request, and refuses it as a duplicate with the keyboard alone; a second
// reviewer sees who took it; labels and saved views keep the follow-up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe, addReviewer } from './support.mjs';

// The public counts are counted at each visit here, not once a minute.
const ctx = useServerAndBrowser({ before, after }, { config: '[limits]\ncounts_seconds = 0\n' });
const tokens = {};
/** A reviewer's token, created with the CLI on first use. */
function tokenOf(name) {
  tokens[name] ??= addReviewer(ctx.server, name);
  return tokens[name];
}

async function submit(name, email) {
  const response = await fetch(`${ctx.server.url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      structure: {
        kind: 'association', name, purpose: 'Réparer les vélos du quartier et apprendre à le faire soi-même.',
        activities: 'Ateliers de réparation, bourse aux pièces.', country: 'FR', french_speaking: true,
      },
      needs: { accounts: 5, storage_gb: 5, apps: ['files'] },
      contact: { name: 'Lou Garnier', email },
      motivation: 'Partager nos fiches de réparation entre bénévoles.',
      consents: { terms: true, surveys: false },
      locale: 'fr',
    }),
  });
  assert.equal(response.status, 201);
  return response.json();
}

async function signIn(page, name) {
  await page.goto(`${ctx.server.url}/admin`);
  await ready(page);
  await page.getByLabel('Jeton de connexion').fill(tokenOf(name));
  await page.getByLabel('Jeton de connexion').press('Enter');
  await page.waitForSelector('table.queue');
}

/** Presses Tab until the focused element's text matches `name`. */
async function tabTo(page, name) {
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.test(text)) return;
  }
  assert.fail(`no focusable element matching ${name}`);
}

/** Presses ArrowDown in the focused list until its choice matches `name`. */
async function arrowTo(page, name) {
  for (let i = 0; i < 12; i += 1) {
    const chosen = await page.evaluate(() => document.activeElement?.selectedOptions?.[0]?.textContent ?? '');
    if (name.test(chosen)) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`no choice matching ${name}`);
}

test('a reviewer finds a duplicate, takes it and refuses it with the keyboard alone', async () => {
  const first = await submit('Les Amis du Vélo de Lyon', 'atelier@amisduvelo.example.org');
  const second = await submit('Association LES AMIS DU VELO, de Lyon', 'bureau@example.net');
  await submit('Cyclistes de la Croix-Rousse', 'cyclistes@example.net');
  const page = await newPage(ctx.browser, ctx.server);
  await signIn(page, 'Dominique');

  // The queue flags the two related requests, and filters on them.
  const flagged = await page.$$eval('table.queue tbody tr', (rows) => rows.filter((r) => r.textContent.includes('Demandes liées')).length);
  assert.equal(flagged, 2);
  await page.getByLabel('Demandes liées').selectOption('true');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 2);
  assert.match(page.url(), /related=true/);
  assert.deepEqual(await axe(page), []);

  // From here on, keys only: the second request of the list.
  await page.locator('body').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), second.reference);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#take-button');
  await page.waitForFunction(() => document.activeElement?.closest('main') !== null || document.activeElement === document.body);
  assert.match(await page.textContent('#related-title'), /Une demande liée/);
  assert.match(await page.textContent('.related'), new RegExp(`${first.reference}.*Les Amis du Vélo de Lyon.*En commun\\s: le nom`, 's'));

  // The help lists the keys, and Escape closes it.
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
  assert.match(await page.textContent('dialog.shortcuts'), /Aller à la décision/);
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.shortcuts').open);

  await page.keyboard.press('t');
  await page.waitForFunction(() => document.querySelector('#taking-state')?.textContent.includes('Vous vous occupez'));
  assert.match(await page.textContent('.taking [role=status]'), /vous vous occupez de cette demande/);

  // Another reviewer opening it sees who took it, and cannot release it.
  const other = await newPage(ctx.browser, ctx.server);
  await signIn(other, 'Camille');
  await other.goto(`${ctx.server.url}/admin/requests/${second.reference}`);
  await other.waitForSelector('#take-button');
  assert.equal(await other.textContent('#taking-state'), 'Dominique s’occupe de cette demande.');
  assert.equal(await other.textContent('#take-button'), 'M’en occuper à la place de Dominique');
  await other.goto(`${ctx.server.url}/admin?taken=mine`);
  await other.waitForSelector('#queue-count');
  assert.match(await other.textContent('#queue-count'), /Aucune demande/);

  // Decide: the decision, the reason, the confirmation.
  await page.keyboard.press('d');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'decision-kind');
  await arrowTo(page, /Refuser/);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'decision-reason');
  await arrowTo(page, /autre demande a déjà été faite/);
  await tabTo(page, /Enregistrer la décision/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'decision-confirm-title');
  await tabTo(page, /Confirmer la décision/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.badge.refused');
  assert.match(await page.textContent('.timeline'), /Dominique/);
  // The queue shows who handled it.
  await page.goto(`${ctx.server.url}/admin?taken=mine`);
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  assert.match(await page.textContent('table.queue tbody tr'), /Dominique/);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
});

test('labels mark requests and saved views bring filters back', async () => {
  const { reference } = await submit('Vélo-école des Pentes', 'ecole@example.com');
  const page = await newPage(ctx.browser, ctx.server);
  await signIn(page, 'Dominique');
  await page.goto(`${ctx.server.url}/admin/requests/${reference}`);
  await page.waitForSelector('#take-button');
  await page.getByText('Créer une étiquette').click();
  await page.getByLabel('Nom de l’étiquette').fill('À rappeler');
  await page.getByLabel('Couleur').selectOption('orange');
  await page.getByRole('button', { name: 'Créer l’étiquette' }).click();
  await page.getByRole('checkbox', { name: 'À rappeler' }).check();
  await page.waitForSelector('h1 + p .label.orange');
  // The same name again is refused at its field.
  await page.getByLabel('Nom de l’étiquette').fill('À rappeler');
  await page.getByRole('button', { name: 'Créer l’étiquette' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'new-label-name');
  assert.match(await page.textContent('.new-label'), /Ce nom est déjà pris/);
  assert.deepEqual(await axe(page), []);

  // Filter on the label, and save the filter as a view.
  await page.goto(`${ctx.server.url}/admin`);
  await page.waitForSelector('table.queue');
  await page.getByLabel('Étiquette').selectOption({ label: 'À rappeler' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  await page.getByText('Enregistrer ces filtres').click();
  await page.getByLabel('Nom de la vue').fill('À rappeler cette semaine');
  await page.getByRole('button', { name: 'Enregistrer la vue' }).click();
  await page.getByRole('link', { name: 'À rappeler cette semaine' }).waitFor();
  // From the whole list, the view applies the filter again.
  await page.goto(`${ctx.server.url}/admin`);
  await page.waitForSelector('table.queue');
  await page.getByRole('link', { name: 'À rappeler cette semaine' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
  assert.match(await page.textContent('table.queue tbody'), /Vélo-école des Pentes/);
  assert.deepEqual(await axe(page), []);
  // The one 422 is the name given twice.
  assert.deepEqual(page.problems.filter((p) => !/status of 422/.test(p)), []);
});

test('the dashboard draws the counts, and the home page shows what became of the requests', async () => {
  // With the requests of the tests above, ten at least.
  for (let n = 0; n < 8; n += 1) await submit(`Atelier vélo numéro ${n}`, `atelier${n}@example.com`);
  const page = await newPage(ctx.browser, ctx.server);
  await signIn(page, 'Dominique');
  await page.getByRole('link', { name: 'Tableau de bord' }).click();
  await page.waitForSelector('#chart-status-said', { state: 'attached' });
  assert.match(await page.textContent('.lead'), /\d+ demandes en tout/);
  assert.match(await page.textContent('#chart-status-said'), /Refusée\u00a0: 1/);
  assert.match(await page.textContent('#chart-reason-said'), /Une autre demande a déjà été faite pour cette structure\.?\u00a0: 1/);
  assert.ok(await page.getByRole('img', { name: /Par pays/ }).isVisible());
  assert.deepEqual(await axe(page), []);

  const visitor = await newPage(ctx.browser, ctx.server, { viewport: { width: 320, height: 640 } });
  await visitor.goto(`${ctx.server.url}/`);
  await ready(visitor);
  await visitor.getByRole('heading', { name: 'Ce que deviennent les demandes' }).waitFor();
  // Twelve arrived (after the end of every phase but the last), one refused.
  const cells = await visitor.$$eval('table:has(caption:text("Demandes reçues")) tbody tr td', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(cells, ['12', '0', '0', '1']);
  assert.deepEqual(await axe(visitor), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(visitor.problems, []);
});
