// The team in the reviewers' area: a coordinator adds a reviewer from the
// Team page and is shown their token once; the reviewer signs in with it,
// reads the phases without the buttons that open or close them, finds no
// survey to create, no export and no Team page, and the API answers 403 if
// they try anyway; they decide with the reply template the coordinator kept,
// and the coordinator finds all of it in the audit log; the coordinator then
// revokes the access, and signing out ends the session the browser kept
// (never the long-lived token).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, axe, addReviewer, signInReviewer, submittedRequest } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

test('a coordinator adds a reviewer, who is offered only what their role allows', async () => {
  const coordinator = await newPage(ctx.browser, ctx.server);
  await signInReviewer(coordinator, ctx.server, addReviewer(ctx.server, 'Camille'));
  await coordinator.getByRole('link', { name: 'Équipe' }).click();
  await coordinator.waitForSelector('main h1:text("L’équipe")');
  await coordinator.getByLabel('Nom (tel que l’historique le montrera)').fill('Sacha');
  await coordinator.getByLabel('Examen').check();
  await coordinator.getByRole('button', { name: 'Ajouter et créer son jeton' }).click();
  await coordinator.waitForFunction(() => document.activeElement?.id === 'new-token-title');
  const token = (await coordinator.textContent('#new-token')).trim();
  assert.match(token, /^fsr_[0-9a-f]{64}$/);
  assert.match(await coordinator.textContent('table'), /Sacha/);
  assert.deepEqual(await axe(coordinator), []);

  const page = await newPage(ctx.browser, ctx.server);
  await signInReviewer(page, ctx.server, token);
  await page.waitForSelector('main h1');
  assert.equal(await page.getByRole('button', { name: 'Exporter en CSV' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Équipe' }).count(), 0);
  await page.getByRole('link', { name: 'Phases' }).click();
  await page.waitForSelector('table.figures');
  assert.match(await page.textContent('table.figures'), /Fermée|Ouverte/);
  assert.equal(await page.locator('table.figures button').count(), 0, 'no button opens or closes a phase');
  assert.deepEqual(await axe(page), []);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.waitForSelector('main h1:text("Questionnaires")');
  assert.equal(await page.getByRole('link', { name: 'Nouveau questionnaire' }).count(), 0);
  const refused = await fetch(`${ctx.server.url}/api/review/phases/1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ open: true }),
  });
  assert.equal(refused.status, 403);
  assert.equal((await refused.json()).error.code, 'forbidden');

  // The coordinator keeps a reply template for acceptances.
  await coordinator.getByRole('link', { name: 'Modèles de réponse' }).click();
  await coordinator.waitForSelector('main h1:text("Modèles de réponse")');
  await coordinator.getByLabel('Proposé avec').selectOption('accept');
  await coordinator.getByLabel('Titre (vu seulement par l’équipe)').fill('Bienvenue');
  await coordinator.getByLabel('Texte', { exact: true }).fill('Bonjour {nom}');
  await coordinator.getByRole('button', { name: 'Enregistrer le modèle' }).click();
  // An unknown placeholder is refused at its field, which gets the focus.
  await coordinator.waitForFunction(() => document.activeElement?.id === 'reply-body');
  assert.match(await coordinator.textContent('#reply-body-error'), /n’est pas un emplacement connu/);
  await coordinator.getByLabel('Texte', { exact: true }).fill('Bonjour {structure}, votre espace ouvrira avec la phase {phase}.');
  await coordinator.getByRole('button', { name: 'Enregistrer le modèle' }).click();
  await coordinator.waitForSelector('.replies h2:text("Bienvenue")');
  assert.deepEqual(await axe(coordinator), []);

  // Sacha decides with it, adding a sentence of their own, in the phase the
  // coordinator opens.
  await coordinator.getByRole('link', { name: 'Phases' }).click();
  await coordinator.getByRole('button', { name: 'Ouvrir la phase 1' }).click();
  await coordinator.getByRole('button', { name: 'Fermer la phase 1' }).waitFor();
  const { reference } = await submittedRequest(ctx.server, 'Atelier couture des Lilas');
  await page.goto(`${ctx.server.url}/admin/requests/${reference}`);
  await page.waitForSelector('#decision-kind');
  await page.getByLabel('Décision', { exact: true }).selectOption('accept');
  await page.getByLabel('Phase', { exact: true }).selectOption('1');
  await page.getByLabel('Modèle de réponse').selectOption({ label: 'Bienvenue' });
  await page.getByRole('button', { name: 'Insérer le modèle' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'decision-message');
  const message = page.getByLabel('Message pour le collectif (facultatif)');
  assert.equal(await message.inputValue(), 'Bonjour Atelier couture des Lilas, votre espace ouvrira avec la phase 1.');
  await message.press('End');
  await message.pressSequentially(' À bientôt.');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.waitForSelector('.badge.accepted');
  assert.match(await page.textContent('.timeline'), /votre espace ouvrira avec la phase 1\. À bientôt\./);
  // The request's own trail shows the decision, by Sacha.
  await page.waitForSelector('section[aria-labelledby="trail-title"] th:text("Décision")');
  assert.match(await page.textContent('section[aria-labelledby="trail-title"]'), /Sacha/);
  assert.deepEqual(await axe(page), []);

  // The coordinator finds Sacha's actions in the log, the refused one too.
  await coordinator.getByRole('link', { name: 'Journal' }).click();
  await coordinator.waitForSelector('main h1:text("Journal des actions")');
  await coordinator.getByLabel('Qui').selectOption('Sacha');
  await coordinator.getByRole('button', { name: 'Filtrer' }).click();
  await coordinator.waitForFunction(() => location.search.includes('member=Sacha'));
  await coordinator.waitForFunction(() => !document.querySelector('main table')?.textContent.includes('Camille'));
  const log = await coordinator.textContent('main table');
  assert.match(log, new RegExp(`Décision.*${reference}.*decision=accept phase=1.*effectuée`, 's'));
  assert.match(log, new RegExp(`Demande consultée.*${reference}`, 's'));
  assert.match(log, /Phase ouverte ou fermée.*refusée \(403\)/s);
  assert.match(log, /Connexion/);
  assert.doesNotMatch(log, /À bientôt/, 'the log keeps what was done, not what was written');
  assert.deepEqual(await axe(coordinator), []);

  // The coordinator revokes the access: the next request is refused.
  await coordinator.getByRole('link', { name: 'Équipe' }).click();
  await coordinator.getByRole('button', { name: 'Retirer l’accès de Sacha' }).click();
  await coordinator.getByRole('button', { name: 'Oui, retirer l’accès' }).click();
  await coordinator.waitForSelector('table :text("Retiré le")');
  const after = await fetch(`${ctx.server.url}/api/review/session`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(after.status, 401);

  // The browser keeps a session that ends, never the long-lived token; signing
  // out ends it on the server.
  const kept = await coordinator.evaluate(() => sessionStorage.getItem('portal.review.token'));
  assert.match(kept, /^fss_[0-9a-f]{64}$/);
  const alive = await fetch(`${ctx.server.url}/api/review/session`, { headers: { authorization: `Bearer ${kept}` } });
  assert.equal(alive.status, 200);
  await coordinator.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  // (The sign-in form's own field: the token panel above says "jeton de
  // connexion" too.)
  await coordinator.getByLabel('Jeton de connexion', { exact: true }).waitFor();
  const ended = await fetch(`${ctx.server.url}/api/review/session`, { headers: { authorization: `Bearer ${kept}` } });
  assert.equal(ended.status, 401);
});
