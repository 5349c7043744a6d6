// The pre-registration wizard, driven as a person would: with the keyboard
// alone, reloading in the middle, taking the ineligible path, and submitting
// twice for one application.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe } from './support.mjs';

const ctx = useServerAndBrowser({ before, after });

/** Presses Tab until the focused element's accessible text matches `name`. */
async function tabTo(page, name) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      // Past the last control, focus leaves the page: the body holds every text.
      if (!el || el === document.body) return '';
      const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
      return `${el.textContent} ${label} ${el.getAttribute('aria-label') || ''}`;
    });
    if (focused.includes(name)) return;
  }
  throw new Error(`could not reach "${name}" with the Tab key`);
}

async function heading(page) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  return page.evaluate(() => document.activeElement.textContent);
}

async function fillByKeyboard(page, label, text) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

test('an eligible association completes the wizard with the keyboard alone, reloading in the middle', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/apply');
  await ready(page);
  await tabTo(page, 'Commencer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 1 sur 8.*Votre structure/);

  // Continue without an answer: the error summary takes the focus.
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.match(await page.textContent('.error-summary'), /Choisissez la forme de votre structure/);
  assert.equal(await page.getAttribute('#structure-kind', 'aria-describedby'), 'structure-kind-association-hint');
  assert.match(await page.getAttribute('fieldset.has-error', 'aria-describedby'), /structure-kind-error/);
  // The summary links to the field.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Choisissez la forme de votre structure.');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'structure-kind');

  await page.keyboard.press('Space');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 2 sur 8/);

  await tabTo(page, 'Oui');
  await page.keyboard.press('Space');
  await tabTo(page, 'Pays où la structure est établie');
  await page.keyboard.type('France');
  await fillByKeyboard(page, 'Code postal', '75011');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 3 sur 8.*Vos besoins/);

  await fillByKeyboard(page, 'Combien de comptes', '12');
  await fillByKeyboard(page, 'De combien d’espace', '10');
  await tabTo(page, 'Fichiers et partage');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 4 sur 8/);
  assert.match(await page.textContent('main'), /votre structure peut bénéficier de l’offre/);

  await fillByKeyboard(page, 'Nom de la structure', 'Les Jardins partagés');
  await fillByKeyboard(page, 'Objet de la structure', 'Faire vivre des jardins partagés ouverts à tous.');
  await fillByKeyboard(page, 'Principales activités', 'Ateliers, trocs de graines, repas de quartier.');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 5 sur 8/);

  // Type half the contact step, then reload: nothing is lost.
  await fillByKeyboard(page, 'Nom et prénom', 'Camille Martin');
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#contact-name'), 'Camille Martin');
  await page.goBack();
  await ready(page);
  assert.equal(await page.inputValue('#structure-name'), 'Les Jardins partagés');
  await page.goForward();
  await ready(page);

  await fillByKeyboard(page, 'Adresse électronique', 'camille@example.org');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 6 sur 8/);

  await fillByKeyboard(page, 'Qu’est-ce que cet espace changerait', 'Nous perdons des versions de nos documents partagés par courriel.');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 7 sur 8/);

  await tabTo(page, 'Ma structure accepte ces engagements');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  assert.match(await heading(page), /Étape 8 sur 8.*Vérifiez vos réponses/);
  const summary = await page.textContent('.summary');
  for (const answer of ['Association', 'France', '75011', '12', 'Fichiers et partage', 'Les Jardins partagés', 'camille@example.org']) {
    assert.ok(summary.includes(answer), `${answer} missing from the summary`);
  }
  assert.deepEqual(await axe(page), []);

  // Filled faster than a person can (the clock of the draft says it began
  // just now): refused, and said so.
  assert.ok(await page.evaluate(() => localStorage.getItem('portal.apply.started')), 'the draft records when it began');
  await page.evaluate(() => localStorage.setItem('portal.apply.started', String(Date.now())));
  const before = Number(ctx.server.sql('SELECT COUNT(*) FROM applications'));
  await tabTo(page, 'Envoyer ma pré-inscription');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.notice.error');
  assert.match(await page.textContent('.notice.error'), /plus vite qu’une personne/);
  assert.equal(Number(ctx.server.sql('SELECT COUNT(*) FROM applications')), before);
  // At a person's pace, it goes.
  await page.evaluate(() => localStorage.setItem('portal.apply.started', String(Date.now() - 5 * 60 * 1000)));
  await tabTo(page, 'Envoyer ma pré-inscription');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/apply/done');
  assert.equal(await page.evaluate(() => localStorage.getItem('portal.apply.started')), null);
  const reference = await page.textContent('#receipt-reference');
  assert.match(reference, /^FS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.ok((await page.textContent('#receipt-secret')).length >= 32);
  assert.deepEqual(await axe(page), []);
  assert.equal(ctx.server.sql(`SELECT kind || '|' || country || '|' || status FROM applications WHERE reference = '${reference}'`), 'association|FR|received');
  // The draft is gone from the ctx.browser.
  assert.equal(await page.evaluate(() => localStorage.getItem('portal.apply.draft')), null);
  // The receipt leads to the status page.
  await tabTo(page, 'Suivre ma demande');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#status-result-title');
  assert.match(await page.textContent('.status-result'), /Reçue/);
  // Only the refusal of the too-quick submission, which Chromium logs.
  assert.deepEqual(page.problems, ['console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)']);
});

test('a company learns at once that the offer is not for it, why, and where to go', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/apply/kind');
  await ready(page);
  await page.getByLabel('Entreprise').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL('**/apply/not-eligible');
  await ready(page);
  const text = await page.textContent('main');
  assert.match(text, /Les entreprises ne peuvent pas obtenir d’espace/);
  assert.match(text, /CHATONS/);
  assert.equal(await page.locator('#contact-email').count(), 0);
  assert.deepEqual(await axe(page), []);
  // Changing the answer leads back to the question.
  await page.getByRole('link', { name: 'Modifier cette réponse' }).click();
  await page.waitForURL('**/apply/kind');
  assert.ok(await page.getByLabel('Entreprise').isChecked());
  assert.deepEqual(page.problems, []);
});

test('a cooperative is told what will be examined', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/apply/kind');
  await ready(page);
  await page.getByLabel('Coopérative', { exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForSelector('.error-summary');
  assert.match(await page.textContent('.error-summary'), /Précisez de quelle coopérative/);
  await page.getByLabel(/SCIC/).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL('**/apply/origin');
  assert.match(await page.textContent('main'), /étudiée au cas par cas/);
});

test('a typed address beyond the answered steps leads back to the first unanswered one', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/apply/motivation');
  await page.waitForURL('**/apply/kind');
  await ready(page);
});

test('sending twice, after a lost answer, creates one application', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  const draft = {
    structure: {
      kind: 'union', name: 'Syndicat des travailleurs du livre', purpose: 'Défendre les intérêts des salariés du livre et de l’édition.',
      activities: 'Permanences, journal mensuel, formations syndicales.', country: 'FR', postal_code: '69001', french_speaking: true,
    },
    needs: { accounts: 20, storage_gb: 20, apps: ['files'] },
    contact: { name: 'Sam Durand', email: 'sam@example.org' },
    motivation: 'Nous voulons quitter les outils des grandes plateformes pour nos documents.',
    consents: { terms: true, surveys: false },
    locale: 'fr',
  };
  await page.addInitScript((d) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('portal.apply.draft', JSON.stringify(d));
      sessionStorage.setItem('seeded', '1');
    }
  }, draft);
  const before = Number(ctx.server.sql('SELECT COUNT(*) FROM applications'));
  // The first answer is lost on the way back (the server did store it).
  let lost = false;
  await page.route('**/api/applications', async (route) => {
    if (!lost) {
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.goto(ctx.server.url + '/apply/review');
  await ready(page);
  await page.getByRole('button', { name: 'Envoyer ma pré-inscription' }).click();
  await page.waitForSelector('.notice.error');
  assert.match(await page.textContent('.notice.error'), /ne répond pas/);
  await page.getByRole('button', { name: 'Envoyer ma pré-inscription' }).dblclick();
  await page.waitForURL('**/apply/done');
  const reference = await page.textContent('#receipt-reference');
  assert.equal(Number(ctx.server.sql('SELECT COUNT(*) FROM applications')), before + 1);
  assert.equal(ctx.server.sql(`SELECT COUNT(*) FROM applications WHERE reference = '${reference}'`), '1');
});

test('the wizard steps pass the accessibility audit in both languages', async () => {
  for (const lang of ['fr', 'en']) {
    const page = await newPage(ctx.browser, ctx.server);
    await page.addInitScript((l) => localStorage.setItem('portal.locale', l), lang);
    await page.goto(ctx.server.url + '/apply/kind');
    await ready(page);
    await page.getByRole('button', { name: lang === 'fr' ? 'Continuer' : 'Continue' }).click();
    await page.waitForSelector('.error-summary');
    assert.deepEqual(await axe(page), [], `${lang} kind step with errors`);
    for (const step of ['origin', 'needs', 'identity', 'contact', 'motivation', 'consents']) {
      await page.evaluate(() => localStorage.setItem('portal.apply.draft', JSON.stringify({
        structure: { kind: 'association', name: 'Assoc', purpose: 'Un objet assez long pour passer.', activities: 'Des activités variées.', country: 'FR', french_speaking: true },
        needs: { accounts: 5, storage_gb: 5, apps: [] },
        contact: { name: 'Ana Lima', email: 'ana@example.org' },
        motivation: 'Une motivation assez longue pour passer la règle.',
        consents: { terms: true, surveys: true },
        locale: 'fr',
      })));
      await page.goto(ctx.server.url + '/apply/' + step);
      await ready(page);
      assert.deepEqual(await axe(page), [], `${lang} ${step}`);
    }
    assert.deepEqual(page.problems, []);
  }
});

test('the server log of all these submissions holds no name, e-mail or secret', async () => {
  const log = ctx.server.log();
  assert.match(log, /application received/, 'the log was captured');
  for (const personal of ['Camille Martin', 'Sam Durand', 'Ana Lima', '@example.org', 'Les Jardins partagés']) {
    assert.ok(!log.includes(personal), `the log contains ${personal}`);
  }
  assert.doesNotMatch(log, /[23456789A-HJKMNP-TV-Z]{4}-[23456789A-HJKMNP-TV-Z]{4}-[23456789A-HJKMNP-TV-Z]{4}-[23456789A-HJKMNP-TV-Z]{4}/, 'a status secret in the log');
});
