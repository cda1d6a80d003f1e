// Node's transport: node:http and node:https with keep-alive agents, as
// stripe-node does, in place of Node's fetch, which took two to three times
// the CPU per call (bench/HISTORY.md). It answers the part of fetch that
// src/transport.rs uses: `fetch(url, { method, headers, body, signal })`
// resolving with `status`, `statusText`, `type`, `headers.get`, `text()` and
// `body`, and failing as fetch does, with a TypeError whose `cause` is the
// socket's error. Redirects are never followed (node:http does not).
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';

// Idle sockets in a keep-alive agent are unref'd: they never keep a process alive.
const httpAgent = new http.Agent({ keepAlive: true });
const httpsAgent = new https.Agent({ keepAlive: true });

class NodeResponse {
  #message;

  constructor(message) {
    this.#message = message;
    this.status = message.statusCode;
    this.statusText = message.statusMessage;
    this.type = 'basic';
    // Node gives header names in lower case; fetch's `get` ignores case.
    this.headers = { get: (name) => message.headers[name.toLowerCase()] ?? null };
  }

  text() {
    return text(this.#message);
  }

  /** A web stream of the body, read only when it has no Content-Length; cancelling it frees the socket. */
  get body() {
    return Readable.toWeb(this.#message);
  }
}

function fetch(url, { method, headers, body, signal }) {
  // Each request in flight listens on its signal, which up to 64 share
  // (src/timeout.rs): past 10, Node would warn of a leak. undici does the same.
  setMaxListeners(100, signal);
  return new Promise((resolve, reject) => {
    const secure = url.startsWith('https:');
    const options = { method, headers, signal, agent: secure ? httpsAgent : httpAgent };
    const request = (secure ? https : http).request(url, options, (message) => resolve(new NodeResponse(message)));
    // After the answer came, an error is the body's, and reaches text() or the stream.
    request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
    request.end(body);
  });
}

export const nodeTransport = { fetch };
