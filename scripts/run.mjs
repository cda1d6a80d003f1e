// Small process helpers shared by the scripts: run a command asynchronously
// (so an in-process test server keeps answering) and fail loudly.
import { spawn } from 'node:child_process';

export const ROOT = new URL('..', import.meta.url).pathname;

/** Runs `cmd args`, inheriting stdio; resolves when it exits 0, rejects otherwise. */
export function run(cmd, args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)));
  });
}

/** Runs `cmd args` and resolves with its standard output. */
export function output(cmd, args, { cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code})`))));
  });
}
