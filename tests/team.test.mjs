// Roles in the reviewers' area: a member with the reviewer role signs in,
// reads the phases without the buttons that open or close them, finds no
// survey to create, no label to define and no export, and the API answers
// 403 if they try anyway; a coordinator sees every control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, axe, addReviewer, signInReviewer } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

test('a reviewer is offered only what their role allows, and the API refuses the rest', async () => {
  const token = addReviewer(ctx.server, 'Sacha', 'reviewer');
  const page = await newPage(ctx.browser, ctx.server);
  await signInReviewer(page, ctx.server, token);
  await page.waitForSelector('table.queue, .queue-empty, main h1');
  assert.equal(await page.getByRole('button', { name: 'Exporter en CSV' }).count(), 0);

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

  // A coordinator has them all.
  const coordinator = await newPage(ctx.browser, ctx.server);
  await signInReviewer(coordinator, ctx.server, addReviewer(ctx.server, 'Camille'));
  await coordinator.waitForSelector('main h1');
  await coordinator.getByRole('link', { name: 'Phases' }).click();
  await coordinator.waitForSelector('table.figures button');
  assert.ok(await coordinator.locator('table.figures button').count() >= 1);
});
