// `npm run www`: serves the demo page (www/) with the package (pkg/, or the
// folder given as --package) under /pkg/, next to the local
// ChartMogul-compatible server, and prints the address to open.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLE_API_KEY } from '../pkg/testing/data.mjs';
import { startServer } from '../pkg/testing/server.mjs';
import { ROOT } from './run.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

/** The file under `dir` that `urlPath` names, or undefined (never outside `dir`). */
function fileIn(dir, urlPath) {
  const path = resolve(dir, `.${decodeURIComponent(urlPath)}`);
  const inside = path === dir || path.startsWith(dir + sep);
  return inside && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

export async function startWww({ packageDir = join(ROOT, 'pkg'), port = 0 } = {}) {
  const api = await startServer({ apiKey: SAMPLE_API_KEY });
  const www = resolve(ROOT, 'www');
  const pkg = resolve(packageDir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/local-defaults.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ apiBase: api.url, apiKey: SAMPLE_API_KEY }));
    }
    const file = pathname.startsWith('/pkg/')
      ? fileIn(pkg, pathname.slice('/pkg'.length))
      : fileIn(www, pathname === '/' ? '/index.html' : pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    apiUrl: api.url,
    close: async () => {
      await new Promise((done) => server.close(done));
      await api.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.indexOf('--package');
  const packageDir = flag > 0 ? process.argv[flag + 1] : undefined;
  const { url, apiUrl } = await startWww({ packageDir });
  console.log(`Demo page:    ${url}\nLocal API:    ${apiUrl} (key ${SAMPLE_API_KEY})\nCtrl+C stops both.`);
}
