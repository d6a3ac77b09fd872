import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ApiError } from './api-error.ts';
import type { ServerOptions } from './server-options.ts';

/** The cookie the login page sets, so that a browser can read the pages of a server bound beyond loopback. */
export const TOKEN_COOKIE = 'triangulate_token';

/** Methods that change nothing. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Once a token is set, a write (POST, DELETE …) needs it as `Authorization: Bearer …`; a read needs it too
 * when the server is bound beyond loopback, as the bearer header or the login page's cookie. The cookie
 * never authorizes a write, so a page elsewhere cannot make a reader's browser write (no CSRF). A page a
 * browser asks for without the token is sent to the login page; an API request gets a 401.
 */
export function requireToken(options: Pick<ServerOptions, 'token' | 'readsNeedToken'>): MiddlewareHandler {
  return async (c, next) => {
    if (options.token === null || c.req.path === '/login') return next();
    const read = READS.has(c.req.method);
    if (read && !options.readsNeedToken) return next();
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1]?.trim();
    const given = bearer ?? (read ? getCookie(c, TOKEN_COOKIE) : undefined);
    if (given !== undefined && sameToken(given, options.token)) return next();
    if (read && !c.req.path.startsWith('/api/') && c.req.path !== '/openapi.json') return c.redirect(`/login?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`, 303);
    c.header('WWW-Authenticate', 'Bearer realm="triangulate"');
    throw new ApiError(401, 'unauthorized', given === undefined ? 'this request needs the server\'s token: Authorization: Bearer <token>' : 'the token given is not the server\'s');
  };
}

/** Compares in constant time, so the time taken tells nothing of the token. */
export function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
