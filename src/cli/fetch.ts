import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchPage, makeAgent, type FetchOptions } from '../ingest/fetch.js';
import { charsetOf, pageName, Sidecar } from '../ingest/sidecar.js';
import { VERSION } from './help.js';
import { makeFolder, writeAtomic } from './io.js';

/** The limits each request gets, as ingest/fetch.ts defines them. */
type Limits = Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'retries' | 'retryBaseMs' | 'maxRetryWaitMs'>;

export interface FetchRun extends Limits {
  urls: string[];
  into: string;
  /** Requests in flight at once, overall and per host. */
  concurrency: number;
  perHost: number;
}

export const USER_AGENT = `newsfacts/${VERSION} (saves news pages for fact extraction; Node.js undici)`;

/** URLs from a list file: one per line; blank lines and # comments skipped. */
export function readUrlList(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

type Outcome = { url: string; kind: 'saved' | 'unchanged' } | { url: string; kind: 'failed'; code: string; message: string };

/**
 * `newsfacts fetch`: downloads each URL into `<into>/<name>.html` (the bytes
 * as sent) with `<name>.meta.json` beside it. At most `concurrency` requests
 * at once, `perHost` to one host. Progress goes to stderr, one line per URL;
 * failures are repeated at the end. A failed URL never touches a copy saved
 * earlier. Resolves to 0, or 1 when any URL failed.
 */
export async function runFetch(run: FetchRun): Promise<number> {
  const started = performance.now();
  // One request per page: HTTP://HOST/./page and http://host/page are one URL once normalized.
  const urls = [...new Set(run.urls.map(normalizeUrl))];
  try {
    makeFolder(run.into);
  } catch (e) {
    process.stderr.write(`newsfacts: fetch: cannot write to ${run.into}: ${(e as Error).message}\n`);
    return 1;
  }
  const agent = makeAgent(run.perHost);
  const outcomes: Outcome[] = [];
  const inFlight = new Map<string, number>();
  const queue = urls.map((url, i) => ({ url, i, host: hostOf(url) }));
  let active = 0;
  let done = 0;
  await new Promise<void>((resolveAll) => {
    const pump = () => {
      if (done === urls.length) return resolveAll();
      while (active < run.concurrency) {
        // The first queued URL whose host has a free slot.
        const k = queue.findIndex((q) => (inFlight.get(q.host) ?? 0) < run.perHost);
        if (k < 0) break;
        const job = queue.splice(k, 1)[0] as (typeof queue)[number];
        active++;
        inFlight.set(job.host, (inFlight.get(job.host) ?? 0) + 1);
        void fetchOne(job.url, run, agent).then((o) => {
          active--;
          inFlight.set(job.host, (inFlight.get(job.host) ?? 1) - 1);
          done++;
          outcomes.push(o);
          process.stderr.write(`newsfacts: fetch [${done}/${urls.length}] ${describe(o)}\n`);
          pump();
        });
      }
    };
    pump();
  });
  await agent.close();
  const failed = outcomes.filter((o): o is Extract<Outcome, { kind: 'failed' }> => o.kind === 'failed').sort((a, b) => (a.url < b.url ? -1 : 1));
  const saved = outcomes.filter((o) => o.kind === 'saved').length;
  const unchanged = outcomes.filter((o) => o.kind === 'unchanged').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`newsfacts: fetch: ${urls.length} URLs: ${saved} saved, ${unchanged} unchanged (304), ${failed.length} failed in ${seconds} s\n`);
  for (const f of failed) process.stderr.write(`newsfacts: fetch failed: ${f.url}: ${f.code}: ${f.message}\n`);
  return failed.length ? 1 : 0;
}

/** The URL as WHATWG parsing writes it (scheme and host lower-cased, dot segments resolved, no fragment); as given when it does not parse (reported later as bad-url). */
function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function describe(o: Outcome): string {
  if (o.kind === 'failed') return `${o.url}: ${o.code}: ${o.message}`;
  return `${o.url}: ${o.kind === 'saved' ? 'saved' : 'not modified (304), copy kept'}`;
}

/** One URL → saved page and sidecar, or a failure. Never throws. */
async function fetchOne(url: string, run: FetchRun, agent: ReturnType<typeof makeAgent>): Promise<Outcome> {
  let name: string;
  try {
    name = pageName(url);
  } catch {
    return { url, kind: 'failed', code: 'bad-url', message: `not a URL: ${JSON.stringify(url)}` };
  }
  const htmlPath = join(run.into, `${name}.html`);
  const metaPath = join(run.into, `${name}.meta.json`);
  const previous = existsSync(htmlPath) ? readSidecarQuietly(metaPath) : null;
  const { timeoutMs, maxBytes, maxRedirects, retries, retryBaseMs, maxRetryWaitMs } = run;
  const options: FetchOptions = {
    timeoutMs,
    maxBytes,
    maxRedirects,
    retries,
    retryBaseMs,
    maxRetryWaitMs,
    userAgent: USER_AGENT,
    conditional: previous && (previous.etag || previous.lastModified) ? { etag: previous.etag, lastModified: previous.lastModified } : null,
    dispatcher: agent,
  };
  const r = await fetchPage(url, options);
  if (!r.ok) return { url, kind: 'failed', code: r.code, message: r.message };
  try {
    if (r.notModified) {
      writeAtomic(metaPath, sidecarJson({ ...(previous as Sidecar), revalidatedAt: new Date().toISOString() }));
      return { url, kind: 'unchanged' };
    }
    // The body first, then the sidecar that describes it: a sidecar never points at bytes not yet saved.
    writeAtomic(htmlPath, r.body);
    const meta: Sidecar = {
      url,
      finalUrl: r.finalUrl,
      status: r.status,
      contentType: r.contentType,
      charset: charsetOf(r.contentType),
      lastModified: r.lastModified,
      etag: r.etag,
      fetchedAt: new Date().toISOString(),
      revalidatedAt: null,
      bytes: r.body.length,
      sha256: createHash('sha256').update(r.body).digest('hex'),
    };
    writeAtomic(metaPath, sidecarJson(meta));
    return { url, kind: 'saved' };
  } catch (e) {
    return { url, kind: 'failed', code: 'write-failed', message: (e as Error).message };
  }
}

function sidecarJson(s: Sidecar): string {
  return `${JSON.stringify(Sidecar.parse(s), null, 2)}\n`;
}

function readSidecarQuietly(path: string): Sidecar | null {
  try {
    return Sidecar.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}
