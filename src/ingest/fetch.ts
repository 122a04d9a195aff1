import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';

/** How to fetch: limits and manners. */
export interface FetchOptions {
  /** One attempt, redirects included, in ms (a retry after 429 / 503 gets its own). */
  timeoutMs: number;
  /** Largest body accepted, in bytes; a larger one is aborted. */
  maxBytes: number;
  maxRedirects: number;
  /** Retries after 429 / 503 (and a dropped connection). */
  retries: number;
  /** First backoff when the server gives no Retry-After, doubled each retry. */
  retryBaseMs: number;
  /** Longest wait the tool accepts from a Retry-After before giving up. */
  maxRetryWaitMs: number;
  userAgent: string;
  /** Validators of a copy already saved, for a conditional re-fetch. */
  conditional?: { etag: string | null; lastModified: string | null } | null;
  dispatcher?: Dispatcher;
}

export type FetchResult =
  | {
      ok: true;
      notModified: false;
      status: number;
      finalUrl: string;
      body: Buffer;
      contentType: string | null;
      lastModified: string | null;
      etag: string | null;
    }
  | { ok: true; notModified: true; status: 304; finalUrl: string }
  | { ok: false; code: FetchErrorCode; message: string; status?: number; finalUrl?: string };

export type FetchErrorCode = 'bad-url' | 'unsupported-scheme' | 'http-status' | 'too-many-redirects' | 'redirect-loop' | 'timeout' | 'too-large' | 'bad-encoding' | 'network';

/** A dispatcher with bounded connections per origin; share one per run. */
export function makeAgent(perHost: number): Agent {
  return new Agent({ connections: perHost, keepAliveTimeout: 4_000 });
}

const RETRY_STATUS = new Set([429, 503]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/**
 * GETs one page the way a well-behaved client does: only http(s), redirects
 * followed by hand (each hop checked, loops caught), one deadline for the
 * whole exchange, the body counted as it arrives and cut off past the size
 * limit, 429 / 503 retried after the server's Retry-After (or a doubling
 * backoff), and a conditional request when a copy is already saved. Never
 * throws: failures come back with a code.
 */
export async function fetchPage(url: string, o: FetchOptions): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { ok: false, code: 'bad-url', message: `not a URL: ${JSON.stringify(url)}` };
  }
  // One deadline per attempt, redirects included; a retry after a wait starts a new one.
  let deadline = AbortSignal.timeout(o.timeoutMs);
  const seen = new Set<string>();
  let attempt = 0;
  for (;;) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return { ok: false, code: 'unsupported-scheme', message: `only http and https are fetched, not ${current.protocol}`, finalUrl: current.href };
    }
    seen.add(current.href);
    const headers: Record<string, string> = {
      'user-agent': o.userAgent,
      accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (o.conditional?.etag) headers['if-none-match'] = o.conditional.etag;
    if (o.conditional?.lastModified) headers['if-modified-since'] = o.conditional.lastModified;
    let res: Dispatcher.ResponseData;
    try {
      res = await request(current, {
        method: 'GET',
        headers,
        signal: deadline,
        headersTimeout: o.timeoutMs,
        bodyTimeout: o.timeoutMs,
        ...(o.dispatcher ? { dispatcher: o.dispatcher } : {}),
      });
    } catch (e) {
      const failure = networkFailure(e, o.timeoutMs, current.href);
      if (failure.code === 'network' && attempt < o.retries) {
        await sleep(backoff(o.retryBaseMs, attempt++));
        deadline = AbortSignal.timeout(o.timeoutMs);
        continue;
      }
      return failure;
    }
    const status = res.statusCode;
    if (REDIRECT_STATUS.has(status)) {
      await discard(res);
      const location = header(res, 'location');
      if (!location) return { ok: false, code: 'http-status', status, message: `${status} redirect without a Location`, finalUrl: current.href };
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return { ok: false, code: 'bad-url', status, message: `redirect to a bad URL: ${JSON.stringify(location)}`, finalUrl: current.href };
      }
      if (seen.has(next.href)) return { ok: false, code: 'redirect-loop', status, message: `redirect loop back to ${next.href}`, finalUrl: current.href };
      if (seen.size > o.maxRedirects) return { ok: false, code: 'too-many-redirects', status, message: `more than ${o.maxRedirects} redirects`, finalUrl: current.href };
      current = next;
      continue;
    }
    if (status === 304 && o.conditional) {
      await discard(res);
      return { ok: true, notModified: true, status: 304, finalUrl: current.href };
    }
    if (RETRY_STATUS.has(status) && attempt < o.retries) {
      await discard(res);
      const asked = retryAfterMs(header(res, 'retry-after'));
      if (asked !== null && asked > o.maxRetryWaitMs) {
        return { ok: false, code: 'http-status', status, message: `${status}: the server asks to wait ${Math.ceil(asked / 1000)} s, more than --max-retry-wait`, finalUrl: current.href };
      }
      await sleep(asked ?? backoff(o.retryBaseMs, attempt));
      attempt++;
      deadline = AbortSignal.timeout(o.timeoutMs);
      continue;
    }
    if (status < 200 || status >= 300) {
      await discard(res);
      const retried = RETRY_STATUS.has(status) && attempt ? ` after ${attempt} retries` : '';
      return { ok: false, code: 'http-status', status, message: `${status} ${httpText(status)}${retried}`, finalUrl: current.href };
    }
    const declared = Number(header(res, 'content-length') ?? NaN);
    if (declared > o.maxBytes) {
      res.body.destroy();
      return { ok: false, code: 'too-large', status, message: `${declared} bytes announced, over the limit of ${o.maxBytes}`, finalUrl: current.href };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > o.maxBytes) {
          res.body.destroy();
          return { ok: false, code: 'too-large', status, message: `body over the limit of ${o.maxBytes} bytes: download aborted`, finalUrl: current.href };
        }
        chunks.push(chunk as Buffer);
      }
    } catch (e) {
      return { ...networkFailure(e, o.timeoutMs, current.href), status };
    }
    const decoded = decodeContent(Buffer.concat(chunks), header(res, 'content-encoding'), o.maxBytes);
    if ('code' in decoded) return { ok: false, ...decoded, status, finalUrl: current.href };
    return {
      ok: true,
      notModified: false,
      status,
      finalUrl: current.href,
      body: decoded.body,
      contentType: header(res, 'content-type'),
      lastModified: header(res, 'last-modified'),
      etag: header(res, 'etag'),
    };
  }
}

/**
 * The body as the page's bytes: a gzip, deflate or brotli Content-Encoding
 * (which undici's request leaves as sent) is undone, its output held to the
 * same size limit as the download (a small compressed body can inflate a
 * thousandfold). Saved compressed, a page was then refused as binary.
 */
function decodeContent(body: Buffer, encoding: string | null, maxBytes: number): { body: Buffer } | { code: FetchErrorCode; message: string } {
  const codings = (encoding ?? '').toLowerCase().split(',').map((c) => c.trim()).filter((c) => c && c !== 'identity');
  let out = body;
  try {
    // Codings are listed in the order they were applied: undone last first.
    for (const coding of codings.reverse()) {
      const limit = { maxOutputLength: maxBytes };
      if (coding === 'gzip' || coding === 'x-gzip') out = gunzipSync(out, limit);
      else if (coding === 'deflate') out = inflateOrRaw(out, limit);
      else if (coding === 'br') out = brotliDecompressSync(out, limit);
      else return { code: 'bad-encoding', message: `Content-Encoding ${coding} is not one this tool reads` };
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { code: 'too-large', message: `body over the limit of ${maxBytes} bytes once decompressed (${codings.join(', ')})` };
    return { code: 'bad-encoding', message: `the ${codings.join(', ')} body cannot be decompressed: ${(e as Error).message}` };
  }
  return { body: out };
}

/** "deflate" is zlib-wrapped by the standard, raw deflate on some servers: both are read. */
function inflateOrRaw(body: Buffer, limit: { maxOutputLength: number }): Buffer {
  try {
    return inflateSync(body, limit);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw e;
    return inflateRawSync(body, limit);
  }
}

function header(res: Dispatcher.ResponseData, name: string): string | null {
  const v = res.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

async function discard(res: Dispatcher.ResponseData): Promise<void> {
  try {
    await res.body.dump({ limit: 64 * 1024 });
  } catch {
    // the connection is dropped instead; nothing to keep
  }
}

/** Retry-After as seconds ("120") or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d{1,9}$/u.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : null;
}

/** base, 2·base, 4·base… with up to a quarter of jitter so retries from many clients spread out. */
function backoff(baseMs: number, attempt: number): number {
  const d = baseMs * 2 ** attempt;
  return d + Math.floor(Math.random() * d * 0.25);
}

function networkFailure(e: unknown, timeoutMs: number, url: string): { ok: false; code: FetchErrorCode; message: string; finalUrl: string } {
  const err = e as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const code = err.code ?? err.cause?.code ?? '';
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { ok: false, code: 'timeout', message: `no complete answer within ${timeoutMs} ms`, finalUrl: url };
  }
  return { ok: false, code: 'network', message: `${code ? `${code}: ` : ''}${err.message ?? String(e)}`, finalUrl: url };
}

function httpText(status: number): string {
  return ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' } as Record<number, string>)[status] ?? '';
}
