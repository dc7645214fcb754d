// A real OpenID Provider for the end-to-end test of the sign-in (tests/web/test_oidc.py):
// panva's certified `oidc-provider` (devDependency in package.json) on 127.0.0.1 with a
// random port, one confidential client, one test user, PKCE (S256) required, and its own
// small login and consent pages (no dev interactions: they accept any user).
//
// Configuration from the environment:
//   OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_POST_LOGOUT_URI (optional),
//   OIDC_USER_LOGIN, OIDC_USER_PASSWORD, OIDC_USER_SUB, OIDC_USER_EMAIL, OIDC_USER_NAME,
//   OIDC_HOST (the host name in the issuer; default 127.0.0.1).
// When listening it prints one line of JSON to stdout: {"issuer": "http://127.0.0.1:PORT"}.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    console.error(`oidc_idp: ${name} is not set`);
    process.exit(2);
  }
  return value;
};

const client = {
  client_id: env('OIDC_CLIENT_ID'),
  client_secret: env('OIDC_CLIENT_SECRET'),
  redirect_uris: [env('OIDC_REDIRECT_URI')],
  post_logout_redirect_uris: process.env.OIDC_POST_LOGOUT_URI
    ? [process.env.OIDC_POST_LOGOUT_URI] : [],
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_basic',
};
const user = {
  login: env('OIDC_USER_LOGIN'),
  password: env('OIDC_USER_PASSWORD'),
  sub: env('OIDC_USER_SUB'),
  email: env('OIDC_USER_EMAIL'),
  name: env('OIDC_USER_NAME'),
};
const host = env('OIDC_HOST', '127.0.0.1');

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>`;

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

function loginPage(uid, fehler = '') {
  return page('Anmelden beim Testkonto', `${fehler ? `<p role="alert">${esc(fehler)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login">
  <label>Benutzername <input name="login" autocomplete="username"></label>
  <label>Passwort <input name="password" type="password" autocomplete="current-password"></label>
  <button type="submit">Anmelden</button>
</form>
<form method="post" action="/interaction/${esc(uid)}/abort"><button type="submit">Abbrechen</button></form>`);
}

function consentPage(uid, clientId, scopes) {
  return page('Zustimmung', `<p>${esc(clientId)} möchte lesen: ${esc(scopes.join(' '))}</p>
<form method="post" action="/interaction/${esc(uid)}/confirm"><button type="submit">Zustimmen</button></form>
<form method="post" action="/interaction/${esc(uid)}/abort"><button type="submit">Abbrechen</button></form>`);
}

async function interaction(provider, req, res) {
  const [, , uid, action] = new URL(req.url, 'http://x').pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    send(res, 400, page('Falscher Vorgang', '<p>Diese Anmeldung gehört nicht zu diesem Browser.</p>'));
    return;
  }
  const { prompt, params, session } = details;
  if (req.method === 'GET' && !action) {
    if (prompt.name === 'login') send(res, 200, loginPage(uid));
    else send(res, 200, consentPage(uid, params.client_id, String(params.scope).split(' ')));
    return;
  }
  if (req.method !== 'POST') {
    send(res, 405, page('Nicht erlaubt', ''));
    return;
  }
  if (action === 'abort') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
    return;
  }
  if (action === 'login' && prompt.name === 'login') {
    const form = await readForm(req);
    if (form.get('login') !== user.login || form.get('password') !== user.password) {
      send(res, 401, loginPage(uid, 'Benutzername oder Passwort ist falsch.'));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false });
    return;
  }
  if (action === 'confirm' && prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const missing = prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    if (missing.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } },
      { mergeWithLastSubmission: true });
    return;
  }
  send(res, 400, page('Falscher Schritt', ''));
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://${host}:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [client],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { methods: ['S256'], required: () => true },
    scopes: ['openid', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
    },
    async findAccount(ctx, sub) {
      if (sub !== user.sub) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: user.email, email_verified: true, name: user.name };
        },
      };
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Fehler beim Anmeldedienst', `<p>${esc(out.error)}: ${esc(out.error_description ?? '')}</p>`);
    },
  });
  const app = provider.callback();
  server.on('request', (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(provider, req, res).catch((err) => {
        send(res, 400, page('Fehler beim Anmeldedienst', `<p>${esc(err.message)}</p>`));
      });
    } else {
      app(req, res);
    }
  });
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
