import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The body of every error the API answers: a code a program can test, and a sentence a person can read. */
export interface ErrorBody {
  error: string;
  message: string;
}

/** A request the server refuses, with the status, the code and the sentence to answer it with. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Codes of the statuses hono's middleware raise (body limit, timeout …) when they carry no code of ours. */
const STATUS_CODES: Partial<Record<number, string>> = { 400: 'bad_request', 401: 'unauthorized', 404: 'not_found', 405: 'method_not_allowed', 413: 'too_large', 415: 'unsupported_media_type', 503: 'timeout' };

/**
 * The JSON answer to any error: ours and hono's as they are; anything else is a 500 whose message names only
 * the request, while the error itself goes to the server's log (stderr), so nothing internal reaches a client.
 */
export function answerError(error: unknown, c: Context): Response {
  if (error instanceof ApiError) return c.json<ErrorBody>({ error: error.code, message: error.message }, error.status);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json<ErrorBody>({ error: STATUS_CODES[status] ?? 'http_error', message: error.message || `HTTP ${status}` }, status);
  }
  const reference = Math.random().toString(36).slice(2, 10);
  process.stderr.write(`triangulate serve: ${c.req.method} ${c.req.path} failed (reference ${reference}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return c.json<ErrorBody>({ error: 'internal', message: `the server could not answer this request; its log says why (reference ${reference})` }, 500);
}
