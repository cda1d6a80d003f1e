#!/usr/bin/env node
// The command line, generated from the endpoint table:
// `chartmogul-wasm <resource> <method> [param...] [--flags]`. The key comes
// from CHARTMOGUL_API_KEY only (a flag would land in shell history).
import { readFileSync } from 'node:fs';
import * as ChartMogul from './node.mjs';

const EXIT_TEXT = `Prints JSON on stdout (indented on a terminal); an error prints
{ error, message, httpStatus, response } on stderr and exits with its code:
  0 ok · 1 unexpected · 2 usage or ConfigurationError · 3 ForbiddenError
  4 NotFoundError · 5 SchemaInvalidError · 6 ResourceInvalidError
  7 RateLimitError · 8 ServerError · 9 ConnectionError · 10 TimeoutError
  11 InvalidResponseError · 12 other ChartMogulError

Environment:
  CHARTMOGUL_API_KEY    your API key (required)
  CHARTMOGUL_API_BASE   another base URL (default https://api.chartmogul.com)`;

/** Most specific first: TimeoutError is a ConnectionError, all are ChartMogulErrors. */
const EXIT_CODES = [
  ['ConfigurationError', 2], ['ForbiddenError', 3], ['NotFoundError', 4], ['SchemaInvalidError', 5],
  ['ResourceInvalidError', 6], ['RateLimitError', 7], ['ServerError', 8], ['TimeoutError', 10],
  ['ConnectionError', 9], ['InvalidResponseError', 11], ['ChartMogulError', 12],
];

class UsageError extends Error {}

const kebab = (name) => name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase()).replaceAll('_', '-');
/** `opportunity` → `opportunities`, `plan` → `plans`. */
const plural = (word) => word.replace(/([^aeiou])y$/, '$1ie') + 's';

/** Resources by command name: plural where the class lists (`data-sources`, `opportunities`), else as named (`account`). */
function resources() {
  const byClass = new Map();
  for (const endpoint of ChartMogul.endpoints) {
    if (!byClass.has(endpoint.class)) byClass.set(endpoint.class, []);
    byClass.get(endpoint.class).push(endpoint);
  }
  return new Map([...byClass].map(([name, methods]) => {
    const lists = methods.some((m) => m.method === 'all');
    const resource = name.split('.').map(kebab).join('.');
    return [lists && !resource.endsWith('s') ? plural(resource) : resource, methods];
  }));
}

/**
 * A method's command: its name in kebab-case (`all` is also `list`); of
 * rows sharing a name (chartmogul-node's overloads), the one taking
 * `count` arguments.
 */
function findMethod(methods, command, count) {
  const named = methods.filter((m) => kebab(m.method) === command || (m.method === 'all' && command === 'list'));
  return named.find((m) => m.params.length === count) ?? named[0];
}

function usageOf(resource, endpoint) {
  const params = endpoint.params.map((p) => `<${p}>`).join(' ');
  const flags = [...flagsOf(endpoint.input).keys()].map((f) => `[--${f}]`).join(' ');
  const data = endpoint.input?.kind === 'body' ? ' [--data JSON|@file|-]' : '';
  return `${resource} ${kebab(endpoint.method)}${params ? ` ${params}` : ''}${flags ? ` ${flags}` : ''}${data}\n` +
    `      ${endpoint.summary} (${endpoint.verb} ${endpoint.path})`;
}

function help(all, only) {
  const lines = ['Usage: chartmogul-wasm <resource> <command> [arguments] [--flags]', '', 'Commands:'];
  for (const [resource, methods] of all) {
    if (only && only !== resource) continue;
    for (const endpoint of methods) lines.push(`  ${usageOf(resource, endpoint)}`);
  }
  return [...lines, '', EXIT_TEXT].join('\n');
}

/** `--name value`, `--name=value` and bare `--flag` (true); the rest are positionals. */
function parse(argv) {
  const flags = new Map();
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    const next = argv[i + 1];
    const value = inline ?? (next === undefined || next.startsWith('--') ? 'true' : argv[++i]);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positionals };
}

/** The body given with --data: JSON text, @file, or - for stdin. */
function dataOf(text) {
  const source = text === '-' ? readFileSync(0, 'utf8') : text.startsWith('@') ? readFileSync(text.slice(1), 'utf8') : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new UsageError(`--data is not JSON: ${error.message}`);
  }
}

/**
 * A flag's text as its field's TypeScript type asks: a number, a boolean
 * (`--flag` alone is true), a list (repeated or comma-separated), JSON for
 * an object; else the text. Text that does not fit is passed on as text,
 * so the wasm module's check names the field and what it expected.
 */
function typed(type, values) {
  const value = values.at(-1);
  if (type.endsWith('[]')) return values.flatMap((v) => v.split(','));
  if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (type.startsWith('{') || /^[A-Z]/.test(type)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/** Flags by name: the input's fields, and for a `{ qs, ...body }` input those of `qs` (kept apart). */
function flagsOf(input) {
  const fields = (input?.fields ?? []).map((f) => [kebab(f.name), { ...f, inQs: false }]);
  const queryFields = (input?.queryFields ?? []).map((f) => [kebab(f.name), { ...f, inQs: true }]);
  return new Map([...fields, ...queryFields]);
}

/** The method's input from its flags and --data, typed as the table says. */
function inputOf(endpoint, flags) {
  const fields = flagsOf(endpoint.input);
  const input = {};
  for (const [flag, values] of flags) {
    if (flag === 'data' && endpoint.input?.kind === 'body') continue;
    const field = fields.get(flag);
    if (!field) {
      const known = [...fields.keys()].map((f) => `--${f}`).join(', ') || 'none';
      throw new UsageError(`Unknown option '--${flag}' (flags of this command: ${known})`);
    }
    const into = field.inQs ? (input.qs ??= {}) : input;
    into[field.name] = typed(field.type, values);
  }
  if (!endpoint.input) return [];
  if (flags.has('data')) return [{ ...dataOf(flags.get('data').at(-1)), ...input }];
  if (endpoint.input.kind === 'body' && !Object.keys(input).length) {
    throw new UsageError(`${kebab(endpoint.method)} needs its fields as flags or --data`);
  }
  return [input];
}

function print(stream, value) {
  stream.write(`${JSON.stringify(value, null, stream.isTTY ? 2 : undefined)}\n`);
}

function fail(error) {
  if (error instanceof UsageError) {
    print(process.stderr, { error: 'UsageError', message: `${error.message} (see --help)` });
    return 2;
  }
  const [name, code] = EXIT_CODES.find(([cls]) => error instanceof ChartMogul[cls]) ?? [];
  if (!name) throw error;
  print(process.stderr, { error: name, message: error.message, httpStatus: error.httpStatus, response: error.response });
  return code;
}

async function main(argv) {
  if (argv.some((arg) => /^--(api-)?key(=|$)/.test(arg))) {
    return fail(new UsageError('the API key is never a flag (shell history keeps it): set CHARTMOGUL_API_KEY'));
  }
  const { flags, positionals } = parse(argv);
  const all = resources();
  if (flags.has('version')) {
    console.log(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  const [resource, command, ...rest] = positionals;
  if (flags.has('help') || !resource) {
    console.log(help(all, all.has(resource) ? resource : undefined));
    return resource || flags.has('help') ? 0 : 2;
  }
  try {
    const methods = all.get(resource);
    if (!methods) throw new UsageError(`unknown resource: ${resource}`);
    // A resource with one method of its own name runs it bare: `chartmogul-wasm ping`.
    const bare = methods.length === 1 && kebab(methods[0].method) === resource;
    const endpoint = bare && command === undefined ? methods[0] : findMethod(methods, command, rest.length);
    if (!endpoint) throw new UsageError(`unknown command: ${command ?? '(none)'}`);
    if (rest.length !== endpoint.params.length) {
      const wanted = endpoint.params.map((p) => `<${p}>`).join(' ') || 'no arguments';
      throw new UsageError(`${kebab(endpoint.method)} takes ${wanted}`);
    }
    const input = inputOf(endpoint, flags);
    if (!process.env.CHARTMOGUL_API_KEY) throw new UsageError('set CHARTMOGUL_API_KEY to your API key');
    const config = new ChartMogul.Config(process.env.CHARTMOGUL_API_KEY, process.env.CHARTMOGUL_API_BASE || undefined);
    const owner = endpoint.class.split('.').reduce((parent, name) => parent[name], ChartMogul);
    print(process.stdout, await owner[endpoint.method](config, ...rest, ...input));
    return 0;
  } catch (error) {
    return fail(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
