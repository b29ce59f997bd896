// A fake injixo account portal: the host page that embeds Account > Integrations the
// way the real portal would. It owns the session (sign in / out), the language and the
// URL prefix, and reacts to the app's events. Test fixture and demo; English only.
import { mount } from '/embed.js';

const BASE = '/portal/account/integrations';
const $ = (sel) => document.querySelector(sel);
const api = (path, init = {}) =>
  fetch(`/api/v1${path}`, { credentials: 'same-origin', ...init, headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

let handle = null;
const events = [];

function log(name, detail) {
  events.push(name);
  const li = document.createElement('li');
  li.textContent = `${name} ${JSON.stringify(detail ?? {})}`;
  $('#events').prepend(li);
  $('#last-event').textContent = name;
}

function setUser(user) {
  $('#user').textContent = user ? `Signed in as ${user}` : 'Not signed in';
  $('#sign-out').hidden = !user;
  $('#sign-in').hidden = !!user;
}

async function signIn(user) {
  const res = await api('/session', { method: 'POST', body: JSON.stringify({ user }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  setUser(user);
  $('#expired').hidden = true;
}

function mountApp() {
  const el = $('#app');
  if (handle || !location.pathname.startsWith(BASE)) return;
  el.hidden = false;
  $('#home').hidden = true;
  // ?timeout=<ms> shortens the app's request time limit (the fault-injection tests).
  const timeout = Number(new URLSearchParams(location.search).get('timeout')) || undefined;
  handle = mount(el, {
    basePath: BASE,
    locale: $('#lang').value,
    csrfCookie: 'ixi_csrf',
    helpBaseUrl: 'https://help.injixo.com',
    requestTimeoutMs: timeout,
  });
  handle.then((h) => { handle = h; });
}

function unmountApp() {
  Promise.resolve(handle).then((h) => h?.unmount());
  handle = null;
}

for (const name of ['navigate', 'locale-change', 'integration-created', 'integration-updated', 'integration-deleted', 'session-expired']) {
  $('#app').addEventListener(`injixo:${name}`, (ev) => {
    log(name, ev.detail);
    if (name === 'locale-change') $('#lang').value = ev.detail.locale;
    if (name === 'navigate') $('#crumb').textContent = ev.detail.path;
    if (name === 'session-expired') {
      setUser(null);
      $('#expired').hidden = false;
      $('#expired-user').focus();
    }
  });
}

$('#lang').addEventListener('change', () => {
  Promise.resolve(handle).then((h) => h?.setLocale($('#lang').value));
  localStorage.setItem('portal.lang', $('#lang').value);
});

$('#sign-in').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  await signIn($('#sign-in-user').value || 'admin');
  mountApp();
});

$('#expired').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  await signIn($('#expired-user').value || 'admin');
  // Back where the admin was, with what they typed (the app keeps drafts).
  Promise.resolve(handle).then((h) => h?.resume());
});

$('#sign-out').addEventListener('click', async () => {
  await api('/session', { method: 'DELETE' });
  unmountApp();
  setUser(null);
});

$('#unmount').addEventListener('click', () => unmountApp());

if (new URLSearchParams(location.search).has('hostile')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/portal/hostile.css';
  document.head.append(link);
}

// The portal's language: the user's earlier choice, else the browser's, else English.
const offered = Array.from($('#lang').options, (o) => o.value);
const browser = navigator.languages.map((l) => l.slice(0, 2)).find((l) => offered.includes(l));
$('#lang').value = localStorage.getItem('portal.lang') ?? browser ?? 'en';
const me = await api('/session');
if (me.ok) {
  setUser((await me.json()).user);
  mountApp();
} else {
  setUser(null);
}
window.portal = { events, get handle() { return handle; } };
