// Following a request from the receipt link or by typing the reference and
// the secret, and withdrawing it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

async function submit() {
  const response = await fetch(`${ctx.server.url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      structure: {
        kind: 'club', name: 'Club de randonnée des Monts', purpose: 'Organiser des randonnées accessibles à toutes et tous.',
        activities: 'Sorties chaque dimanche, week-ends en refuge.', country: 'FR', french_speaking: true,
      },
      needs: { accounts: 8, storage_gb: 5, apps: ['calendar_contacts'] },
      contact: { name: 'Lou Bernard', email: 'lou@example.org' },
      motivation: 'Partager le calendrier des sorties et les photos entre membres.',
      consents: { terms: true, surveys: true },
      locale: 'fr',
    }),
  });
  assert.equal(response.status, 201);
  return response.json();
}

test('the receipt link shows the request, then leaves no secret in the address bar', async () => {
  const { reference, secret } = await submit();
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  await page.waitForSelector('#status-result-title');
  assert.equal(new URL(page.url()).hash, '');
  const result = await page.textContent('.status-result');
  assert.match(result, new RegExp(`Demande ${reference}`));
  assert.match(result, /Reçue/);
  assert.match(result, /il n’y a rien à faire/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
});

test('typing a wrong secret says nothing matches, typing both right shows the request', async () => {
  const { reference, secret } = await submit();
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/status`);
  await ready(page);
  await page.getByLabel('Référence').fill(reference.toLowerCase());
  await page.getByLabel('Code secret').fill('2'.repeat(32));
  await page.getByRole('button', { name: 'Voir où en est ma demande' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'lookup-failure');
  assert.match(await page.textContent('#lookup-failure'), /Aucune demande ne correspond/);
  await page.getByLabel('Code secret').fill(secret.replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Voir où en est ma demande' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'status-result-title');
  assert.match(await page.textContent('.status-result'), /Reçue/);
});

test('a malformed reference is an error of the field, before any request', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/status`);
  await ready(page);
  await page.getByLabel('Référence').fill('FS-12');
  await page.getByRole('button', { name: 'Voir où en est ma demande' }).click();
  await page.waitForSelector('.error-summary');
  assert.match(await page.textContent('.error-summary'), /Cette référence n’a pas la bonne forme/);
  assert.match(await page.textContent('.error-summary'), /Saisissez le code secret/);
  assert.deepEqual(await axe(page), []);
});

test('withdrawing asks for confirmation, then erases the personal data and says so', async () => {
  const { reference, secret } = await submit();
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  await page.waitForSelector('#status-result-title');
  await page.getByRole('button', { name: 'Retirer ma demande' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'withdraw-title');
  // Changing one's mind keeps the request.
  await page.getByRole('button', { name: 'Non, garder ma demande' }).click();
  assert.equal(ctx.server.sql(`SELECT status FROM applications WHERE reference = '${reference}'`), 'received');
  await page.getByRole('button', { name: 'Retirer ma demande' }).click();
  await page.getByRole('button', { name: 'Oui, retirer et effacer' }).click();
  await page.waitForSelector('.badge.withdrawn');
  assert.match(await page.textContent('.status-result'), /données personnelles de cette demande ont été effacées/);
  assert.equal(ctx.server.sql(`SELECT status || '|' || IFNULL(answers, 'erased') FROM applications WHERE reference = '${reference}'`), 'withdrawn|erased');
  assert.equal(await page.getByRole('button', { name: 'Retirer ma demande' }).count(), 0);
  assert.deepEqual(page.problems, []);
});
