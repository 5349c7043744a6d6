// Single sign-on against a real OpenID Connect provider (npm
// `oidc-provider`, on loopback): a coordinator whose identity at the
// provider was given on the command line signs in with the association's
// account and lands in the area, signed in; they give a new member an
// e-mail address on the Team page, and that member signs in the same way;
// an account of the provider that belongs to nobody in the team is told so;
// the log shows who signed in through the provider and the refusal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { useServerAndBrowser, newPage, axe, freePort, ready } from './support.mjs';
import { startProvider, ACCOUNTS } from './oidc-provider.mjs';

const providerPort = await freePort();
const client = { id: 'portal', secret: 'a secret shared with the portal only' };
const ctx = useServerAndBrowser({ before, after }, {
  config: (url) => `[site]
url = "${url}"

[review.oidc]
issuer = "http://127.0.0.1:${providerPort}"
client_id = "${client.id}"
client_secret = "${client.secret}"
`,
});
let provider;
after(() => provider?.stop());

/** Signs in on the provider's page as `login`, from the area's sign-in page. */
async function signInWithProvider(page, login) {
  await page.goto(`${ctx.server.url}/admin`);
  await ready(page);
  await page.getByRole('link', { name: 'Se connecter avec le compte de l’association' }).click();
  await page.waitForURL(`http://127.0.0.1:${providerPort}/**`);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(ACCOUNTS[login]?.password ?? 'whatever');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${ctx.server.url}/admin**`);
}

test('members sign in with the association’s account; others are told they are not in the team', async () => {
  // (Started here: the portal's address is known once its server is.)
  provider = await startProvider({
    port: providerPort,
    client: { ...client, redirect: `${ctx.server.url}/api/review/sso/callback` },
  });
  execFileSync(new URL('../target/debug/portal-server', import.meta.url).pathname,
    ['--database', ctx.server.database, 'reviewer', 'add', 'Camille', '--role', 'coordinator', '--sso', ACCOUNTS.camille.sub]);

  const camille = await newPage(ctx.browser, ctx.server);
  await camille.goto(`${ctx.server.url}/admin`);
  await ready(camille);
  assert.deepEqual(await axe(camille), []);
  await signInWithProvider(camille, 'camille');
  await camille.getByText(/Connecté·e.*Camille/).waitFor();
  // The session reached the area through the fragment, then left the address.
  assert.equal(new URL(camille.url()).hash, '');
  assert.match(await camille.evaluate(() => sessionStorage.getItem('portal.review.token')), /^fss_[0-9a-f]{64}$/);

  // Camille adds Eden with the address the provider knows her by.
  await camille.getByRole('link', { name: 'Équipe' }).click();
  await camille.waitForSelector('main h1:text("L’équipe")');
  await camille.getByLabel('Nom (tel que l’historique le montrera)').fill('Eden');
  await camille.locator('#member-sso').fill('eden@asso.example');
  await camille.getByRole('button', { name: 'Ajouter et créer son jeton' }).click();
  await camille.waitForSelector('table :text("eden@asso.example")');
  assert.deepEqual(await axe(camille), []);

  const eden = await newPage(ctx.browser, ctx.server);
  await signInWithProvider(eden, 'eden');
  await eden.getByText(/Connecté·e.*Eden/).waitFor();

  // A wrong password stays at the provider; an account of nobody in the
  // team comes back refused, with the reason.
  const stranger = await newPage(ctx.browser, ctx.server);
  await stranger.goto(`${ctx.server.url}/admin`);
  await ready(stranger);
  await stranger.getByRole('link', { name: 'Se connecter avec le compte de l’association' }).click();
  await stranger.getByLabel('Login').fill('eden');
  await stranger.getByLabel('Password').fill('not the password');
  await stranger.getByRole('button', { name: 'Sign in' }).click();
  await stranger.waitForSelector('text=Wrong login or password.');
  // Eden's identity is taken away: her account no longer signs anyone in.
  await camille.getByLabel('Nom', { exact: true }).selectOption('Eden');
  await camille.locator('#change-sso').fill('');
  await camille.getByRole('button', { name: 'Enregistrer l’identifiant' }).click();
  await camille.waitForFunction(() => !document.querySelector('table')?.textContent.includes('eden@asso.example'));
  await stranger.getByLabel('Login').fill('eden');
  await stranger.getByLabel('Password').fill(ACCOUNTS.eden.password);
  await stranger.getByRole('button', { name: 'Sign in' }).click();
  await stranger.waitForURL(`${ctx.server.url}/admin?**`);
  assert.equal(new URL(stranger.url()).search, '?sso=unknown');
  await stranger.waitForSelector('[role="alert"]:text("Ce compte n’est rattaché à aucun membre de l’équipe")');
  assert.equal(await stranger.evaluate(() => sessionStorage.getItem('portal.review.token')), null);
  assert.deepEqual(await axe(stranger), []);

  // The log tells who signed in through the provider, and the refusal.
  await camille.getByRole('link', { name: 'Journal' }).click();
  await camille.waitForSelector('main h1:text("Journal des actions")');
  await camille.getByLabel('Action').selectOption('session.refused');
  await camille.getByRole('button', { name: 'Filtrer' }).click();
  await camille.waitForSelector('main table :text("refusal=unknown")');
  await camille.getByLabel('Action').selectOption('session.started');
  await camille.getByRole('button', { name: 'Filtrer' }).click();
  await camille.waitForFunction(() => document.querySelector('main table')?.textContent.includes('Eden'));
  const started = await camille.textContent('main table');
  assert.match(started, /Eden.*via=sso/s);
  assert.match(started, /Camille.*via=sso/s);
});
