// The demo portal's service worker: a tutorial opened once opens again with the network off.
// On install it caches the guidepost files the build lists in dist/cdn/precache.json (every
// element, the shared code, both languages, the positioning and help code), the demo's pages
// and the example tutorials. Then:
//  - guidepost's files (their names carry a content hash, so they never change) come from the
//    cache first;
//  - pages and tutorial files come from the network first, so an edited tutorial shows at once,
//    and from the cache when the network is down or too slow.
// Progress is in the browser's own storage (localStorage), so the tutorial resumes offline too.
const cdn = new URL('../dist/cdn/', self.location.href);
const pages = ['./', 'index.html', 'catalog.json', 'tour.html', 'demo.css', 'tour.css', 'demo.js', 'tour.js', 'language.js', 'sw-register.js'];
const tutorials = [
  'vneid-level-2', 'vneid-change-phone', 'vneid-recover-account', 'vneid-digital-signature', 'dvc-sign-in', 'dvc-file-application',
  'etax-mobile', 'pay-bill-qr', 'vssid-lookup', 'tour-residence-form', 'ihanoi-report', 'hanoi-1022-feedback',
];
const networkWait = 4000;

async function precacheList() {
  const response = await fetch(new URL('precache.json', cdn), { cache: 'no-cache' });
  return response.json();
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const { version, files } = await precacheList();
      const cache = await caches.open(`guidepost-${version}`);
      await cache.addAll(files.map((file) => new URL(file, cdn).href));
      const site = await caches.open('demo-site');
      await site.addAll([...pages, ...tutorials.map((id) => `../examples/${id}.json`)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new guidepost version: drop the files of the old one.
      const { version } = await precacheList().catch(() => ({ version: undefined }));
      for (const name of await caches.keys()) if (version && name.startsWith('guidepost-') && name !== `guidepost-${version}`) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The network's answer (kept in `cache`), or the cached one when the network fails or is too slow. */
async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const network = fetch(request).then((response) => {
    if (response.ok) void cache.put(request, response.clone());
    return response;
  });
  const slow = new Promise((resolve) => setTimeout(resolve, networkWait));
  const fast = await Promise.race([network.catch(() => undefined), slow]);
  return fast ?? (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ?? network;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.href.startsWith(cdn.href) && url.pathname.endsWith('.js')) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
    return;
  }
  event.respondWith(networkFirst(request, 'demo-site'));
});
