// Shared by the package tests: where the local server is, and what it saw.
export const BASE = process.env.CHARTMOGUL_TEST_BASE;
export const CLOSED_BASE = process.env.CHARTMOGUL_TEST_CLOSED_BASE;
export const KEY = 'local_test_key';
export const DOCUMENTED = {
  uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430',
  name: 'In-house billing',
  system: 'Custom',
  created_at: '2023-01-10T15:34:05.918Z',
  status: 'idle',
};
if (!BASE || !CLOSED_BASE) throw new Error('run through `npm test`: CHARTMOGUL_TEST_BASE is not set');

/** The requests the server has recorded since the last call. */
export async function takeRequests() {
  const res = await fetch(`${BASE}/__testing/requests`, { method: 'DELETE' });
  return res.json();
}
