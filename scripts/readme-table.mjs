// The README's table of every method, written from the endpoint table by
// the build (between the two markers below), so it cannot drift from it.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- endpoints: written by scripts/build.mjs from src/api/table.rs -->';
const END = '<!-- /endpoints -->';

/** `DataSource.retrieve(config, uuid, query?)`, as a caller writes it. */
function signature({ class: name, method, params, input }) {
  const args = ['config', ...params];
  if (input?.queryFields && input.fields.length) args.push('{ qs, ...data }');
  else if (input?.queryFields) args.push('{ qs }');
  else if (input?.kind === 'body') args.push('data');
  else if (input) args.push(input.required ? 'query' : 'query?');
  return `${name}.${method}(${args.join(', ')})`;
}

function row(endpoint) {
  const retried = endpoint.retry === 'always' ? 'yes' : 'no (only 429, 503, refused)';
  const pages = endpoint.items ? `\`${endpoint.items}\`` : '';
  const body = endpoint.fixedBody ? ` \`${endpoint.fixedBody}\`` : '';
  // A string argument the path does not name goes in the body (`customer_uuid`).
  const inBody = endpoint.params.filter((p) => !endpoint.path.includes(`{${p}}`)).map((p) => ` + \`${p}\` in the body`);
  return `| \`${signature(endpoint)}\` | \`${endpoint.verb} ${endpoint.path}\`${body}${inBody.join('')} | ${retried} | ${pages} |`;
}

/** The table as Markdown, with its markers. */
export function endpointTable(endpoints) {
  return [
    START,
    '| method | request | retried after it may have reached ChartMogul | pages (`for await` over) |',
    '| --- | --- | --- | --- |',
    ...endpoints.map(row),
    END,
  ].join('\n');
}

/** Rewrites the table in the README at `path`; returns whether it changed. */
export function writeEndpointTable(path, endpoints) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no endpoint table markers`);
  const updated = text.slice(0, start) + endpointTable(endpoints) + text.slice(end + END.length);
  if (updated !== text) writeFileSync(path, updated);
  return updated !== text;
}
