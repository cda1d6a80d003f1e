// What every entry shares: once the wasm glue is loaded, hand Rust the
// error factory (and, where allowed, timeout sharing); and build the JS
// classes from the endpoint table (api.js, written by the build), each
// method a call of the one generic `__call`.

import { errorClasses, ConfigurationError, InvalidResponseError } from './errors.js';

export { errorClasses };

/** The loaded glue; calls before `install` (init.js not awaited) are refused. */
let glue;

function makeError(className, message, { httpStatus, response, attempts, retryAfter }) {
  const error = new errorClasses[className](message, httpStatus, response);
  if (attempts !== undefined) error.attempts = attempts;
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return error;
}

/** Instantiates the shared `.wasm` module against the ESM glue; returns the instance. */
export function instantiate(esmGlue, module) {
  const instance = new WebAssembly.Instance(module, { './chartmogul_wasm_bg.js': esmGlue });
  esmGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return instance;
}

/**
 * A shared timeout's timer may outlive its calls (src/wasm/timeout.rs): it
 * must not keep the process alive. Node and Bun give timer objects, Deno numbers.
 */
function unrefTimer(timer) {
  if (typeof timer === 'number') globalThis.Deno.unrefTimer(timer);
  else timer.unref();
}

/**
 * Wires the glue to the error classes and the classes to the glue.
 * `shareTimeouts`: let attempts of different calls share an AbortController
 * (cheaper in Node). Only in Node, Bun and Deno: in workerd or Vercel Edge a
 * controller is tied to one request, and timers cannot be unref'd.
 */
export function install(loaded, { shareTimeouts = false } = {}) {
  glue = loaded;
  glue.__setErrorFactory(makeError);
  if (shareTimeouts) glue.__shareTimeouts(unrefTimer);
  // Node's inspect shows the safe fields (never the key) instead of a pointer.
  glue.Config.prototype[Symbol.for('nodejs.util.inspect.custom')] = function (depth, options, inspect) {
    return `Config ${inspect(this.toJSON(), options)}`;
  };
  return glue.Config;
}

/** Why `config` cannot be used, or undefined: refused here, with our error. */
function unusable(config) {
  if (!glue) return new ConfigurationError('the wasm module is not loaded yet: await init(…) first');
  if (!(config instanceof glue.Config)) {
    return new ConfigurationError('config must be a Config from this package: new Config(apiKey, apiBase?)');
  }
}

/** `(config, ...args)` for endpoint `id`. */
function method(id) {
  return function (config, ...args) {
    const refused = unusable(config);
    return refused ? Promise.reject(refused) : glue.__call(id, config, args);
  };
}

/**
 * `call` that also takes chartmogul-node's callback as its last argument
 * (trailing `undefined`s aside): then it calls back `(error, result)` and
 * returns nothing, as chartmogul-node does. The callback runs outside the
 * promise, so what it throws is thrown, not swallowed as a rejection.
 */
function withCallback(call) {
  return function (...args) {
    let last = args.length - 1;
    while (last >= 0 && args[last] === undefined) last -= 1;
    if (typeof args[last] !== 'function') return call.apply(this, args);
    const callback = args[last];
    call.apply(this, args.slice(0, last)).then(
      (result) => queueMicrotask(() => callback(null, result)),
      (error) => queueMicrotask(() => callback(error)),
    );
  };
}

/**
 * The escape hatch for an endpoint or parameter the table lacks:
 * `request(config, { method, path, query?, body? }, options?)`, sent under
 * the Config's API base with the same retries, pacing, timeouts and errors.
 */
export const request = withCallback(function request(config, spec, options) {
  const refused = unusable(config);
  return refused ? Promise.reject(refused) : glue.__request(config, spec, options);
});

/**
 * What a cursor-paginated list method returns: awaited, the first page as
 * ChartMogul sent it (`plans`, `cursor`, `has_more`), as chartmogul-node's
 * promise; iterated with `for await`, every record of every page, each next
 * page fetched only when the loop needs it and never after it breaks (as
 * openai-node's list calls are). Each page is its own call, with the
 * options given (signal, timeout, deadline).
 */
export class PagePromise {
  #first;
  #nextPage;
  #items;

  constructor(first, nextPage, items) {
    this.#first = first;
    this.#nextPage = nextPage;
    this.#items = items;
  }

  then(onFulfilled, onRejected) {
    return this.#first.then(onFulfilled, onRejected);
  }

  catch(onRejected) {
    return this.#first.catch(onRejected);
  }

  finally(onFinally) {
    return this.#first.finally(onFinally);
  }

  /**
   * Checks only what following the pages needs: the records as a list, and
   * a cursor while `has_more` says there are more (else records would be
   * lost without a word).
   */
  async *[Symbol.asyncIterator]() {
    let page = await this.#first;
    for (;;) {
      const records = page?.[this.#items];
      if (!Array.isArray(records)) {
        throw new InvalidResponseError(`ChartMogul's page has no list \`${this.#items}\` to iterate over`, undefined, page);
      }
      yield* records;
      if (!page.has_more) return;
      if (typeof page.cursor !== 'string' || !page.cursor) {
        throw new InvalidResponseError("ChartMogul's page says has_more but gives no cursor to follow", undefined, page);
      }
      page = await this.#nextPage(page.cursor);
    }
  }

  get [Symbol.toStringTag]() {
    return 'PagePromise';
  }
}

/** Endpoint `id`'s method for a list whose records are in `items`: the next page is the same call with `cursor`. */
function pagedMethod(id, paramCount, items) {
  const call = method(id);
  return function (config, ...args) {
    const params = args.slice(0, paramCount);
    const [query, options] = args.slice(paramCount);
    const nextPage = (cursor) => call(config, ...params, { ...query, cursor }, options);
    return new PagePromise(call(config, ...args), nextPage, items);
  };
}

/** Endpoint `endpoint`'s JS method. */
function methodOf({ id, params, items }) {
  return withCallback(items ? pagedMethod(id, params.length, items) : method(id));
}

/**
 * One method for rows that share a name (chartmogul-node's overloads, such
 * as `PlanGroup.all(config, query)` and `PlanGroup.all(config, uuid,
 * query)`): the row with the most path parameters that the leading string
 * arguments can fill.
 */
function overloaded(rows) {
  const byArity = [...rows].sort((a, b) => b.params.length - a.params.length).map((row) => [row, methodOf(row)]);
  return function (config, ...args) {
    const strings = args.findIndex((arg) => typeof arg !== 'string');
    const leading = strings < 0 ? args.length : strings;
    const [, chosen] = byArity.find(([row]) => row.params.length <= leading) ?? byArity.at(-1);
    return chosen(config, ...args);
  };
}

/**
 * One class per `class` of the table, with a static method per name. A
 * dotted class (`Metrics.Customer`) is a static property of the class
 * before its dot, as chartmogul-node has it: only undotted classes are
 * returned, and each of `namespaces` (`{ Enrichment: ['Customer', …] }`,
 * chartmogul-node's deprecated groupings) as an object of the same classes.
 */
export function classesOf(endpoints, namespaces = {}) {
  const rows = new Map();
  for (const endpoint of endpoints) {
    const key = `${endpoint.class}.${endpoint.method}`;
    rows.set(key, [...(rows.get(key) ?? []), endpoint]);
  }
  const classes = {};
  // A named class, so stack traces and inspect show `DataSource`.
  const classNamed = (name) => (classes[name] ??= { [name]: class {} }[name]);
  for (const named of rows.values()) {
    const [{ class: name, method: methodName }] = named;
    Object.defineProperty(classNamed(name), methodName, {
      value: named.length > 1 ? overloaded(named) : methodOf(named[0]), writable: true, configurable: true,
    });
  }
  for (const name of Object.keys(classes).filter((n) => n.includes('.'))) {
    const dot = name.lastIndexOf('.');
    Object.defineProperty(classNamed(name.slice(0, dot)), name.slice(dot + 1), {
      value: classes[name], writable: true, configurable: true,
    });
  }
  for (const name of Object.keys(classes)) if (name.includes('.')) delete classes[name];
  for (const [namespace, members] of Object.entries(namespaces)) {
    classes[namespace] = Object.freeze(Object.fromEntries(members.map((name) => [name, classes[name]])));
  }
  return classes;
}
