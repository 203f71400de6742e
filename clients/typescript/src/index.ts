// The Welfare API for front ends: the contract's types (schema.d.ts, generated from api-specs/welfare.v1.json
// by scripts/update-contract.sh) and a thin openapi-fetch client that adds the caller's bearer token and language.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

/** RFC 9457 problem details, as the contract describes every error answer. */
export type Problem = components["schemas"]["ProblemDetails"];

/** A 400 or 422 with field errors: problem details whose `errors` hold the messages of each refused field, keyed by its JSON path. */
export type ValidationProblem = Problem & { errors: NonNullable<Problem["errors"]> };

export type WelfareClient = Client<paths>;

export interface WelfareClientOptions {
  /** The API's origin, e.g. "https://welfare.example.lg.jp" (paths start with /api/v1). */
  baseUrl: string;
  /** The bearer token from the employer's OpenID Connect provider, or a function answering the current one. */
  token: string | (() => string | Promise<string>);
  /** The language of problem details: Japanese (the API's default) or English. */
  language?: "ja" | "en";
  /** Another fetch (tests, server-side rendering); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** A client of every operation of the contract: `client.GET("/api/v1/organisation/me")` answers `{ data, error, response }`. */
export function createWelfareClient(options: WelfareClientOptions): WelfareClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { "Accept-Language": options.language ?? "ja" },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use(bearer(options.token));
  return client;
}

/** Whether a problem is a 400 with field errors. */
export function isValidationProblem(problem: Problem | ValidationProblem): problem is ValidationProblem {
  return typeof problem.errors === "object" && problem.errors !== null;
}

function bearer(token: WelfareClientOptions["token"]): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${typeof token === "string" ? token : await token()}`);
      return request;
    },
  };
}
