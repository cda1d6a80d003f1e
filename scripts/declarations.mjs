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

/** `names`, fields of interface `type`, typed: `[{ name, type, required }]`. */
function typedFields(types, type, names) {
  const declared = types[type];
  if (!declared) throw new Error(`no interface ${type} in the declarations`);
  return names.map((name) => {
    if (!(name in declared)) throw new Error(`${type} declares no field ${name}`);
    return { name, ...declared[name] };
  });
}

/**
 * The table with each input's fields typed: `[{ name, type, required }]`; for a
 * `{ qs, ...body }` input, `qs`'s too (`queryFields`, of the interface its
 * `tsType` names first).
 */
export function withFieldTypes(endpoints, types) {
  return endpoints.map((endpoint) => {
    const { input } = endpoint;
    if (!input) return endpoint;
    const fields = typedFields(types, input.type, input.fields);
    if (!input.queryFields) return { ...endpoint, input: { ...input, fields } };
    const [, queryType] = input.tsType.match(/^\{ qs: (\w+) \}/);
    const queryFields = typedFields(types, queryType, input.queryFields);
    return { ...endpoint, input: { ...input, fields, queryFields } };
  });
}

/** The interface names an input's TypeScript type refers to (not TypeScript's own generics, such as `Omit<…>`). */
function typeNames(input) {
  return input.tsType.match(/\b[A-Z]\w*\b(?!<)/g);
}

/**
 * `(config, uuid, query?, options?)` as TypeScript parameters. A uuid is a
 * string; another id may also be a whole number, as the wasm face takes it
 * (`SubscriptionEvent.disable(config, event.id)`).
 */
function parameters(endpoint) {
  const typed = (name) => `${name}: ${name.endsWith('uuid') ? 'string' : 'string | number'}`;
  const params = ['config: Config', ...endpoint.params.map(typed)];
  const { input } = endpoint;
  if (input?.kind === 'body') params.push(`data: ${input.tsType}`);
  if (input?.kind === 'query') params.push(`query${input.required ? '' : '?'}: ${input.tsType}`);
  params.push('options?: RequestOptions');
  return params.join(', ');
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
export function classDeclarations(endpoints, from) {
  const types = new Set(['Config', 'RequestOptions']);
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
  return `${lines.join('\n')}\n`;
}

/** A class's lines between its braces, each indented by `indent` more. */
function classBody(methods, indent) {
  const lines = ['  private constructor();'];
  for (const e of methods) {
    lines.push(`  /** ${e.summary} \`${e.verb} ${e.path}\` */`);
    lines.push(`  static ${e.method}(${parameters(e)}): ${returned(e)};`);
  }
  return lines.map((line) => indent + line);
}

/** pkg/api.js or pkg/api.cjs: the classes, built by setup's `classesOf`. */
export function classModule(endpoints, format) {
  // A dotted class is a static property of its parent (setup's `classesOf`).
  const names = [...byClass(endpoints).keys()].filter((name) => !name.includes('.')).join(', ');
  const table = JSON.stringify(endpoints);
  const header = '// Written by scripts/build.mjs from the endpoint table (src/api/table.rs).\n';
  if (format === 'esm') {
    return `${header}import { classesOf } from './setup.js';\n\n` +
      `export const endpoints = Object.freeze(${table});\n` +
      `export const { ${names} } = classesOf(endpoints);\n`;
  }
  return `${header}'use strict';\nconst { classesOf } = require('./setup.cjs');\n\n` +
    `const endpoints = Object.freeze(${table});\n` +
    `module.exports = { endpoints, ...classesOf(endpoints) };\n`;
}
