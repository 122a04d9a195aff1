import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * `<name>.meta.json` beside a fetched page: what the server said about the
 * bytes in `<name>.html`. Extraction reads it for the charset, the URL and
 * a last-resort reference date.
 */
export const Sidecar = z.object({
  /** The URL asked for. */
  url: z.string(),
  /** The URL the body came from, after redirects. */
  finalUrl: z.string(),
  status: z.number().int(),
  contentType: z.string().nullable(),
  /** The charset parameter of Content-Type, if any. */
  charset: z.string().nullable(),
  /** The Last-Modified header, as sent. */
  lastModified: z.string().nullable(),
  etag: z.string().nullable(),
  /** When the body was downloaded (ISO 8601, UTC). */
  fetchedAt: z.string(),
  /** When a conditional re-fetch last found it unchanged (304), or null. */
  revalidatedAt: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
});
export type Sidecar = z.infer<typeof Sidecar>;

/** "text/html; charset=GBK" → "gbk"; null when absent. */
export function charsetOf(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(contentType ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

/**
 * A safe, stable file name for a URL: its host and path as a slug, then a
 * hash of the whole URL, so two URLs never share a name and a re-fetch of
 * the same URL writes the same file. Never a path: no "/", no leading dot.
 *   https://news.example.com/2025/06/19/a.html?id=3 → news.example.com-2025-06-19-a.html-id-3-1f2e3d4c5b
 */
export function pageName(url: string): string {
  const u = new URL(url);
  // Cut before trimming: the trims scan runs of dots and dashes, which stay short this way.
  const slug = `${u.hostname}${u.pathname}${u.search}`
    .slice(0, 240)
    .replace(/%[0-9A-Fa-f]{2}/gu, '-')
    .replace(/[^A-Za-z0-9._-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .slice(0, 80)
    .replace(/^[.-]+|[.-]+$/gu, '');
  const hash = createHash('sha256').update(u.href).digest('hex').slice(0, 10);
  return `${slug || 'page'}-${hash}`;
}

/**
 * The day a sidecar gives as a last-resort reference date: Last-Modified,
 * else when it was fetched. YYYY-MM-DD (UTC), with where it came from.
 */
export function sidecarRefDate(s: Sidecar): { date: string; source: 'http-last-modified' | 'fetched-at' } | null {
  for (const [value, source] of [
    [s.lastModified, 'http-last-modified'],
    [s.fetchedAt, 'fetched-at'],
  ] as const) {
    if (!value) continue;
    const t = Date.parse(value);
    if (Number.isFinite(t)) return { date: new Date(t).toISOString().slice(0, 10), source };
  }
  return null;
}
