// A local certificate authority and a server certificate for 127.0.0.1, so
// the benchmark can run over HTTPS like the real API (clients trust the CA
// through NODE_EXTRA_CA_CERTS). Made with openssl, once, into bench/.certs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

export function makeCerts(dir) {
  if (existsSync(`${dir}/server.pem`)) return dir;
  mkdirSync(dir, { recursive: true });
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30',
    '-subj', '/CN=chartmogul-wasm bench CA');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(`${dir}/san.ext`, 'subjectAltName=IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-out', 'server.pem', '-days', '30', '-extfile', 'san.ext');
  return dir;
}
