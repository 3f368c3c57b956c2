// The page's service worker: on a later visit it answers the page's requests
// from a cache of the site's own files, so the page starts with no request to
// the host (a static host has each file revalidated, a round trip each: on
// localhost that is about even, with 20 ms of latency 112 against 165 ms to
// the first mark).
// Only the files of the build are cached, never anything the page is given. scripts/build-sw.mjs writes the build's file
// list and a hash of their contents below: a new build is a new worker, which
// caches the new files (revalidated, never a stale copy) under a new name,
// takes over and deletes the old cache. A file not in the cache is fetched.
const FILES = ['__FILES__'];
const CACHE = 'article-annotator-__HASH__';

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE)
    .then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((n) => n.startsWith('article-annotator-') && n !== CACHE)
    .map((n) => caches.delete(n)))));
});

self.addEventListener('fetch', (e) => {
  e.respondWith(caches.open(CACHE)
    .then((c) => c.match(e.request, { ignoreSearch: true }))
    .then((r) => r ?? fetch(e.request)));
});
