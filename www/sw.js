// The page's service worker: on a later visit the page's requests are
// answered from a cache of the site's own files, so it starts with no request
// to the host (a static host has each file revalidated, a round trip each).
// Only the files of the build are cached, never anything the page is given.
// scripts/build-sw.mjs writes the build's file list and a hash of their
// contents below: a new build is a new worker, which caches the new files
// (revalidated, never a stale copy) under a new name, takes over and deletes
// the old cache. A file not in the cache is fetched.
const FILES = ['__FILES__'];
const CACHE = 'article-annotator-__HASH__';

self.addEventListener('install', (e) => {
  // Where the browser has static routes (Chromium 123 on), it answers from the
  // cache by itself, without starting this worker: a later visit after the
  // worker has stopped (it does when idle) would otherwise wait ~20 ms for it.
  const routes = e.addRoutes?.({ condition: { requestMethod: 'GET' }, source: { cacheName: CACHE } }).catch(() => {});
  e.waitUntil(Promise.all([routes, caches.open(CACHE)
    .then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' }))))
    .then(() => self.skipWaiting())]));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((n) => n.startsWith('article-annotator-') && n !== CACHE)
    .map((n) => caches.delete(n)))));
});

// Elsewhere, this worker answers from the cache.
self.addEventListener('fetch', (e) => {
  e.respondWith(caches.match(e.request, { cacheName: CACHE, ignoreSearch: true }).then((r) => r ?? fetch(e.request)));
});
