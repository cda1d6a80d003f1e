// The faults the local server can play, for reliability tests: each answers
// badly (or not at all) the way ChartMogul, a proxy or the network can.
// `chaosFault` picks one per (seed, uuid, attempt), so a run is reproducible
// whatever order the requests arrive in.

const HTML = '<html><body><h1>502 Bad Gateway</h1></body></html>';

function json(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Each fault: (res, record, ended) → answers (or leaves the request hanging); `ended` marks a reset done. */
export const FAULTS = {
  ok: (res, record) => json(res, 200, record),
  slow_body: (res, record) => {
    const text = JSON.stringify(record);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.write(text.slice(0, 10));
    setTimeout(() => res.end(text.slice(10)), 30);
  },
  rate_limited_retry_after: (res) => json(res, 429, { code: 429, message: 'Too many requests' }, { 'Retry-After': '1' }),
  rate_limited: (res) => json(res, 429, { code: 429, message: 'Too many requests' }),
  server_error: (res) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error'),
  bad_gateway_html: (res) => res.writeHead(502, { 'Content-Type': 'text/html' }).end(HTML),
  unavailable: (res) => json(res, 503, { error: 'Too many concurrent connections' }),
  gateway_timeout: (res) => res.writeHead(504).end(),
  reset_mid_body: (res, record, ended) => {
    const text = JSON.stringify(record);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.write(text.slice(0, 15), () => {
      ended();
      res.socket?.destroy();
    });
  },
  hang: () => {},
  late: (res, record) => setTimeout(() => json(res, 200, record), 200),
  truncated_json: (res, record) => {
    const text = JSON.stringify(record).slice(0, 20);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  },
};

/** The error class a call ends with when `fault` was the last answer it got. */
export const FINAL_CLASS = {
  rate_limited_retry_after: 'RateLimitError',
  rate_limited: 'RateLimitError',
  server_error: 'ServerError',
  bad_gateway_html: 'ServerError',
  unavailable: 'ServerError',
  gateway_timeout: 'ServerError',
  reset_mid_body: 'ConnectionError',
  hang: 'TimeoutError',
  truncated_json: 'InvalidResponseError',
};

/** Faults after which the client may try again. */
export const RETRYABLE = new Set(Object.keys(FINAL_CLASS).filter((f) => f !== 'truncated_json'));

// About 20% of answers are faults, spread over every kind.
const CHAOS_MIX = [
  ['ok', 76], ['slow_body', 4],
  ['rate_limited_retry_after', 2], ['rate_limited', 2], ['server_error', 2], ['bad_gateway_html', 2],
  ['unavailable', 3], ['gateway_timeout', 2], ['reset_mid_body', 2], ['hang', 1], ['truncated_json', 2],
];
const CHAOS_TOTAL = CHAOS_MIX.reduce((sum, [, weight]) => sum + weight, 0);

/** A 32-bit FNV-1a hash: the same text always picks the same fault. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function chaosFault(seed, uuid, attempt) {
  let pick = hash(`${seed}:${uuid}:${attempt}`) % CHAOS_TOTAL;
  for (const [fault, weight] of CHAOS_MIX) {
    if (pick < weight) return fault;
    pick -= weight;
  }
  throw new Error('unreachable');
}
