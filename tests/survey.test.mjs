// Feedback surveys: a reviewer creates the end-of-phase survey from the
// template and opens it; an accepted collective finds the invitation on its
// status page and answers with the keyboard alone; two more collectives
// start on the same browser without seeing each other's drafts, then
// answer; the survey is anonymous, so the reviewer sees only the count
// until it is closed for good, then the results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, axe, addReviewer, postJson, acceptedRequest as accepted, signInReviewer, tabTo as tabToAtMost } from './support.mjs';

// Many lookups from one address (the test's): a looser limit than the default.
const ctx = useServerAndBrowser({ before, after }, { config: '[limits]\nlookup_burst = 1000\n' });

const api = (path, body, token) => postJson(ctx.server, path, body, token);

const acceptedRequest = (token, name) => accepted(ctx.server, token, name);
/** Presses Tab until the focus is on `selector` (at most 40 times). */
const tabTo = (page, selector) => tabToAtMost(page, selector, { most: 40 });

const activeId = (page) => page.evaluate(() => document.activeElement?.id);
const chartOf = (page, question) => page.textContent(`#result-${question}-desc`);

test('a collective answers the survey by keyboard and the reviewer sees the results change', async () => {
  const token = addReviewer(ctx.server, 'Camille');
  await api('/api/review/phases/1', { open: true }, token);
  const { reference, secret } = await acceptedRequest(token);
  const others = [await acceptedRequest(token, 'Jardin partagé des Lilas'), await acceptedRequest(token, 'Chorale du quartier Nord')];

  // The reviewer creates the survey from the template and opens it.
  const reviewer = await newPage(ctx.browser, ctx.server);
  await signInReviewer(reviewer, ctx.server, token);
  await reviewer.getByRole('link', { name: 'Questionnaires', exact: true }).click();
  await reviewer.getByText('Aucun questionnaire pour l’instant.').waitFor();
  await reviewer.getByRole('link', { name: 'Nouveau questionnaire' }).click();
  await reviewer.waitForFunction(() => document.querySelector('#definition-title-fr')?.value === 'Votre espace, après quelques mois');
  assert.ok(await reviewer.getByRole('checkbox', { name: 'phase 1', exact: true }).isChecked());
  // The preview shows the survey as collectives will see it, conditions included.
  const preview = reviewer.getByRole('region', { name: 'Aperçu pour les collectifs' });
  await preview.getByRole('heading', { level: 3, name: 'Votre espace, après quelques mois' }).waitFor();
  assert.equal(await preview.locator('#answers-hard-parts').count(), 0);
  await preview.getByRole('radio', { name: '1', exact: true }).first().check();
  await preview.locator('#answers-hard-parts').waitFor();
  assert.deepEqual(await axe(reviewer), []);

  // A definition imported as JSON goes through the same checks: a wrong
  // type is named with what is allowed, a scale too long is refused at its field.
  await reviewer.getByText('Importer ou exporter la définition (JSON)').click();
  const definition = reviewer.getByLabel('Définition (JSON)');
  const template = await definition.inputValue();
  await definition.fill(template.replace('"type": "long_text"', '"type": "echelle"'));
  await reviewer.getByRole('button', { name: 'Importer ce JSON' }).click();
  await reviewer.getByText(/À «.questions\.1\.type.».*«.echelle.» n’est pas un type de question\. Types possibles.*ranking/).waitFor();
  await definition.fill(template.replace('"max": 5', '"max": 50'));
  await reviewer.getByRole('button', { name: 'Importer ce JSON' }).click();
  await reviewer.getByText('Définition importée', { exact: false }).waitFor();
  await reviewer.getByRole('button', { name: 'Créer le brouillon' }).click();
  await reviewer.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.match(await reviewer.textContent('.error-summary'), /Question 1.*Le dernier point doit dépasser le premier/);
  await preview.getByText('L’aperçu apparaîtra dès que la définition sera valide.').waitFor();
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.press('Enter');
  assert.match(await activeId(reviewer), /^q\d+-scale$/);
  await reviewer.locator('[id$="-scale-max"]').first().selectOption('5');
  await reviewer.getByRole('button', { name: 'Créer le brouillon' }).click();
  await reviewer.getByRole('heading', { level: 1, name: 'Votre espace, après quelques mois' }).waitFor();
  await reviewer.getByRole('button', { name: 'Ouvrir et inviter' }).click();
  const confirm = reviewer.getByRole('dialog', { name: 'Ouvrir « Votre espace, après quelques mois » ?' });
  assert.match(await confirm.textContent(), /3 invitations seront créées, une par demande acceptée des phases 1/);
  await confirm.getByRole('button', { name: 'Ouvrir et créer 3 invitations' }).click();
  await reviewer.getByText(/Nouvel état du questionnaire.*Ouvert aux réponses/).waitFor();
  await reviewer.getByText('Aucune réponse pour l’instant').waitFor();
  const withheld = reviewer.getByText('tant qu’il est ouvert, seul le nombre de réponses s’affiche', { exact: false });
  await withheld.waitFor();
  assert.equal(await reviewer.locator('.results figure, .results svg').count(), 0, 'no chart before three responses');
  assert.deepEqual(await axe(reviewer), []);

  // The collective finds the invitation on its status page.
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  const invitation = page.getByRole('link', { name: 'Répondre au questionnaire « Votre espace, après quelques mois »' });
  await invitation.waitFor();
  assert.deepEqual(await axe(page), []);
  await invitation.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Votre espace, après quelques mois' }).waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the invitation secret left the address bar');
  assert.match(await page.textContent('main'), /Ce questionnaire est anonyme\s:.*sans date ni ordre d’arrivée/);
  assert.deepEqual(await axe(page), []);

  // Sending nothing: the summary takes the focus and lists the three required questions.
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.equal(await page.locator('.error-summary li').count(), 3);
  assert.deepEqual(await axe(page), []);
  // Its first link leads to the first question.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await activeId(page), 'answers-getting-started');

  // "Very hard" (1), then 2 with the arrow: the follow-up question appears.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.isChecked('#answers-getting-started-2'));
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'answers-hard-parts');
  await page.keyboard.type('Les droits de partage des dossiers.');

  // The draft survives leaving and coming back through the link.
  await page.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  await invitation.click();
  await page.getByRole('heading', { level: 1, name: 'Votre espace, après quelques mois' }).waitFor();
  // The page puts the focus on its heading once drawn; the reader goes on from there.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.inputValue('#answers-hard-parts'), 'Les droits de partage des dossiers.');

  await page.focus('#answers-hard-parts');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'answers-apps-used');
  await page.keyboard.press('Space');
  await tabTo(page, '#answers-apps-used-deck');
  await page.keyboard.press('Space');
  await tabTo(page, '#answers-recommend');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  assert.ok(await page.isChecked('#answers-recommend-9'));
  await tabTo(page, '#answers-comments');
  await page.keyboard.type('Merci !');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Merci pour vos réponses');
  assert.deepEqual(await axe(page), []);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('portal.survey.')).length), 0,
    'the draft is cleared once sent');

  // The status page now offers to change the answers.
  await page.goto(`${ctx.server.url}/status#${reference}/${secret}`);
  await page.getByRole('link', { name: 'Modifier vos réponses à « Votre espace, après quelques mois »' }).waitFor();

  // One response: still withheld, and nothing to download.
  await reviewer.reload();
  await reviewer.getByText('1 réponse', { exact: true }).waitFor();
  await withheld.waitFor();
  assert.equal(await reviewer.getByRole('button', { name: 'Télécharger les réponses (CSV)' }).count(), 0);

  // On the same browser, two more collectives start: neither finds the
  // other's draft, and each finds its own again.
  const invitations = [];
  for (const other of others) {
    const status = await api('/api/applications/status', { reference: other.reference, secret: other.secret });
    invitations.push(status.invitations[0].secret);
  }
  const open = async (secret) => {
    await page.goto('about:blank');
    await page.goto(`${ctx.server.url}/survey#${secret}`);
    await page.locator('#answers-comments').waitFor();
  };
  // The survey's own code comes when an invitation is opened: if it cannot
  // (offline), the page says so where its failures are said; opening the
  // invitation again brings it.
  const offline = await newPage(ctx.browser, ctx.server);
  let blocked = true;
  await offline.route('**/split_survey_form-*.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await offline.goto(`${ctx.server.url}/survey#${invitations[1]}`);
  await offline.waitForFunction(() => /connexion a peut-être été coupée/.test(document.querySelector('#answer-failure')?.textContent ?? ''));
  await offline.waitForFunction(() => document.activeElement?.id === 'answer-failure');
  assert.deepEqual(await axe(offline), []);
  blocked = false;
  await offline.getByRole('button', { name: 'Ouvrir le questionnaire' }).click();
  await offline.locator('#answers-comments').waitFor();
  await offline.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
  await offline.context().close();
  await open(invitations[0]);
  await page.fill('#answers-comments', 'Brouillon de la chorale voisine');
  await page.waitForTimeout(300);
  await open(invitations[1]);
  assert.equal(await page.inputValue('#answers-comments'), '', 'another collective’s draft showed');
  await open(invitations[0]);
  assert.equal(await page.inputValue('#answers-comments'), 'Brouillon de la chorale voisine');

  // They answer: while the survey is open, only the count moves.
  for (const [secret, answers] of [
    [invitations[0], { getting_started: 4, apps_used: ['office'], recommend: 7 }],
    [invitations[1], { getting_started: 5, apps_used: ['deck'], recommend: 10 }],
  ]) {
    await api('/api/surveys/response', { secret, answers });
  }
  await reviewer.reload();
  await reviewer.getByText('3 réponses', { exact: true }).waitFor();
  await withheld.waitFor();
  assert.equal(await reviewer.locator('.results figure, .results svg').count(), 0);

  // Closed for good, after saying so: the results show, with the keyboard
  // answer among them, and there is no reopening.
  await reviewer.getByRole('button', { name: 'Clore le questionnaire' }).click();
  const closing = reviewer.getByRole('dialog', { name: 'Clore ce questionnaire anonyme pour de bon ?' });
  assert.match(await closing.textContent(), /ne pourra plus être rouvert/);
  assert.deepEqual(await axe(reviewer), []);
  await closing.getByRole('button', { name: 'Clore pour de bon' }).click();
  await reviewer.getByText(/Nouvel état du questionnaire.*Clos/).waitFor();
  await reviewer.getByText('3 réponses', { exact: true }).waitFor();
  await reviewer.locator('#result-recommend-desc').waitFor({ state: 'attached' });
  assert.equal(await withheld.count(), 0);
  assert.equal(await reviewer.getByRole('button', { name: 'Rouvrir le questionnaire' }).count(), 0);
  assert.match(await chartOf(reviewer, 'recommend'), /9\s:\s1 \(33,3\s%\)/);
  assert.match(await chartOf(reviewer, 'apps-used'), /Fichiers et partages\s:\s1 \(33,3\s%\)/);
  assert.match(await reviewer.textContent('.results'), /Les droits de partage des dossiers\./);
  assert.match(await reviewer.textContent('.results'), /Moyenne\s:\s8,67 sur 10/);
  await reviewer.getByRole('button', { name: 'Télécharger les réponses (CSV)' }).waitFor();
  assert.deepEqual(await axe(reviewer), []);
  // Anonymous: the results never name the collective.
  assert.doesNotMatch(await reviewer.textContent('main'), new RegExp(reference));

  assert.deepEqual(page.problems, []);
  assert.deepEqual(reviewer.problems, []);
});
