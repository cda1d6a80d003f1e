/** Base class: every error this package throws or rejects with. */
export declare class ChartMogulError extends Error {
  constructor(message: string, httpStatus?: number, response?: unknown);
  /** The HTTP status, for errors that came with an answer. */
  readonly httpStatus: number | undefined;
  /** The answer body: parsed JSON, or the text when it is not JSON. */
  readonly response: unknown;
  /** Attempts made before giving up (absent when nothing was sent). */
  readonly attempts?: number;
  /** Seconds the server asked to wait (its Retry-After), when it said. */
  readonly retryAfter?: number;
}
/** Bad configuration or arguments: nothing was sent. */
export declare class ConfigurationError extends ChartMogulError {}
/** HTTP 400. */
export declare class SchemaInvalidError extends ChartMogulError {}
/** HTTP 401 or 403. */
export declare class ForbiddenError extends ChartMogulError {}
/** HTTP 404. */
export declare class NotFoundError extends ChartMogulError {}
/** HTTP 422. */
export declare class ResourceInvalidError extends ChartMogulError {}
/** HTTP 429. */
export declare class RateLimitError extends ChartMogulError {}
/** HTTP 5xx. */
export declare class ServerError extends ChartMogulError {}
/** No HTTP answer at all. */
export declare class ConnectionError extends ChartMogulError {}
/** No answer within the timeout. */
export declare class TimeoutError extends ConnectionError {}
/** A 2xx answer that is not JSON or does not fit the schema. */
export declare class InvalidResponseError extends ChartMogulError {}
