/**
 * The service worker keeps the API answers of its `dataGroups` (ngsw-config.json: the lessons a
 * participant opened, their attachments) in caches named `ngsw:<scope>:<version>:data:<group>:cache`,
 * plus `…:db:<version>:data:<group>:age|lru` tables about them. Those answers are one person's, so on a
 * shared phone they must go when that person leaves.
 *
 * The caches are emptied rather than deleted: a running worker keeps using the cache objects it has
 * already opened, and a deleted cache stays readable (and writable, but lost) through them until the
 * browser stops the worker. Emptying is seen by the worker at once.
 */
export async function clearOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = (await caches.keys()).filter(isDataCacheName);
  await Promise.all(
    names.map(async (name) => {
      const cache = await caches.open(name);
      const requests = await cache.keys();
      await Promise.all(requests.map((request) => cache.delete(request, { ignoreVary: true })));
    }),
  );
}

export function isDataCacheName(name: string): boolean {
  return name.startsWith('ngsw:') && name.includes(':data:');
}
