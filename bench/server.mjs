// The benchmark's server, in its own process: answers GET
// /v1/data_sources/{uuid} with the documented record over keep-alive HTTP,
// or HTTPS with the certificate from certs.mjs. Prints its URL.
//   node bench/server.mjs [--https DIR]
import { readFileSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';

const RECORD = JSON.stringify({
  uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430',
  name: 'In-house billing',
  system: 'Custom',
  created_at: '2023-01-10T15:34:05.918Z',
  status: 'idle',
});
const AUTH = `Basic ${Buffer.from('bench_key:').toString('base64')}`;

function answer(req, res) {
  if (req.headers.authorization !== AUTH) {
    res.writeHead(401, { 'Content-Type': 'application/json' });
    return res.end('{"code":401,"message":"No valid API key provided","param":null}');
  }
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(RECORD) });
  res.end(RECORD);
}

const certs = process.argv.indexOf('--https');
const server = certs > 0
  ? createHttps({
    key: readFileSync(`${process.argv[certs + 1]}/server.key`),
    cert: readFileSync(`${process.argv[certs + 1]}/server.pem`),
  }, answer)
  : createHttp(answer);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`${certs > 0 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`);
});
