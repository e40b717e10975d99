import { defineConfig } from 'vitest/config';

// On a busy 2-core CI machine the first test of a file also pays for compiling its components;
// the 5 s default is too tight for that, not for the tests themselves.
export default defineConfig({
  test: { testTimeout: 30_000 },
});
