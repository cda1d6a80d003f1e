// Node's transport: node:http and node:https with keep-alive agents, as
// stripe-node does, in place of Node's fetch, which took about twice the
// CPU per call (bench/HISTORY.md). It answers the part of fetch that
// src/transport.rs uses: `fetch(url, { method, headers, body, signal })`
// resolving with `status`, `statusText`, `type`, `headers.get`, `text()` and
// `body`, and failing as fetch does, with a TypeError whose `cause` is the
// socket's error. Redirects are never followed (node:http does not).
import { setMaxListeners } from 'node:events';

// The modules load with the first request that needs them, not at import,
// where they added ~7 ms to a cold start (bench/HISTORY.md).
const clients = {};
const loading = {};

async function loadClient(protocol) {
  const [{ default: module }, { Readable }, { text }] = await Promise.all([
    protocol === 'https:' ? import('node:https') : import('node:http'),
    import('node:stream'),
    import('node:stream/consumers'),
  ]);
  // Idle sockets in a keep-alive agent are unref'd: they never keep a process alive.
  return { module, agent: new module.Agent({ keepAlive: true }), Readable, text };
}

class NodeResponse {
  #message;
  #client;

  constructor(message, client) {
    this.#message = message;
    this.#client = client;
    this.status = message.statusCode;
    this.statusText = message.statusMessage;
    this.type = 'basic';
    // Node gives header names in lower case; fetch's `get` ignores case.
    this.headers = { get: (name) => message.headers[name.toLowerCase()] ?? null };
  }

  text() {
    return this.#client.text(this.#message);
  }

  /** A web stream of the body, read only when it has no Content-Length; cancelling it frees the socket. */
  get body() {
    return this.#client.Readable.toWeb(this.#message);
  }
}

function fetch(url, init) {
  const protocol = url.startsWith('https:') ? 'https:' : 'http:';
  const client = clients[protocol];
  if (client === undefined) {
    loading[protocol] ??= loadClient(protocol).then((loaded) => {
      clients[protocol] = loaded;
    });
    return loading[protocol].then(() => fetch(url, init));
  }
  const { method, headers, body, signal } = init;
  // Each request in flight listens on its signal, which up to 64 share
  // (src/timeout.rs): past 10, Node would warn of a leak. undici does the
  // same. (Without a target, setMaxListeners would change Node's default.)
  if (signal) setMaxListeners(100, signal);
  return new Promise((resolve, reject) => {
    const options = { method, headers, signal, agent: client.agent };
    const request = client.module.request(url, options, (message) => resolve(new NodeResponse(message, client)));
    // After the answer came, an error is the body's, and reaches text() or the stream.
    request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
    request.end(body);
  });
}

export const nodeTransport = { fetch };
