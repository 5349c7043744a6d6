// The team in the reviewers' area: a coordinator adds a reviewer from the
// Team page and is shown their token once; the reviewer signs in with it,
// reads the phases without the buttons that open or close them, finds no
// survey to create, no export and no Team page, and the API answers 403 if
// they try anyway; the coordinator then revokes the access, and signing out
// ends the session the browser kept (never the long-lived token).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, axe, addReviewer, signInReviewer } from './support.mjs';

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

  // The coordinator revokes the access: the next request is refused.
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
