// The command line's commands and their help, made from the endpoint table:
// `<resource> <command>`, a resource per class in kebab-case plural
// (`Metrics.Customer` joins `customers`), a command per method.

export const EXIT_TEXT = `Prints JSON on stdout (indented on a terminal); --all prints one record
per line (NDJSON). An error prints { error, message, httpStatus, response }
on stderr and exits with its code:
  0 ok · 1 unexpected · 2 usage or ConfigurationError · 3 ForbiddenError
  4 NotFoundError · 5 SchemaInvalidError · 6 ResourceInvalidError
  7 RateLimitError · 8 ServerError · 9 ConnectionError · 10 TimeoutError
  11 InvalidResponseError · 12 other ChartMogulError

Environment:
  CHARTMOGUL_API_KEY    your API key (required)
  CHARTMOGUL_API_BASE   another base URL (default https://api.chartmogul.com)`;

/** There is one of each per API key, so their names stay singular. */
const SINGULAR = new Set(['Account', 'Ping']);

export const kebab = (name) => name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase()).replaceAll('_', '-');

/** `opportunity` → `opportunities`, `plan` → `plans`; `metrics` stays. */
const plural = (word) => (word.endsWith('s') ? word : word.replace(/([^aeiou])y$/, '$1ie') + 's');

/** `Metrics.ActivitiesExport` → `activities-exports`, `Account` → `account`. */
function resourceName(className) {
  const name = kebab(className.split('.').at(-1));
  return SINGULAR.has(className) ? name : plural(name);
}

/** A method's command names: kebab-case, and `list` for `all`. */
const commandNames = (method) => (method === 'all' ? ['list', 'all'] : [kebab(method)]);

/**
 * `Map<resource, Map<command, endpoint[]>>`. Rows under one command are
 * overloads told apart by how many arguments they take; two taking as many
 * could not be told apart, so the table is refused.
 */
export function commandTree(endpoints) {
  const tree = new Map();
  for (const endpoint of endpoints) {
    const resource = resourceName(endpoint.class);
    if (!tree.has(resource)) tree.set(resource, new Map());
    const commands = tree.get(resource);
    for (const command of commandNames(endpoint.method)) {
      const rows = commands.get(command) ?? [];
      const clash = rows.find((row) => row.params.length === endpoint.params.length);
      if (clash) {
        throw new Error(`${resource} ${command}: ${clash.class}.${clash.method} and ${endpoint.class}.${endpoint.method} ` +
          `both take ${endpoint.params.length} argument(s)`);
      }
      commands.set(command, [...rows, endpoint]);
    }
  }
  return tree;
}

/** A resource's commands with their rows, `all` once (as `list`). */
const rowsOf = (commands) => [...commands].filter(([name]) => name !== 'all');

/** A resource's command names, `all` once (as `list`). */
export const namesOf = (commands) => rowsOf(commands).map(([name]) => name);

/** Flags by name: the input's fields, and for a `{ qs, ...body }` input those of `qs` (kept apart). */
export function flagsOf(input) {
  const fields = (input?.fields ?? []).map((f) => [kebab(f.name), { ...f, inQs: false }]);
  const queryFields = (input?.queryFields ?? []).map((f) => [kebab(f.name), { ...f, inQs: true }]);
  return new Map([...fields, ...queryFields]);
}

function usageOf(resource, command, endpoint) {
  const params = endpoint.params.map((p) => ` <${p}>`).join('');
  const flags = [...flagsOf(endpoint.input)].map(([flag, f]) => (f.required ? ` --${flag}` : ` [--${flag}]`)).join('');
  const data = endpoint.input?.kind === 'body' ? ' [--data JSON|@file|-]' : '';
  const all = endpoint.items ? ' [--all]' : '';
  return `${resource} ${command}${params}${flags}${data}${all}`;
}

/** `words` joined by ', ' in lines of at most `width` characters (each but the last ending in ','). */
function wrap(words, width) {
  const lines = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 2 <= width) lines[lines.length - 1] = `${last}, ${word}`;
    else lines.push(word);
  }
  return lines.map((line, i) => (i < lines.length - 1 ? `${line},` : line));
}

/** A resource of one command named as itself runs bare: `chartmogul-wasm ping`. */
export const runsBare = (resource, commands) => commands.size === 1 && commands.has(resource);

/** `chartmogul-wasm request --help`: the escape hatch for what the table lacks. */
export const REQUEST_HELP = `Usage: chartmogul-wasm request <METHOD> <path> [--query JSON] [--data JSON|@file|-]

  Any call the commands lack, sent as given under the API base, with the
  same retries, pacing and errors (request() in JavaScript).
  chartmogul-wasm request DELETE /v1/data_sources/ds_1/all
  chartmogul-wasm request GET /v1/transactions/tr_1 --query '{"with_disabled":true}'

Flags:
  --query JSON  the query string's fields
  --data JSON|@file|-  the JSON body`;

/** `chartmogul-wasm --help`: every resource and its commands. */
export function topHelp(tree) {
  const width = Math.max(...[...tree.keys()].map((r) => r.length)) + 4;
  const lines = [...tree].flatMap(([resource, commands]) => {
    const text = runsBare(resource, commands) ? ['(runs bare)'] : wrap(namesOf(commands), 78 - width);
    return text.map((line, i) => `${(i ? '' : `  ${resource}`).padEnd(width)}${line}`);
  });
  return [
    'Usage: chartmogul-wasm <resource> <command> [arguments] [--flags]',
    '       chartmogul-wasm <resource> --help              its commands',
    '       chartmogul-wasm <resource> <command> --help    its arguments and flags',
    '',
    'Resources and their commands:',
    ...lines,
    `${'  request'.padEnd(width)}<METHOD> <path>: any call the commands lack`,
    '',
    EXIT_TEXT,
  ].join('\n');
}

/** `chartmogul-wasm customers --help`: each command's usage and what it does. */
export function resourceHelp(resource, commands) {
  const lines = rowsOf(commands).flatMap(([command, rows]) =>
    rows.flatMap((row) => [`  ${usageOf(resource, command, row)}`, `      ${row.summary} (${row.verb} ${row.path})`]));
  return [`Commands of ${resource}:`, ...lines, '', `chartmogul-wasm ${resource} <command> --help tells more.`].join('\n');
}

/** `chartmogul-wasm customers retrieve --help`: each overload's call, arguments and flags. */
export function commandHelp(resource, command, rows) {
  return rows.map((row) => {
    const flags = [...flagsOf(row.input)].map(([flag, f]) =>
      `  --${flag} <${f.type}>${f.required ? '  (required)' : ''}${f.inQs ? '  (in the query string)' : ''}`);
    if (row.input?.kind === 'body') flags.push('  --data JSON|@file|-  the whole body (flags given beside it override its fields)');
    if (row.items) flags.push(`  --all  every record of every page, one JSON line each (NDJSON)`);
    return [
      `Usage: chartmogul-wasm ${usageOf(resource, command, row)}`,
      '',
      `  ${row.summary}`,
      `  ${row.verb} ${row.path}  ·  ${row.class}.${row.method}  ·  ` +
        `${row.retry === 'always' ? 'retried' : 'retried only when not sent'}${row.items ? `  ·  pages of ${row.items}` : ''}`,
      ...(row.params.length ? ['', 'Arguments:', ...row.params.map((p) => `  <${p}>`)] : []),
      ...(flags.length ? ['', 'Flags:', ...flags] : []),
    ].join('\n');
  }).join('\n\n');
}
