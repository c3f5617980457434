// SafeGrid's service worker (a template: `cargo xtask frontend` fills in
// the version and the list of files, with their content-hashed names).
//
// It keeps the app shell, so the app opens with no signal: index.html, the
// wasm bundle and its JS, the stylesheets, icons, manifest. It never
// touches /graphql or /api: data and photos always go to the network, and
// a record made offline waits in the outbox (IndexedDB), not here.

const VERSION = '{{version}}';
const CACHE = 'safegrid-shell-' + VERSION;
const SHELL = {{shell}};
// A page load waits this long for the network before using the kept shell.
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

// Older shells are dropped once this one is in charge.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('safegrid-shell-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function isData(url) {
  return url.pathname === '/graphql' || url.pathname.startsWith('/api/')
    || url.pathname === '/healthz' || url.pathname === '/sw.js';
}

// The network's page when it answers in time (a new version shows at
// once), else the kept index.html: every route of the app is that page.
function navigation(request) {
  const network = fetch(request);
  const late = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS));
  const fallback = () => caches.match('/index.html', { cacheName: CACHE });
  return Promise.race([network.catch(() => null), late.then(() => null)])
    .then((response) => response || fallback().then((kept) => kept || network));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isData(url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  // Shell files never change under their names: kept copy first.
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)),
  );
});
