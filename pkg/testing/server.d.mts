// chartmogul-wasm/testing: a local ChartMogul-compatible server to test against.

export interface StartServerOptions {
  /** The port on 127.0.0.1; 0 (the default) lets the system pick a free one. */
  port?: number;
  /**
   * The only key accepted (and `<apiKey>_<client>`, counted as a client of
   * its own by `inFlight` and `limitRate`). Without it any non-empty key is
   * accepted, all as one client, `default`.
   */
  apiKey?: string;
  /** Fixes the mix of the data sources' chaos scenarios (default 42). */
  seed?: number;
}

/** A request the server saw, as it came; the API key is never recorded. */
export interface SeenRequest {
  method: string;
  host?: string;
  /** The path alone, e.g. `/v1/customers`. */
  path: string;
  /** The query string with its `?`, or `''`. */
  query: string;
  accept?: string;
  userAgent?: string;
  /** Every header but `authorization`. */
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (its first 2,000 characters); absent when empty. */
  body?: string;
  /** Whether the key was accepted (a 401 answered it otherwise). */
  authorized: boolean;
}

/** A record put straight into a store: the fields ChartMogul answers with. */
export type SeedRecord = Record<string, unknown>;

/**
 * Records by store. The server fills in what it would have given (a uuid,
 * empty lists); a customer is given with its `data_source_uuid` and
 * `external_id`. Other stores of the server are taken too, by name.
 */
export interface SeedRecords {
  dataSources?: SeedRecord[];
  plans?: SeedRecord[];
  planGroups?: SeedRecord[];
  customers?: SeedRecord[];
  contacts?: SeedRecord[];
  invoices?: SeedRecord[];
  subscriptions?: SeedRecord[];
  [store: string]: SeedRecord[] | undefined;
}

/** The faults `fail` can play besides a status. */
export type NamedFault =
  | 'reset_mid_body' | 'hang' | 'truncated_json' | 'bad_gateway_html' | 'gateway_timeout' | 'server_error' | 'unavailable';

interface FaultMatch {
  /** How many matching requests it answers (default 1; Infinity for all). */
  times?: number;
  /** Only requests with this verb. */
  method?: string;
  /** Only requests whose path equals this string (e.g. `/v1/customers`) or matches this RegExp. */
  path?: string | RegExp;
}

export type Fault = FaultMatch & (
  | {
    /** An HTTP error status (400 to 599), answered as JSON in ChartMogul's error shape. */
    status: number;
    /** Seconds, sent as Retry-After. */
    retryAfter?: number;
    /** The JSON body instead of ChartMogul's `{ code, message, param }`. */
    body?: unknown;
    fault?: never;
  }
  | { fault: NamedFault; status?: never; retryAfter?: never; body?: never }
);

export interface LocalServer {
  /** `http://127.0.0.1:<port>`: the API base URL to give a Config. */
  readonly url: string;
  readonly port: number;
  /** The key given to startServer, if any. */
  readonly apiKey: string | undefined;
  /** Stops the server, ending open connections. */
  close(): Promise<void>;
  /** The requests seen since the start or the last clearRequests, oldest first. */
  requests(): SeenRequest[];
  /** Returns the requests seen and forgets them. */
  clearRequests(): SeenRequest[];
  /** Puts records straight into the stores; returns them as stored, by store. Throws a TypeError for an unknown store. */
  seed(records: SeedRecords): Record<string, SeedRecord[]>;
  /** Makes the next matching request(s) answer a fault; checked after the key, before the endpoint. */
  fail(fault: Fault): void;
  /** Requests in flight per client: now, and the most at once since the last clearRequests. */
  inFlight(): Record<string, { now: number; max: number }>;
  /** Answers 429 (Retry-After: 1) past `perSecond` requests a second for a client (default `default`). */
  limitRate(limit: { perSecond: number; client?: string }): void;
  /** Per limited client: its limit, and the requests served and refused. */
  rateLimits(): Record<string, { perSecond: number; served: number; refused: number }>;
}

/** Starts a ChartMogul-compatible server on 127.0.0.1 with empty stores (two sample data sources). */
export function startServer(options?: StartServerOptions): Promise<LocalServer>;
