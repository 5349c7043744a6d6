// Trust and clarity: who is behind the site (from the configuration), how
// long requests are kept, the accessibility statement, the alternatives as
// links, a FAQ that understands the words people type, the wizard's case by
// case and limits, and reviewers' decisions that a person chose and
// confirmed. In French and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, newPage, ready, axe, addReviewer, postJson, signInReviewer } from './support.mjs';

const config = `
[publisher]
address = "10 rue de l'Exemple, 69000 Lyon"
director = "Camille Dupont"
contact_email = "contact@asso.example"
host_name = "Hébergeur Coopératif"
host_address = "1 place du Serveur, 75000 Paris"

[retention]
refused_days = 200
waitlisted_days = 300
accepted_days = 400
undecided_days = 500

[links]
forum = "https://forum.example/"
chatons = "https://chatons.example/"
paid_hosts = "https://hosts.example/nextcloud"
`;
const ctx = useServerAndBrowser({ before, after }, { config });

async function english(page) {
  await page.addInitScript(() => localStorage.setItem('portal.locale', 'en'));
}

test('the legal notice names the publisher, its director, its contact and the host from the configuration', async () => {
  for (const lang of ['fr', 'en']) {
    const page = await newPage(ctx.browser, ctx.server);
    if (lang === 'en') await english(page);
    await page.goto(ctx.server.url + '/legal');
    await ready(page);
    // The configuration comes with the offer, which may arrive after the page.
    await page.waitForFunction(() => document.querySelector('main').textContent.includes('Camille Dupont'));
    const main = await page.textContent('main');
    for (const fact of ['Framasoft', "10 rue de l’Exemple, 69000 Lyon", 'Camille Dupont', 'contact@asso.example', 'Hébergeur Coopératif', '1 place du Serveur']) {
      assert.ok(main.includes(fact.replace('’', "'")) || main.includes(fact), `${lang}: ${fact} in ${main}`);
    }
    assert.doesNotMatch(main, /précisés par chaque installation|set by each deployment/);
    assert.equal(await page.getByRole('link', { name: 'contact@asso.example' }).getAttribute('href'), 'mailto:contact@asso.example');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.problems, []);
  }
});

test('the privacy page states the controller, the grounds, the enforced retention periods and the CNIL', async () => {
  for (const [lang, days, complaint] of [['fr', /200 jours après la décision/, 'Adresser une réclamation à la CNIL'], ['en', /200 days after the decision/, 'Complain to the CNIL']]) {
    const page = await newPage(ctx.browser, ctx.server);
    if (lang === 'en') await english(page);
    await page.goto(ctx.server.url + '/privacy');
    await ready(page);
    // The configured periods come with the offer, after the page is drawn.
    await page.locator('main', { hasText: days }).waitFor();
    const main = await page.textContent('main');
    assert.match(main, days);
    for (const n of ['300', '400', '500']) assert.match(main, new RegExp(n));
    assert.match(main, /Framasoft/);
    assert.match(main, /6\.1\.b/);
    assert.match(main, /6\.1\.a/);
    assert.doesNotMatch(main, /France/);
    assert.match(await page.getByRole('link', { name: complaint }).getAttribute('href'), /^https:\/\/www\.cnil\.fr/);
    assert.deepEqual(await axe(page), []);
  }
});

test('the accessibility statement is linked from the footer and says how to report a problem', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await ready(page);
  await page.locator('footer').getByRole('link', { name: 'Accessibilité' }).click();
  await page.waitForURL('**/accessibility');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const main = await page.textContent('main');
  assert.match(main, /RGAA 4\.1/);
  assert.match(main, /WCAG 2\.2/);
  assert.match(main, /partiellement conforme/);
  assert.match(main, /contact@asso\.example/);
  assert.ok(await page.getByRole('link', { name: 'Saisir le Défenseur des droits' }).isVisible());
  assert.deepEqual(await axe(page), []);
});

test('the home page names the association behind the service', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/');
  await ready(page);
  assert.match(await page.textContent('section[aria-labelledby="trust-title"]'), /offert par Framasoft/);
});

test('the alternatives the site names are links, and the FAQ’s “no result” leads to the forum', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  // The configured links come with the offer, after the page is drawn (on a
  // busy machine, a while after): each is waited for, as a reader would see it.
  const link = async (name, href) => {
    await page.waitForFunction(([n, h]) => [...document.querySelectorAll('main a')]
      .some((a) => a.textContent.trim() === n && a.getAttribute('href') === h), [name, href]);
  };
  await page.goto(ctx.server.url + '/eligibility');
  await ready(page);
  await link('Trouver un membre des CHATONS', 'https://chatons.example/');
  await link('Voir des hébergeurs Nextcloud payants', 'https://hosts.example/nextcloud');
  await page.goto(ctx.server.url + '/faq?q=zzzzzz');
  await ready(page);
  await link('Le forum d’entraide', 'https://forum.example/');
  await page.goto(ctx.server.url + '/survey');
  await ready(page);
  await link('Le forum d’entraide', 'https://forum.example/');
});

test('the FAQ finds what people type, keeps the search in the address and links each question from its heading', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/faq');
  await ready(page);
  const search = page.getByLabel('Chercher dans les questions');
  for (const [word, id] of [['mail', 'q-email'], ['email', 'q-email'], ['prix', 'q-why-free'], ['RGPD', 'q-delete-data'], ['combien', 'q-more-accounts']]) {
    await search.fill(word);
    // The address says the search once its results are drawn (the previous
    // word's may still match meanwhile).
    await page.waitForFunction(([id, word]) => new URLSearchParams(location.search).get('q') === word
      && document.getElementById(id) !== null && document.querySelectorAll('article.entry').length < 40, [id, word]);
  }
  // A shared search opens as it was.
  await page.goto(ctx.server.url + '/faq?q=mail');
  await ready(page);
  assert.equal(await search.inputValue(), 'mail');
  assert.ok(await page.locator('#q-email').isVisible());
  // No copy button on each question: a link on its heading.
  assert.equal(await page.locator('article.entry button').count(), 0);
  await page.goto(ctx.server.url + '/faq');
  await ready(page);
  const anchor = page.locator('#q-lost-secret h3 a');
  assert.equal(await anchor.getAttribute('href'), '#q-lost-secret');
  assert.match(await anchor.getAttribute('aria-label'), /Lien vers cette question/);
  // The new questions are there, in English too.
  for (const id of ['q-refused-neighbour', 'q-individuals', 'q-small-business', 'q-federation', 'q-activists', 'q-training', 'q-missing-app', 'q-why-10000', 'q-political-goal']) {
    assert.equal(await page.locator(`#${id}`).count(), 1, id);
  }
  const en = await newPage(ctx.browser, ctx.server);
  await english(en);
  await en.goto(ctx.server.url + '/faq');
  await ready(en);
  await en.getByLabel('Search the questions').fill('price');
  await en.waitForSelector('#q-why-free');
});

test('an “other” structure is described right under its choice and examined case by case', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(ctx.server.url + '/apply/kind');
  await ready(page);
  // The caption and the title of a step read apart.
  assert.match(await page.textContent('main h1'), /^Étape 1 sur \d+ — /);
  await page.getByLabel('Autre', { exact: true }).check();
  const description = page.getByLabel('Qu’est-ce que votre structure ?');
  // Right under its choice, before the next one.
  const follows = await page.evaluate(() => {
    const other = document.querySelector('input[value=other]').closest('.choice');
    return other.nextElementSibling?.classList.contains('conditional') && other.nextElementSibling.contains(document.activeElement ?? document.body) !== undefined;
  });
  assert.ok(follows);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForSelector('.error-summary');
  assert.match(await page.textContent('.error-summary'), /Décrivez votre structure/);
  await description.fill('Un tiers-lieu associatif');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL('**/apply/origin');
  assert.match(await page.textContent('main'), /étudiée au cas par cas/);
  // The cooperative follow-up comes right under its own choice too.
  await page.goto(ctx.server.url + '/apply/kind');
  await ready(page);
  await page.getByLabel('Coopérative', { exact: true }).check();
  const under = await page.evaluate(() => document.querySelector('input[value=cooperative]').closest('.choice').nextElementSibling?.querySelector('legend')?.textContent ?? '');
  assert.match(under, /coopérative/i);
  assert.deepEqual(await axe(page), []);
});

test('more accounts than a space has is an error on that field that says the limit and how to live with it', async () => {
  for (const [lang, pattern] of [['fr', /au plus 50 comptes.*liens/s], ['en', /at most 50 accounts.*links/s]]) {
    const page = await newPage(ctx.browser, ctx.server);
    if (lang === 'en') await english(page);
    // The steps before are answered (the wizard opens no later step before).
    await page.addInitScript(() => localStorage.setItem('portal.apply.draft', JSON.stringify({
      structure: { kind: 'association', country: 'FR', french_speaking: true },
      locale: 'fr',
    })));
    await page.goto(ctx.server.url + '/apply/needs');
    await ready(page);
    await page.locator('#needs-accounts').fill('80');
    await page.locator('#needs-storage-gb').fill('10');
    await page.getByRole('button', { name: lang === 'fr' ? 'Continuer' : 'Continue' }).click();
    await page.waitForSelector('#needs-accounts-error');
    assert.match(await page.textContent('#needs-accounts-error'), pattern);
    assert.equal(new URL(page.url()).pathname, '/apply/needs');
  }
});

let token;
function reviewerToken() {
  token ??= addReviewer(ctx.server, 'Sacha');
  return token;
}

async function submit(name) {
  return postJson(ctx.server, '/api/applications', {
    structure: {
      kind: 'association', name, purpose: 'Réparer ensemble les vélos du quartier et apprendre à le faire.',
      activities: 'Ateliers hebdomadaires, bourse aux pièces.', country: 'FR', french_speaking: true,
    },
    needs: { accounts: 5, storage_gb: 5, apps: ['files'] },
    contact: { name: 'Lou Martin', email: 'lou@example.org' },
    motivation: 'Partager nos fiches de réparation et le planning des ateliers.',
    consents: { terms: true, surveys: false },
    locale: 'fr',
  });
}

test('refusing asks for a reason, shows what the collective will read, and a repeated decision says it changed nothing', async () => {
  const { reference, secret } = await submit('Atelier vélo du Bas-Quartier');
  const page = await newPage(ctx.browser, ctx.server);
  await signInReviewer(page, ctx.server, reviewerToken());
  await page.waitForSelector('table.queue');
  await page.getByRole('link', { name: reference }).click();
  await page.waitForSelector('#decision-kind');
  // The request's page has a title of its own, reference and name apart.
  await page.waitForFunction((r) => document.title === `${r} — Atelier vélo du Bas-Quartier — Frama.space`, reference);
  await page.getByLabel('Décision', { exact: true }).selectOption('refuse');
  // The reason starts empty, and is required.
  assert.equal(await page.getByLabel('Raison du refus').inputValue(), '');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'decision-reason');
  assert.match(await page.textContent('#decision-reason-error'), /Choisissez la raison/);
  assert.equal(await page.getByLabel('Raison du refus').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Raison du refus').selectOption('duplicate');
  await page.getByLabel('Message pour le collectif (facultatif)').fill('Une demande existe déjà pour votre atelier.');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'decision-confirm-title');
  const confirm = await page.textContent('.confirm');
  assert.match(confirm, /«\sAtelier vélo du Bas-Quartier\s» lira sur sa page de suivi/);
  assert.match(confirm, /Refusée/);
  assert.match(confirm, /Une demande existe déjà pour votre atelier/);
  assert.deepEqual(await axe(page), []);
  // Nothing was recorded yet.
  const before = await (await fetch(`${ctx.server.url}/api/applications/status`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reference, secret }),
  })).json();
  assert.equal(before.status, 'received');
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.waitForFunction(() => document.querySelector('#decision-result')?.textContent.includes('Décision enregistrée'));
  // The same decision again: said to change nothing.
  await page.getByLabel('Raison du refus').selectOption('duplicate');
  await page.getByLabel('Message pour le collectif (facultatif)').fill('Une demande existe déjà pour votre atelier.');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.waitForFunction(() => document.querySelector('#decision-result')?.textContent.includes('Rien n’a changé'));
  assert.deepEqual(page.problems, []);
});

test('a bulk decision asks for a phase, is confirmed with its count, and reports each outcome', async () => {
  await submit('Chorale des Trois Ponts');
  await submit('Jardin des Trois Ponts');
  const page = await newPage(ctx.browser, ctx.server);
  await page.goto(`${ctx.server.url}/admin?q=trois+ponts`);
  await ready(page);
  if (await page.getByLabel('Jeton de connexion').count()) {
    await page.getByLabel('Jeton de connexion').fill(reviewerToken());
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }
  await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 2);
  for (const box of await page.locator('table.queue tbody input[type=checkbox]').all()) await box.check();
  await page.locator('#bulk-decision').selectOption('waitlist');
  await page.getByRole('button', { name: 'Appliquer à la sélection' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'bulk-phase');
  await page.locator('#bulk-phase').selectOption('2');
  await page.getByRole('button', { name: 'Appliquer à la sélection' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'bulk-confirm');
  assert.match(await page.textContent('#bulk-confirm'), /aux 2 demandes sélectionnées/);
  assert.match(await page.textContent('#bulk-confirm'), /liste d’attente.*phase 2/is);
  await page.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.bulk .live')?.textContent.includes('Appliquée\u00a0: 2'));
  assert.match(await page.textContent('.bulk .live'), /inchangée\u00a0: 0.*en échec\u00a0: 0/s);
});

test('the exports open in a spreadsheet: CSV with a byte-order mark and French headers, and ODS', async () => {
  const page = await newPage(ctx.browser, ctx.server, { acceptDownloads: true });
  await page.goto(`${ctx.server.url}/admin`);
  await ready(page);
  if (await page.getByLabel('Jeton de connexion').count()) {
    await page.getByLabel('Jeton de connexion').fill(reviewerToken());
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }
  await page.waitForSelector('table.queue');
  const { readFileSync } = await import('node:fs');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), 'requests.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\ufeff'), 'a byte-order mark');
  assert.match(text, /^\ufeff"Référence";"Reçue le";"État";"Verdict";"Forme";/);
  assert.match(text, /;"Éligible";"Association";"FR";"Atelier vélo du Bas-Quartier";"5";"5";/);
  const [ods] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en tableur (ODS)' }).click()]);
  assert.equal(ods.suggestedFilename(), 'requests.ods');
  const bytes = readFileSync(await ods.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  assert.ok(bytes.includes(Buffer.from('application/vnd.oasis.opendocument.spreadsheet')));
});

test('on a phone the header takes at most a quarter of the screen, and its menu opens', async () => {
  const page = await newPage(ctx.browser, ctx.server, { viewport: { width: 360, height: 640 } });
  await page.goto(ctx.server.url + '/');
  await ready(page);
  const height = await page.evaluate(() => document.querySelector('.site-header').getBoundingClientRect().height);
  assert.ok(height <= 160, `the header is ${height}px high`);
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#main-nav').isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await page.locator('#main-nav').getByRole('link', { name: 'Questions fréquentes' }).click();
  await page.waitForURL('**/faq');
  assert.equal(await page.locator('#main-nav').isVisible(), false, 'the menu folds again after a choice');
  // The FAQ's chunk may still be on its way: audit the FAQ, not its loading line.
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Questions fréquentes');
  assert.deepEqual(await axe(page), []);
});

test('every public page passes the accessibility audit at phone size too', async () => {
  for (const lang of ['fr', 'en']) {
    const page = await newPage(ctx.browser, ctx.server, { viewport: { width: 360, height: 740 } });
    if (lang === 'en') await english(page);
    for (const path of ['/', '/eligibility', '/faq', '/about', '/privacy', '/legal', '/accessibility', '/apply', '/status', '/apply/kind']) {
      await page.goto(ctx.server.url + path);
      await ready(page);
      assert.deepEqual(await axe(page), [], `${lang} ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} ${path}: ${overflow}px too wide`);
    }
  }
});

test('the receipt holds the name, the date, the keys and the status address, and prints without buttons', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.addInitScript(() => sessionStorage.setItem('portal.apply.receipt', JSON.stringify({
    submitted: { reference: 'FS-2345-6789', secret: 'ABCD-EFGH-JKMN-PQRS', status: 'received', eligibility: 'eligible' },
    name: 'Les Jardins du Bas-Pays',
    sent_at: '2026-12-01T10:00:00Z',
  })));
  await page.goto(ctx.server.url + '/apply/done');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.querySelector('main').innerText);
  assert.match(printed, /Les Jardins du Bas-Pays/);
  assert.match(printed, /2026/);
  assert.match(printed, /FS-2345-6789/);
  assert.match(printed, /ABCD-EFGH-JKMN-PQRS/);
  assert.match(printed, /\/status#FS-2345-6789\/ABCD-EFGH-JKMN-PQRS/);
  assert.equal(await page.locator('main button:visible').count(), 0, 'no button on paper');
});
