// The package's error classes. wasm-bindgen cannot write `class … extends
// Error`, so they live here, once, and Rust builds them through the factory
// that `setup.js` installs.

/** Base class: every error this package throws or rejects with. */
export class ChartMogulError extends Error {
  constructor(message, httpStatus, response) {
    super(message);
    this.httpStatus = httpStatus;
    this.response = response;
  }
}

/** Bad configuration or arguments: nothing was sent. */
export class ConfigurationError extends ChartMogulError {}
/** HTTP 400. */
export class SchemaInvalidError extends ChartMogulError {}
/** HTTP 401 or 403. */
export class ForbiddenError extends ChartMogulError {}
/** HTTP 404. */
export class NotFoundError extends ChartMogulError {}
/** HTTP 422. */
export class ResourceInvalidError extends ChartMogulError {}
/** HTTP 429. */
export class RateLimitError extends ChartMogulError {}
/** HTTP 5xx. */
export class ServerError extends ChartMogulError {}
/** No HTTP answer at all. */
export class ConnectionError extends ChartMogulError {}
/** No answer within the timeout. */
export class TimeoutError extends ConnectionError {}
/** A 2xx answer that is not JSON or does not fit the schema. */
export class InvalidResponseError extends ChartMogulError {}

export const errorClasses = {
  ChartMogulError,
  ConfigurationError,
  SchemaInvalidError,
  ForbiddenError,
  NotFoundError,
  ResourceInvalidError,
  RateLimitError,
  ServerError,
  ConnectionError,
  TimeoutError,
  InvalidResponseError,
};

// `name` on the prototype: stack traces and util.inspect show the class,
// while JSON.stringify(error) shows only httpStatus and response.
for (const [name, ErrorClass] of Object.entries(errorClasses)) {
  Object.defineProperty(ErrorClass.prototype, 'name', { value: name, writable: true, configurable: true });
}
