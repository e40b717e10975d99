import { afterEach } from 'vitest';

// Specs share a worker, and with it the browser storage: a spec that switches the language or signs
// someone in must not leave that behind for the next file.
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
