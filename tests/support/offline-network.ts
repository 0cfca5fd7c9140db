/**
 * Tests never reach the internet: fetch answers only for this machine's own addresses (the local servers
 * tests start: an "old site" to import from, an embed provider's stand-in). Anything else is refused at
 * once, as if offline, so code that would go out shows it in its report instead of waiting.
 */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const fetchOnThisMachine = globalThis.fetch;

globalThis.fetch = (input, init) => {
  const address = input instanceof Request ? input.url : String(input);
  let host = '';
  try {
    host = new URL(address).hostname;
  } catch {
    // Let fetch report the bad address itself.
  }
  if (host && !LOCAL_HOSTS.has(host))
    return Promise.reject(new TypeError(`fetch failed`, { cause: new Error(`tests stay offline: ${host}`) }));
  return fetchOnThisMachine(input, init);
};
