#!/usr/bin/env node
// The command line, generated from the endpoint table:
// `chartmogul-wasm <resource> <method> [param...] [--flags]`. The key comes
// from CHARTMOGUL_API_KEY only (a flag would land in shell history).
import { readFileSync } from 'node:fs';
import * as ChartMogul from './node.mjs';
import {
  commandHelp, commandTree, flagsOf, kebab, namesOf, REQUEST_HELP, resourceHelp, runsBare, topHelp,
} from './commands.js';

/** Most specific first: TimeoutError is a ConnectionError, all are ChartMogulErrors. */
const EXIT_CODES = [
  ['ConfigurationError', 2], ['ForbiddenError', 3], ['NotFoundError', 4], ['SchemaInvalidError', 5],
  ['ResourceInvalidError', 6], ['RateLimitError', 7], ['ServerError', 8], ['TimeoutError', 10],
  ['ConnectionError', 9], ['InvalidResponseError', 11], ['ChartMogulError', 12],
];

class UsageError extends Error {}

/** The CLI's own flags: they never take a value, so `--help customers` asks about customers. */
const SWITCHES = new Set(['all', 'help', 'version']);

/** `--name value`, `--name=value` and bare `--flag` (true); the rest are positionals. */
function parse(argv) {
  const flags = new Map();
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] === '-h' ? '--help' : argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    const next = argv[i + 1];
    const bare = SWITCHES.has(name) || next === undefined || next.startsWith('--');
    const value = inline ?? (bare ? 'true' : argv[++i]);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positionals };
}

/** The JSON given with --data (or `flag`): JSON text, @file, or - for stdin. */
function dataOf(text, flag = '--data') {
  const file = text === '-' ? 0 : text.startsWith('@') ? text.slice(1) : undefined;
  let source = text;
  try {
    if (file !== undefined) source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${text} cannot be read: ${error.message}`);
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new UsageError(`${flag} is not JSON: ${error.message}`);
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

/** The method's input from its flags and --data, typed as the table says. */
function inputOf(endpoint, flags) {
  const fields = flagsOf(endpoint.input);
  const input = {};
  for (const [flag, values] of flags) {
    if (flag === 'all') continue; // main refuses it for a row without pages
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
  if (flags.has('data')) {
    const data = dataOf(flags.get('data').at(-1));
    // A body that is not an object (the array `connectSubscriptions` takes) goes as given.
    if (Array.isArray(data) || typeof data !== 'object' || data === null) {
      if (Object.keys(input).length) throw new UsageError('--data that is not an object takes no field flags beside it');
      return [data];
    }
    return [{ ...data, ...input }];
  }
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

/** The command's row: of its overloads, the one taking `count` arguments. */
function rowOf(rows, command, count) {
  const row = rows.find((r) => r.params.length === count);
  if (row) return row;
  const takes = rows.map((r) => r.params.map((p) => `<${p}>`).join(' ') || 'no arguments').join(' or ');
  throw new UsageError(`${command} takes ${takes}`);
}

/** A resource's commands; a resource that is not there is a usage mistake. */
function commandsOf(tree, resource) {
  const commands = tree.get(resource);
  if (!commands) throw new UsageError(`unknown resource: ${resource}`);
  return commands;
}

/** A command's rows (its overloads); a command that is not there is a usage mistake. */
function commandRows(resource, commands, command) {
  if (!commands.has(command)) throw new UsageError(`unknown command: ${resource} ${command}`);
  return commands.get(command);
}

/** `request <METHOD> <path> [--query JSON] [--data JSON]` as request()'s spec. */
function rawRequestOf([method, path, ...extra], flags) {
  if (!method || !path || extra.length) throw new UsageError('request takes <METHOD> <path>');
  const unknown = [...flags.keys()].find((flag) => flag !== 'query' && flag !== 'data');
  if (unknown) throw new UsageError(`Unknown option '--${unknown}' (flags of request: --query, --data)`);
  const spec = { method, path };
  if (flags.has('query')) spec.query = dataOf(flags.get('query').at(-1), '--query');
  if (flags.has('data')) spec.body = dataOf(flags.get('data').at(-1));
  return spec;
}

/** Help for what the positionals name. */
function helpOf(tree, resource, command) {
  if (!resource) return topHelp(tree);
  if (resource === 'request') return REQUEST_HELP;
  const commands = commandsOf(tree, resource);
  return command ? commandHelp(resource, command, commandRows(resource, commands, command)) : resourceHelp(resource, commands);
}

/** Prints every record of every page, one JSON line each. */
async function printEach(pages) {
  for await (const record of pages) process.stdout.write(`${JSON.stringify(record)}\n`);
}

async function main(argv) {
  if (argv.some((arg) => /^--(api-)?key(=|$)/.test(arg))) {
    return fail(new UsageError('the API key is never a flag (shell history keeps it): set CHARTMOGUL_API_KEY'));
  }
  const { flags, positionals } = parse(argv);
  if (flags.has('version')) {
    console.log(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  const tree = commandTree(ChartMogul.endpoints);
  const [resource, command, ...rest] = positionals;
  try {
    if (flags.has('help') || !resource) {
      console.log(helpOf(tree, resource, command));
      return resource || flags.has('help') ? 0 : 2;
    }
    const config = () => {
      if (!process.env.CHARTMOGUL_API_KEY) throw new UsageError('set CHARTMOGUL_API_KEY to your API key');
      return new ChartMogul.Config(process.env.CHARTMOGUL_API_KEY, process.env.CHARTMOGUL_API_BASE || undefined);
    };
    if (resource === 'request') {
      const spec = rawRequestOf(positionals.slice(1), flags);
      print(process.stdout, await ChartMogul.request(config(), spec));
      return 0;
    }
    const commands = commandsOf(tree, resource);
    const name = command ?? (runsBare(resource, commands) ? resource : undefined);
    if (!name) throw new UsageError(`${resource} needs a command: ${namesOf(commands).join(', ')}`);
    const endpoint = rowOf(commandRows(resource, commands, name), name, rest.length);
    if (flags.has('all') && !endpoint.items) throw new UsageError(`${resource} ${name} is not a paged list: --all does not apply`);
    const input = inputOf(endpoint, flags);
    const owner = endpoint.class.split('.').reduce((parent, part) => parent[part], ChartMogul);
    const call = owner[endpoint.method](config(), ...rest, ...input);
    if (flags.has('all')) await printEach(call);
    else print(process.stdout, await call);
    return 0;
  } catch (error) {
    return fail(error);
  }
}

// `| head` closes the pipe early: that ends the output, not in an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
