// E-mails to the applicant, with a real SMTP sink on loopback (smtp-server):
// the collective asks for them in the wizard, gets the receipt, a reviewer
// writes, the applicant follows the e-mail's link to the status page (which
// asks for the secret the e-mail never holds) and turns the e-mails off; the
// reviewer sees each e-mail and where it stands.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { useServerAndBrowser, newPage, ready, axe, addReviewer, signInReviewer } from './support.mjs';

const received = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, done) {
    simpleParser(stream).then((mail) => { received.push(mail); done(); }, done);
  },
});
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
// The draft is seeded: no time is spent filling it in.
const config = `[limits]
min_fill_seconds = 0

[site]
url = "${'http://127.0.0.1'}"

[smtp]
host = "127.0.0.1"
port = ${sink.server.address().port}
tls = "none"
sender = "Frama.space <portail@example.org>"
retry_seconds = 1
`;
const ctx = useServerAndBrowser({ before, after }, { config });
after(() => sink.close());

/** The e-mails received so far, once there are `count` (ten seconds at most). */
async function mails(count) {
  for (let i = 0; i < 200 && received.length < count; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(received.length >= count, `${received.length} of ${count} e-mails`);
  return received;
}

test('a collective asks for e-mails, follows one to its status page and turns them off', async () => {
  const page = await newPage(ctx.browser, ctx.server);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('portal.apply.draft', JSON.stringify({
        structure: {
          kind: 'association', name: 'Atelier vélo du Vieux-Port', purpose: 'Apprendre à réparer son vélo soi-même, entre voisins.',
          activities: 'Ateliers de réparation, bourse aux pièces, sorties.', country: 'FR', postal_code: '13002', french_speaking: true,
        },
        needs: { accounts: 8, storage_gb: 5, apps: ['files'] },
        contact: { name: 'Lou Martin', email: 'lou@example.org' },
        motivation: 'Nos comptes rendus et nos plannings sont éparpillés entre plusieurs boîtes.',
        consents: { terms: true, surveys: false },
        locale: 'fr',
      }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(ctx.server.url + '/apply/consents');
  await ready(page);
  const consent = page.getByLabel('Me prévenir par e-mail quand ma demande avance');
  assert.equal(await consent.isChecked(), false, 'off unless chosen');
  await consent.check();
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL('**/apply/check');
  assert.match(await page.textContent('main'), /Prévenu par e-mail\s*Oui/);
  await page.getByRole('button', { name: 'Envoyer ma pré-inscription' }).click();
  await page.waitForURL('**/apply/done');
  const reference = (await page.textContent('#receipt-reference')).trim();
  const secret = (await page.textContent('#receipt-secret')).trim();

  const [receipt] = await mails(1);
  assert.equal(receipt.subject, `Votre demande ${reference} est bien arrivée`);
  assert.equal(receipt.to.value[0].address, 'lou@example.org');
  assert.equal(receipt.to.value[0].name, '', 'the address alone');
  assert.ok(!receipt.text.includes(secret) && !receipt.text.includes(secret.replaceAll('-', '')));
  const header = (mail, name) => mail.headerLines.find((h) => h.key === name)?.line;
  assert.equal(header(receipt, 'list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  // The first e-mail asks to confirm the address: its link opens a page
  // that asks before doing anything.
  const local = (url) => url.replace('http://127.0.0.1', ctx.server.url);
  const confirmLink = receipt.text.match(/http:\/\/127\.0\.0\.1\/emails#confirm=\S+/)[0];
  const owner = await newPage(ctx.browser, ctx.server);
  await owner.goto(local(confirmLink));
  await ready(owner);
  assert.equal(await owner.textContent('main h1'), 'Vos e-mails de suivi');
  assert.deepEqual(await axe(owner), []);
  await owner.getByRole('button', { name: 'Oui, je veux recevoir ces e-mails' }).click();
  await owner.waitForFunction(() => document.activeElement?.id === 'emails-outcome');
  assert.match(await owner.textContent('#emails-outcome'), /C’est confirmé/);
  assert.equal(await owner.getByRole('button', { name: 'Oui, je veux recevoir ces e-mails' }).count(), 0);
  assert.equal(new URL(owner.url()).hash, '', 'the token left the address bar');
  // The link served once.
  await owner.goto('about:blank');
  await owner.goto(local(confirmLink));
  await ready(owner);
  await owner.getByRole('button', { name: 'Oui, je veux recevoir ces e-mails' }).click();
  await owner.waitForSelector('#emails-outcome');
  assert.match(await owner.textContent('#emails-outcome'), /Ce lien a déjà servi/);

  // A reviewer writes; the request stays where it stands.
  const reviewer = await newPage(ctx.browser, ctx.server);
  await signInReviewer(reviewer, ctx.server, addReviewer(ctx.server, 'Claude'));
  await reviewer.waitForSelector('table.queue');
  await reviewer.getByRole('link', { name: reference }).click();
  await reviewer.waitForSelector('main h1');
  await reviewer.getByLabel('Message', { exact: true }).fill('Bienvenue ! Nous lisons votre demande cette semaine.');
  await reviewer.getByRole('button', { name: 'Envoyer le message' }).click();
  await reviewer.waitForSelector('.timeline li:has-text("Message au demandeur")');
  const [, message] = await mails(2);
  assert.equal(message.subject, `Un message sur votre demande ${reference}`);
  assert.doesNotMatch(message.text, /#confirm=/, 'confirmed: not asked again');

  // Its stop link, in English this time, stops the e-mails without the
  // secret, after asking.
  const stopLink = message.text.match(/http:\/\/127\.0\.0\.1\/emails#stop=\S+/)[0];
  assert.equal(header(message, 'list-unsubscribe'), `List-Unsubscribe: <http://127.0.0.1/api/emails/stop?token=${stopLink.split('#stop=')[1]}>`);
  await owner.evaluate(() => localStorage.setItem('portal.locale', 'en'));
  await owner.goto('about:blank');
  await owner.goto(local(stopLink));
  await owner.waitForSelector('main h1:has-text("Your follow-up e-mails")');
  assert.deepEqual(await axe(owner), []);
  await owner.getByRole('button', { name: 'Stop these e-mails' }).click();
  await owner.waitForFunction(() => document.activeElement?.id === 'emails-outcome');
  assert.match(await owner.textContent('#emails-outcome'), /no more e-mail will be sent/);

  // The e-mail's link opens the status page with the reference filled in,
  // and the secret still to type.
  const link = message.text.match(/http:\/\/127\.0\.0\.1\/status#\S+/)[0];
  const applicant = await newPage(ctx.browser, ctx.server);
  await applicant.goto(link.replace('http://127.0.0.1', ctx.server.url));
  await ready(applicant);
  await applicant.waitForFunction(() => document.activeElement?.id === 'secret');
  assert.equal(await applicant.getByLabel('Référence').inputValue(), reference);
  await applicant.getByLabel('Code secret').fill(secret);
  await applicant.getByRole('button', { name: 'Voir où en est ma demande' }).click();
  await applicant.waitForSelector('#status-result-title');
  assert.match(await applicant.textContent('.timeline'), /Message de l’équipe\s*Bienvenue/);
  // Stopped by the link; the status page turns them on and off again.
  const emails = applicant.getByRole('group', { name: 'E-mails de suivi' });
  assert.match(await emails.textContent(), /Aucun e-mail n’est envoyé/);
  await emails.getByRole('button', { name: 'Me prévenir par e-mail' }).click();
  await applicant.waitForFunction(() => document.activeElement?.textContent === 'Ne plus me prévenir par e-mail');
  assert.match(await emails.textContent(), /Un e-mail part à l’adresse de contact/);
  await emails.getByRole('button', { name: 'Ne plus me prévenir par e-mail' }).click();
  await applicant.waitForFunction(() => document.activeElement?.textContent === 'Me prévenir par e-mail');
  assert.match(await emails.textContent(), /Aucun e-mail n’est envoyé/);
  assert.deepEqual(await axe(applicant), []);

  // The reviewer sees both e-mails sent, and that no more will go.
  await reviewer.reload();
  await ready(reviewer);
  await reviewer.waitForSelector('.mails');
  const list = await reviewer.textContent('.mails');
  assert.match(list, /Accusé de réception\s*Envoyé — 1 essai, avec la demande de confirmer l’adresse/);
  assert.match(list, /Message\s*Envoyé/);
  assert.match(await reviewer.textContent('main'), /Le demandeur a arrêté les e-mails/);
  assert.deepEqual(await axe(reviewer), []);
  assert.equal(received.length, 2);
  for (const p of [page, reviewer, applicant]) assert.deepEqual(p.problems, []);
  // The one 404 the used link earned.
  assert.deepEqual(owner.problems, ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
});
