// The survey builder: a reviewer builds a survey from a blank page with the
// keyboard alone (a choice question, a text question shown only after one
// of its answers, a ranking), is told what is missing at its field, opens
// it after being told how many invitations it creates; a collective starts
// answering on a phone and finishes on a computer with the same invitation
// (the draft travels sealed through the server); the reviewer sees the
// results and how far the invitations went.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, axe, addReviewer, postJson, acceptedRequest, signInReviewer, tabTo } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

const api = (path, body, token) => postJson(ctx.server, path, body, token);

/** The rows of a table's body, cells joined with " | ". */
const cells = (table) => table.locator('tbody tr').evaluateAll((rows) =>
  rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim()).join(' | ')));
/** What has the focus once the app has moved it (it does so after the next
 * paint): its id, or its accessible name as a label or text gives it. */
const settled = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
const focused = async (page) => {
  await settled(page);
  return page.evaluate(() => document.activeElement?.id ?? '');
};
const focusedName = async (page) => {
  await settled(page);
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
};

/** Adds a question of the type `steps` arrows down from the first one (the
 * list keeps the type last added). */
async function addQuestion(page, steps) {
  await tabTo(page, '#add-question');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.match(await focused(page), /^q\d+-label-fr$/, 'the new question takes the focus');
}

test('a reviewer builds a survey by keyboard; a collective answers on two devices; the reviewer sees how far it went', async () => {
  const token = addReviewer(ctx.server, 'Dominique');
  await api('/api/review/phases/1', { open: true }, token);
  const submitted = await acceptedRequest(ctx.server, token, 'Amicale des locataires du Vieux Port');

  const reviewer = await newPage(ctx.browser, ctx.server);
  await signInReviewer(reviewer, ctx.server, token);
  await reviewer.getByRole('link', { name: 'Questionnaires', exact: true }).click();
  await reviewer.getByRole('link', { name: 'Nouveau questionnaire' }).click();
  // The end-of-phase survey is offered as a start; this one starts blank.
  await reviewer.waitForFunction(() => document.querySelector('#definition-title-fr')?.value === 'Votre espace, après quelques mois');
  await tabTo(reviewer, '#blank-survey');
  await reviewer.keyboard.press('Enter');
  await reviewer.getByRole('heading', { name: 'Aucune question pour l’instant' }).waitFor();
  assert.equal(await focused(reviewer), 'definition-title-fr');

  await reviewer.keyboard.type('Notre agenda partagé');
  await reviewer.keyboard.press('Tab');
  assert.equal(await focused(reviewer), 'definition-title-en');
  await reviewer.keyboard.type('Our shared calendar');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('Trois questions pour savoir si l’agenda vous sert.');
  // A text given in French only is flagged in English.
  await reviewer.getByText('Traduction anglaise manquante.').waitFor();
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('Three questions to know whether the calendar helps you.');
  assert.equal(await reviewer.getByText('Traduction anglaise manquante.').count(), 0);

  // 1. A single choice, required.
  await addQuestion(reviewer, 0);
  await reviewer.keyboard.type('Utilisez-vous l’agenda partagé ?');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('Do you use the shared calendar?');
  await tabTo(reviewer, '[id$="-required"]');
  await reviewer.keyboard.press('Space');
  for (const [index, fr, en] of [[0, 'Oui', 'Yes'], [1, 'Non', 'No']]) {
    await tabTo(reviewer, `[id$="-choices-${index}-label-fr"]`);
    await reviewer.keyboard.type(fr);
    await reviewer.keyboard.press('Tab');
    await reviewer.keyboard.type(en);
  }

  // 2. A long text, shown only after "Non": saving before it is complete
  // lists what is missing, each at its field.
  await addQuestion(reviewer, 4);
  await tabTo(reviewer, '[id$="-show-if"]');
  await reviewer.keyboard.press('Space');
  await tabTo(reviewer, 'button[type=submit]');
  await reviewer.keyboard.press('Enter');
  await reviewer.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  const summary = await reviewer.textContent('.error-summary');
  assert.match(summary, /Question 2.*Écrivez ce texte dans cette langue\./);
  assert.match(summary, /Question 2.*Cochez au moins une réponse qui affiche cette question\./);
  assert.deepEqual(await axe(reviewer), []);
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.press('Enter');
  assert.match(await focused(reviewer), /^q\d+-label-fr$/);
  await reviewer.keyboard.type('Qu’est-ce qui vous en empêche ?');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('What stops you?');
  // The condition offers only the earlier question, with its real answers.
  const source = reviewer.locator('[id$="-show-if-question"]');
  assert.deepEqual(await source.locator('option').allTextContents(), ['Choisissez', 'Utilisez-vous l’agenda partagé ?']);
  await tabTo(reviewer, '[id$="-show-if-any-of-option2"]');
  assert.equal(await reviewer.evaluate(() => document.activeElement.labels[0].textContent), 'Non');
  await reviewer.keyboard.press('Space');
  assert.equal(await reviewer.locator('.field-error', { hasText: 'Cochez au moins une réponse' }).count(), 0,
    'a problem fixed leaves its field at once');

  // 3. A ranking of three options, moved up above question 2 and back.
  await addQuestion(reviewer, 5);
  await reviewer.keyboard.type('Classez ces usages');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('Rank these uses');
  for (const [index, fr, en] of [[0, 'Réunions', 'Meetings'], [1, 'Permanences', 'Office hours']]) {
    await tabTo(reviewer, `[id$="-choices-${index}-label-fr"]`);
    await reviewer.keyboard.type(fr);
    await reviewer.keyboard.press('Tab');
    await reviewer.keyboard.type(en);
  }
  await tabTo(reviewer, '[id$="-choices-add"]');
  await reviewer.keyboard.press('Enter');
  assert.match(await focused(reviewer), /-choices-2-label-fr$/);
  await reviewer.keyboard.type('Fêtes');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('Parties');
  await tabTo(reviewer, '[aria-label="Monter la question 3"]');
  await reviewer.keyboard.press('Enter');
  assert.equal(await focusedName(reviewer), 'Monter la question 2', 'the focus follows the question moved');
  assert.equal(await reviewer.locator('.question-card').nth(1).locator('input[id$="-label-fr"]').first().inputValue(), 'Classez ces usages');
  await reviewer.keyboard.press('Tab');
  assert.equal(await focusedName(reviewer), 'Descendre la question 2');
  await reviewer.keyboard.press('Enter');
  // Last again, it cannot go lower: the focus is on the button that can.
  assert.equal(await focusedName(reviewer), 'Monter la question 3');

  // The preview shows the survey as collectives will, its condition included.
  const preview = reviewer.getByRole('region', { name: 'Aperçu pour les collectifs' });
  await preview.getByRole('heading', { level: 3, name: 'Notre agenda partagé' }).waitFor();
  assert.equal(await preview.getByText('Qu’est-ce qui vous en empêche ?').count(), 0);
  await preview.getByRole('radio', { name: 'Non' }).check();
  await preview.getByText('Qu’est-ce qui vous en empêche ?').waitFor();
  assert.deepEqual(await axe(reviewer), []);

  // The preview comes after the form: back up to its button.
  await tabTo(reviewer, 'button[type=submit]', { back: true });
  await reviewer.keyboard.press('Enter');
  await reviewer.getByRole('heading', { level: 1, name: 'Notre agenda partagé' }).waitFor();

  // Opening asks first, and says how many invitations it creates.
  await tabTo(reviewer, '#open-survey-button');
  await reviewer.keyboard.press('Enter');
  const dialog = reviewer.getByRole('dialog', { name: 'Ouvrir « Notre agenda partagé » ?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Une invitation sera créée, pour la seule demande acceptée des phases 1/);
  assert.deepEqual(await axe(reviewer), []);
  await reviewer.keyboard.press('Shift+Tab');
  assert.equal(await focusedName(reviewer), 'Ouvrir et créer 1 invitation');
  await reviewer.keyboard.press('Enter');
  await reviewer.getByText(/Nouvel état du questionnaire.*Ouvert aux réponses/).waitFor();

  // On a phone: "Non", then the beginning of an explanation.
  const status = await api('/api/applications/status', { reference: submitted.reference, secret: submitted.secret });
  const invitation = status.invitations[0].secret;
  const phone = await newPage(ctx.browser, ctx.server, { viewport: { width: 360, height: 740 } });
  await phone.goto(`${ctx.server.url}/survey#${invitation}`);
  await phone.getByRole('heading', { level: 1, name: 'Notre agenda partagé' }).waitFor();
  await tabTo(phone, 'input[type=radio]');
  await phone.keyboard.press('ArrowDown');
  assert.equal(await phone.evaluate(() => document.activeElement.labels[0].textContent), 'Non');
  await phone.keyboard.press('Tab');
  await phone.keyboard.type('Personne ne sait');
  await phone.getByText('Brouillon enregistré, chiffré', { exact: false }).waitFor();
  assert.deepEqual(await axe(phone), []);
  // What the server keeps of it is sealed: the words are not in it.
  const kept = await api('/api/surveys/invitation', { secret: invitation });
  assert.ok(kept.draft && !kept.draft.includes('Personne'), 'a sealed draft');
  assert.equal(kept.answers, undefined);
  await phone.context().close();

  // On a computer, with the same invitation: the draft is there.
  const computer = await newPage(ctx.browser, ctx.server);
  await computer.goto(`${ctx.server.url}/survey#${invitation}`);
  await computer.getByRole('heading', { level: 1, name: 'Notre agenda partagé' }).waitFor();
  await computer.waitForFunction(() => document.querySelector('textarea')?.value === 'Personne ne sait');
  assert.ok(await computer.getByRole('radio', { name: 'Non' }).isChecked());
  await tabTo(computer, 'textarea');
  await computer.keyboard.press('End');
  await computer.keyboard.type(' s’en servir.');
  // The ranking, by keyboard: "Réunions" goes down one place.
  const down = 'Descendre «\u00a0Réunions\u00a0»';
  await tabTo(computer, `[aria-label="${down}"]`);
  await computer.keyboard.press('Enter');
  await computer.getByText('« Réunions » est maintenant en position 2 sur 3.').waitFor();
  assert.equal(await focusedName(computer), down);
  assert.deepEqual(await computer.locator('.rank-label').allTextContents(), ['Permanences', 'Réunions', 'Fêtes']);
  assert.deepEqual(await axe(computer), []);
  await tabTo(computer, 'button[type=submit]');
  await computer.keyboard.press('Enter');
  await computer.waitForFunction(() => document.activeElement?.textContent === 'Merci pour vos réponses');

  // The reviewer sees the response and how far the invitation went.
  await reviewer.reload();
  await reviewer.getByText('1 réponse', { exact: true }).waitFor();
  const progress = reviewer.getByRole('table', { name: 'Où en sont les invitations' });
  assert.deepEqual(await cells(progress), [
    'Invitations | 1 | 100\u202f%', 'Ouvertes | 1 | 100\u202f%', 'Commencées | 1 | 100\u202f%', 'Envoyées | 1 | 100\u202f%',
  ]);
  await reviewer.getByText('Aucune réponse commencée n’est restée sans être envoyée.').waitFor();
  assert.match(await reviewer.textContent('.results'), /Personne ne sait s’en servir\./);
  const ranks = reviewer.getByRole('table', { name: 'Rang moyen de chaque option (1 = la plus importante)' });
  assert.deepEqual(await cells(ranks), ['Réunions | 2 | 1', 'Permanences | 1 | 1', 'Fêtes | 3 | 1']);
  assert.deepEqual(await axe(reviewer), []);

  // Closed, it can be copied into a new draft for the next phase.
  await reviewer.getByRole('button', { name: 'Clore le questionnaire' }).click();
  await reviewer.getByRole('button', { name: 'Dupliquer en nouveau brouillon' }).click();
  await reviewer.getByRole('heading', { name: 'Modifier le brouillon' }).waitFor();
  await reviewer.getByRole('status').getByText('Ce brouillon est une copie', { exact: false }).waitFor();
  assert.equal(await reviewer.inputValue('#definition-title-fr'), 'Notre agenda partagé');

  for (const page of [reviewer, computer]) assert.deepEqual(page.problems, []);
});
