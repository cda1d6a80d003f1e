#!/usr/bin/env node
// The command line: `chartmogul-wasm data-sources <command>`. The key comes
// from CHARTMOGUL_API_KEY only (a flag would land in shell history).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import * as ChartMogul from './node.mjs';

const HELP = `Usage: chartmogul-wasm data-sources <command> [options]

Commands:
  retrieve <uuid> [flags]           one data source
  list [--name N] [--system S] [flags]
                                    data sources, filtered
  create --name N                   a new data source
  destroy <uuid>                    delete a data source and all its data

Flags (retrieve, list):
  --with-processing-status
  --with-auto-churn-subscription-setting
  --with-invoice-handling-setting

Environment:
  CHARTMOGUL_API_KEY    your API key (required)
  CHARTMOGUL_API_BASE   another base URL (default https://api.chartmogul.com)

Prints JSON on stdout (indented on a terminal); an error prints
{ error, message, httpStatus, response } on stderr and exits with its code:
  0 ok · 1 unexpected · 2 usage or ConfigurationError · 3 ForbiddenError
  4 NotFoundError · 5 SchemaInvalidError · 6 ResourceInvalidError
  7 RateLimitError · 8 ServerError · 9 ConnectionError · 10 TimeoutError
  11 InvalidResponseError · 12 other ChartMogulError`;

/** Most specific first: TimeoutError is a ConnectionError, all are ChartMogulErrors. */
const EXIT_CODES = [
  ['ConfigurationError', 2], ['ForbiddenError', 3], ['NotFoundError', 4], ['SchemaInvalidError', 5],
  ['ResourceInvalidError', 6], ['RateLimitError', 7], ['ServerError', 8], ['TimeoutError', 10],
  ['ConnectionError', 9], ['InvalidResponseError', 11], ['ChartMogulError', 12],
];

const FLAGS = ['with-processing-status', 'with-auto-churn-subscription-setting', 'with-invoice-handling-setting'];
const OPTIONS = {
  name: { type: 'string' },
  system: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  ...Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'boolean' }])),
};

class UsageError extends Error {}

function flagsOf(values) {
  const query = {};
  for (const flag of FLAGS) if (values[flag]) query[flag.replaceAll('-', '_')] = true;
  return query;
}

/** Runs one command; resolves with what to print. */
function run(command, positionals, values, config) {
  const { DataSource } = ChartMogul;
  const expectArgs = (count) => {
    if (positionals.length !== count) throw new UsageError(`${command} takes ${count ? 'a uuid' : 'no arguments'}`);
  };
  switch (command) {
    case 'retrieve':
      expectArgs(1);
      return DataSource.retrieve(config, positionals[0], flagsOf(values));
    case 'list': {
      expectArgs(0);
      const filters = { name: values.name, system: values.system };
      for (const key of Object.keys(filters)) if (filters[key] === undefined) delete filters[key];
      return DataSource.all(config, { ...filters, ...flagsOf(values) });
    }
    case 'create':
      expectArgs(0);
      if (values.name === undefined) throw new UsageError('create needs --name');
      return DataSource.create(config, { name: values.name });
    case 'destroy':
      expectArgs(1);
      return DataSource.destroy(config, positionals[0]);
    default:
      throw new UsageError(`unknown command: ${command ?? '(none)'}`);
  }
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
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(new UsageError(error.message.replace(/\. To specify a positional.*$/s, '')));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
    console.log(version);
    return 0;
  }
  const [resource, command, ...rest] = positionals;
  if (values.help || !resource) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  try {
    if (resource !== 'data-sources') throw new UsageError(`unknown resource: ${resource}`);
    if (!process.env.CHARTMOGUL_API_KEY) throw new UsageError('set CHARTMOGUL_API_KEY to your API key');
    const config = new ChartMogul.Config(process.env.CHARTMOGUL_API_KEY, process.env.CHARTMOGUL_API_BASE || undefined);
    print(process.stdout, await run(command, rest, values, config));
    return 0;
  } catch (error) {
    return fail(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
