// Writes the JS classes' modules and their .d.ts from the endpoint table,
// as the .wasm just built reports it (`__endpoints`): pkg/api.js,
// pkg/api.cjs, pkg/api.d.ts. Nothing here names a resource or a method.
import ts from 'typescript';

/**
 * Each interface's fields with their TypeScript types and whether they are
 * required (no `?`), read from tsify's declarations:
 * `{ DataSourceListQuery: { per_page: { type: 'number', required: false }, ... } }`.
 * The CLI types its flags by them (a number flag is sent as a number).
 */
export function fieldTypes(declarations) {
  const source = ts.createSourceFile('types.d.ts', declarations, ts.ScriptTarget.Latest);
  const types = {};
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    types[statement.name.text] = Object.fromEntries(
      statement.members
        .filter((member) => ts.isPropertySignature(member) && member.type)
        // A quoted name (`"start-date"`) by its text, without the quotes.
        .map((member) => [
          member.name.text ?? member.name.getText(source),
          { type: member.type.getText(source), required: !member.questionToken },
        ]),
    );
  }
  return types;
}

/**
 * The fields of interface `type` the argument takes, typed: `[{ name, type,
 * required }]`, less those a string argument gives (`customer_uuid` set in
 * the body, or in the path's own query).
 */
function argumentFields(types, type, endpoint) {
  if (!types[type]) throw new Error(`no interface ${type} in the declarations`);
  const [path, templateQuery = ''] = endpoint.path.split('?');
  const given = [
    ...endpoint.params.filter((param) => !path.includes(`{${param}}`)),
    ...new URLSearchParams(templateQuery).keys(),
  ];
  return Object.entries(types[type])
    .filter(([name]) => !given.includes(name))
    .map(([name, field]) => ({ name, ...field }));
}

/**
 * The table with each input's fields typed (`fields`; for a `{ qs, ...body }`
 * input, `qs`'s too as `queryFields`). A query is required where the call
 * needs one, or its type has a required field (TypeScript's guard only:
 * what is sent is ChartMogul's to judge).
 */
export function withFieldTypes(endpoints, types) {
  return endpoints.map((endpoint) => {
    const { input } = endpoint;
    if (!input) return endpoint;
    const { queryType, ...rest } = input;
    // `{ qs }` alone (`destroyByExternalId`): its type is qs's, and it has no fields of its own.
    const fields = queryType === input.type ? [] : argumentFields(types, input.type, endpoint);
    const required = input.required || (input.kind === 'query' && fields.some((field) => field.required));
    const typed = { ...rest, required, fields };
    if (queryType) typed.queryFields = argumentFields(types, queryType, endpoint);
    return { ...endpoint, input: typed };
  });
}

/** The interface names an input's TypeScript type refers to (not TypeScript's own generics, such as `Omit<…>`). */
function typeNames(input) {
  return input.tsType.match(/\b[A-Z]\w*\b(?!<)/g);
}

/**
 * The argument after the string ones, as a TypeScript parameter (`?` where
 * it may be left out and `last` is false): its query, or its body with an
 * optional `qs` (every call takes a query, as chartmogul-node's do); a call
 * without a type of its own takes any query.
 */
function inputParameter({ input, verb, fixedBody }, last = false) {
  const may = (required) => (required || last ? '' : '?');
  if (input?.kind === 'query') return `query${may(input.required)}: ${input.tsType}`;
  if (input?.queryFields) return `data: ${input.tsType}`;
  if (input) return `data: (${input.tsType}) & { qs?: AnyQuery }`;
  if (verb === 'GET') return `query${may(false)}: AnyQuery`;
  const fields = fixedBody ? 'fields sent beside the fixed body' : 'a body';
  return `data${may(false)}: { qs?: AnyQuery; [field: string]: unknown } /* ${fields} */`;
}

/**
 * `config` and the string arguments as TypeScript parameters. A uuid is a
 * string; another id may also be a whole number, as the wasm face takes it
 * (`SubscriptionEvent.disable(config, event.id)`).
 */
function leadingParameters(endpoint) {
  return ['config: Config', ...endpoint.params.map((name) => `${name}: ${name.endsWith('uuid') ? 'string' : 'string | number'}`)];
}

/** `(config, uuid, query?, options?)` as TypeScript parameters. */
function parameters(endpoint) {
  return [...leadingParameters(endpoint), inputParameter(endpoint), 'options?: RequestOptions'].join(', ');
}

/**
 * The same call with chartmogul-node's callback last: with the input
 * argument, and (where it may be left out) without it.
 */
function callbackParameters(endpoint) {
  const callback = `callback: Callback<${endpoint.output ?? 'Record<string, never>'}>`;
  const forms = [[...leadingParameters(endpoint), inputParameter(endpoint, true), callback]];
  if (!endpoint.input?.required) forms.unshift([...leadingParameters(endpoint), callback]);
  return forms.map((form) => form.join(', '));
}

/** What a method returns: a promise of its answer, or for a list of pages a PagePromise. */
function returned({ output, items }) {
  if (items) return `PagePromise<${output}, ${output}['${items}'][number]>`;
  return `Promise<${output ?? 'Record<string, never>'}>`;
}

function byClass(endpoints) {
  const classes = new Map();
  for (const endpoint of endpoints) {
    if (!classes.has(endpoint.class)) classes.set(endpoint.class, []);
    classes.get(endpoint.class).push(endpoint);
  }
  return classes;
}

/** The .d.ts of the classes; `from` is the module holding the record types. */
export function classDeclarations(endpoints, from, namespaces) {
  const types = new Set(['AnyQuery', 'Config', 'RequestOptions']);
  for (const { input, output } of endpoints) {
    for (const name of input ? typeNames(input) : []) types.add(name);
    if (output) types.add(output);
  }
  const lines = [
    '// Written by scripts/build.mjs from the endpoint table (src/api/table.rs).',
    `import type { ${[...types].sort().join(', ')} } from '${from}';`,
    '',
    '/** An input field with its TypeScript type (`number`, `string`, ...) and whether its type requires it. */',
    'export interface Field { name: string; type: string; required: boolean }',
    '/** One row of the endpoint table. */',
    'export interface Endpoint {',
    '  id: number; class: string; method: string; verb: string; path: string; params: string[];',
    '  /** `tsType`: the argument\'s type; `queryFields`: for `{ qs, ...body }`, the fields of `qs`. */',
    "  input?: { kind: 'query' | 'body'; type: string; tsType: string; required: boolean; fields: Field[]; queryFields?: Field[] };",
    "  output?: string; items?: string; fixedBody?: string; retry: 'always' | 'ifNotSent'; summary: string;",
    '}',
    '/** A cursor-paginated list call: awaited, the first page as sent; iterated with `for await`, every record of every page. */',
    'export type PagePromise<Page, Item> = Promise<Page> & AsyncIterable<Item>;',
    '/** Every endpoint this package calls, as the table declares it. */',
    'export declare const endpoints: readonly Endpoint[];',
    "/** chartmogul-node's callback: `(error, result)`; the call then returns nothing. */",
    'export type Callback<T> = (error: Error | null, result?: T) => void;',
    '/** What `request` sends: `path` under the API base (its own query allowed), `query` and `body` as given. */',
    'export interface RawRequest {',
    "  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'get' | 'post' | 'patch' | 'put' | 'delete';",
    '  path: string;',
    '  query?: AnyQuery;',
    '  body?: unknown;',
    '}',
    '/**',
    ' * For an endpoint or parameter this package lacks: sent with the same retries, pacing, timeouts and errors;',
    " * resolves with ChartMogul's answer as sent (`{}` for no content).",
    ' */',
    'export declare function request<T = unknown>(config: Config, spec: RawRequest, options?: RequestOptions): Promise<T>;',
    'export declare function request<T = unknown>(config: Config, spec: RawRequest, callback: Callback<T>): void;',
  ];
  const classes = [...byClass(endpoints)];
  for (const [name, methods] of classes.filter(([n]) => !n.includes('.'))) {
    lines.push('', `export declare class ${name} {`, ...classBody(methods, ''), '}');
  }
  // `Metrics.Customer`: a class in a namespace merged with the class `Metrics`
  // (after it, as TypeScript requires).
  for (const [name, methods] of classes.filter(([n]) => n.includes('.'))) {
    const dot = name.lastIndexOf('.');
    lines.push('', `export declare namespace ${name.slice(0, dot)} {`, `  export class ${name.slice(dot + 1)} {`);
    lines.push(...classBody(methods, '  '), '  }', '}');
  }
  for (const [namespace, members] of Object.entries(namespaces)) {
    const fields = members.map((member) => `readonly ${member}: typeof ${member}`).join('; ');
    lines.push('', `/** @deprecated chartmogul-node's grouping: the same classes as the top-level ones. */`);
    lines.push(`export declare const ${namespace}: { ${fields} };`);
  }
  return `${lines.join('\n')}\n`;
}

/** A class's lines between its braces, each indented by `indent` more. */
function classBody(methods, indent) {
  const lines = ['  private constructor();'];
  for (const e of methods) {
    lines.push(`  /** ${e.summary} \`${e.verb} ${e.path}\` */`);
    lines.push(`  static ${e.method}(${parameters(e)}): ${returned(e)};`);
    for (const form of callbackParameters(e)) lines.push(`  static ${e.method}(${form}): void;`);
  }
  return lines.map((line) => indent + line);
}

/** pkg/api.js or pkg/api.cjs: the classes, built by setup's `classesOf`, and `request`. */
export function classModule(endpoints, format, namespaces) {
  // A dotted class is a static property of its parent (setup's `classesOf`).
  const classes = [...byClass(endpoints).keys()].filter((name) => !name.includes('.'));
  const names = [...classes, ...Object.keys(namespaces)].join(', ');
  const table = JSON.stringify(endpoints);
  const grouped = JSON.stringify(namespaces);
  const header = '// Written by scripts/build.mjs from the endpoint table (src/api/table.rs).\n';
  if (format === 'esm') {
    return `${header}import { classesOf } from './setup.js';\n\n` +
      "export { request } from './setup.js';\n" +
      `export const endpoints = Object.freeze(${table});\n` +
      `export const { ${names} } = classesOf(endpoints, ${grouped});\n`;
  }
  return `${header}'use strict';\nconst { classesOf, request } = require('./setup.cjs');\n\n` +
    `const endpoints = Object.freeze(${table});\n` +
    `module.exports = { endpoints, request, ...classesOf(endpoints, ${grouped}) };\n`;
}
