// A host's OpenID Connect provider for the tests: npm `oidc-provider` (a
// certified implementation) on loopback, with its own sign-in page (a login
// and a password) in place of the package's development pages, which load
// fonts from the internet. The portal is its one client, first-party, so
// no consent is asked.
import http from 'node:http';
import { Provider } from 'oidc-provider';

/** The accounts it knows: login → { password, sub, email }. */
export const ACCOUNTS = {
  camille: { password: 'velo-2026', sub: 'u-1001', email: 'Camille@asso.example' },
  eden: { password: 'couture-2026', sub: 'u-1002', email: 'eden@asso.example' },
};

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body><main><h1>${title}</h1>${body}</main></body></html>`;
}

function form(uid, problem = '') {
  return page('Association sign-in', `${problem ? `<p role="alert">${escape(problem)}</p>` : ''}
    <form method="post" action="/interaction/${escape(uid)}">
      <p><label for="login">Login</label> <input id="login" name="login" autocomplete="username" required></p>
      <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
      <p><button type="submit">Sign in</button></p>
    </form>`);
}

async function body(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

/** Starts the provider on `port` for the client `{ id, secret, redirect }`. */
export async function startProvider({ port, client }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: client.id,
      client_secret: client.secret,
      redirect_uris: [client.redirect],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: ['a key for the tests only'] },
    async findAccount(ctx, id) {
      const account = Object.values(ACCOUNTS).find((a) => a.sub === id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: account.email, email_verified: true }),
      };
    },
    // The portal is the host's own application: what it asks for is granted.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email');
      grant.addOIDCClaims(['email', 'email_verified']);
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (ctx, err) => console.error('provider error', err));
  const callback = provider.callback();
  const server = http.createServer(async (req, res) => {
    const match = req.url.match(/^\/interaction\/([\w-]+)$/);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.method === 'GET') return res.end(form(details.uid));
      const fields = await body(req);
      const account = ACCOUNTS[fields.get('login')];
      if (!account || account.password !== fields.get('password')) {
        res.statusCode = 401;
        return res.end(form(details.uid, 'Wrong login or password.'));
      }
      return provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
    } catch (err) {
      res.statusCode = 400;
      return res.end(page('Sign-in failed', `<p>${escape(err.message)}</p>`));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
