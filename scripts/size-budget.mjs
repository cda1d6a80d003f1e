// The .wasm size budget that `npm test` enforces (gzip -9 bytes). The goal
// is 30,000; until the module gets there, this ratchet keeps it from
// growing: lower it with each saving, never raise it without a reason in
// the commit message.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const GZIP_BUDGET = 31_500;
export const GZIP_GOAL = 30_000;

/** Throws with a clear message when `wasmPath` is over budget; returns its gzip size. */
export function checkSizeBudget(wasmPath) {
  const gzip = gzipSync(readFileSync(wasmPath), { level: 9 }).length;
  if (gzip > GZIP_BUDGET) {
    throw new Error(
      `${wasmPath} is ${gzip} bytes gzip, over the ${GZIP_BUDGET}-byte budget (goal ${GZIP_GOAL}): ` +
        'find what grew with `twiggy top` on the pre-wasm-opt module (see bench/RESULTS.md), or lower the budget only with a reason',
    );
  }
  return gzip;
}
