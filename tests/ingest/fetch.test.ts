import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sidecar, pageName } from '../../src/ingest/sidecar.js';
import { Article } from '../../src/article/schema.js';
import { runCliAsync, tmp } from '../helpers.js';

// A news site on 127.0.0.1 only: no outside network is touched.
const GBK_PAGE = iconv.encode(
  '<html><head><title>宁德时代发布年报</title></head><body><h1>宁德时代发布年报</h1>' +
    '<p>宁德时代周二晚间发布年报，公司去年实现营业收入3620亿元，同比下降9.7%，海外收入超过1000亿元。</p>' +
    '<p>公司表示，今年将继续加大海外市场投入，匈牙利工厂预计年底投产，总投资约73亿欧元。</p></body></html>',
  'gbk',
);
const LAST_MODIFIED = 'Wed, 18 Jun 2025 09:00:00 GMT';

let server: Server;
let base = '';
const hits = new Map<string, number>();
const agents: string[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  agents.push(String(req.headers['user-agent']));
  switch (path) {
    case '/gbk': // no charset anywhere: the bytes must speak for themselves
      res.writeHead(200, { 'content-type': 'text/html', 'last-modified': LAST_MODIFIED, etag: '"v1"' });
      return void res.end(GBK_PAGE);
    case '/etag':
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk', etag: '"v1"' });
      return void res.end(GBK_PAGE);
    case '/moved':
      return void res.writeHead(301, { location: '/hop' }).end();
    case '/hop':
      return void res.writeHead(302, { location: `${base}/gbk` }).end();
    case '/loop-a':
      return void res.writeHead(302, { location: '/loop-b' }).end();
    case '/loop-b':
      return void res.writeHead(302, { location: '/loop-a' }).end();
    case '/to-file':
      return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    case '/slow': // headers only after the client has given up
      return void setTimeout(() => res.writeHead(200).end('late'), 3_000).unref();
    case '/stall': // headers and a first chunk, then nothing
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.write('<html><body>');
    case '/big':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) });
      return void res.end(Buffer.alloc(3 * 1024 * 1024, 0x61));
    case '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x62);
      let sent = 0;
      const push = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    case '/gzip': // compressed as most servers send pages
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(gzipSync(GBK_PAGE));
    case '/br':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
      return void res.end(brotliCompressSync(GBK_PAGE));
    case '/deflate-raw': // "deflate" without its zlib wrapper, as some servers send it
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
      return void res.end(deflateRawSync(GBK_PAGE));
    case '/bomb': // 3 MB of one letter in a few kilobytes
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x61)));
    case '/not-gzip':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(GBK_PAGE);
    case '/missing':
      return void res.writeHead(404).end('no');
    case '/broken':
      return void res.writeHead(500).end('oops');
    case '/busy-once': // 429 with Retry-After the first time, then the page
      if (hits.get(path) === 1) return void res.writeHead(429, { 'retry-after': '1' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk' });
      return void res.end(GBK_PAGE);
    case '/down':
      return void res.writeHead(503, { 'retry-after': '0' }).end();
    case '/down-long':
      return void res.writeHead(503, { 'retry-after': '86400' }).end();
    default:
      return void res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const fetchInto = (dir: string, urls: string[], ...extra: string[]) =>
  runCliAsync(['fetch', ...urls, '--into', dir, '--timeout', '1', '--max-size', '1MB', '--retry-base', '50', ...extra]);
const saved = (dir: string, url: string) => join(dir, `${pageName(url)}.html`);
const sidecar = (dir: string, url: string) => Sidecar.parse(JSON.parse(readFileSync(join(dir, `${pageName(url)}.meta.json`), 'utf8')));

describe('newsfacts fetch', { timeout: 60_000 }, () => {
  it('saves the bytes as sent with a sidecar; extract then reads the GBK page right, with the URL and an HTTP reference date', async () => {
    const dir = tmp();
    const url = `${base}/gbk`;
    const r = await fetchInto(dir, [url]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(saved(dir, url))).toEqual(GBK_PAGE);
    expect(sidecar(dir, url)).toMatchObject({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: null, lastModified: LAST_MODIFIED, etag: '"v1"', bytes: GBK_PAGE.length });
    expect(agents.at(-1)).toMatch(/^newsfacts\/\d+\.\d+\.\d+ /u);

    const out = tmp();
    const x = await runCliAsync(['extract', dir, '--out', out]);
    expect(x.code, x.stderr).toBe(0);
    const a = Article.parse(JSON.parse(readFileSync(join(out, `${pageName(url)}.json`), 'utf8')));
    expect(a.source).toMatchObject({ url, encoding: 'gb18030', encodingSource: 'guessed' });
    expect(a.title).toBe('宁德时代发布年报');
    // Last-Modified is only a reference date: 去年 resolves against it, published stays null.
    expect(a).toMatchObject({ published: null, refDate: '2025-06-18', refDateSource: 'http-last-modified' });
    expect(a.facts.map((f) => [f.text, f.kind === 'money' ? f.amount : 'value' in f ? f.value : null])).toEqual([
      ['周二', '2025-06-17'],
      ['去年', '2024'],
      ['3620亿元', 362000000000],
      ['9.7%', 9.7],
      ['超过1000亿元', 100000000000],
      ['今年', '2025'],
      ['年底', '2025'],
      ['约73亿欧元', 7300000000],
    ]);
    // An explicit --ref-date outranks the HTTP date.
    const out2 = tmp();
    await runCliAsync(['extract', dir, '--out', out2, '--ref-date', '2025-01-02']);
    expect(JSON.parse(readFileSync(join(out2, `${pageName(url)}.json`), 'utf8'))).toMatchObject({ refDate: '2025-01-02', refDateSource: 'given' });
  });

  it('follows redirects, records the final URL, and catches loops, too many hops and other schemes', async () => {
    const dir = tmp();
    const r = await fetchInto(dir, [`${base}/moved`, `${base}/loop-a`, `${base}/to-file`, 'ftp://127.0.0.1/x', 'not a url']);
    expect(r.code).toBe(1);
    expect(sidecar(dir, `${base}/moved`)).toMatchObject({ url: `${base}/moved`, finalUrl: `${base}/gbk` });
    expect(r.stderr).toContain(`fetch failed: ${base}/loop-a: redirect-loop`);
    expect(r.stderr).toContain(`fetch failed: ${base}/to-file: unsupported-scheme`);
    expect(r.stderr).toContain('fetch failed: ftp://127.0.0.1/x: unsupported-scheme');
    expect(r.stderr).toContain('fetch failed: not a url: bad-url');
    const one = await fetchInto(tmp(), [`${base}/moved`], '--max-redirects', '1');
    expect(one.stderr).toMatch(/too-many-redirects: more than 1 redirects/u);
  });

  it('gives up on slow and stalled servers and on oversized bodies, saving nothing for them', async () => {
    const dir = tmp();
    const t0 = Date.now();
    const r = await fetchInto(dir, [`${base}/slow`, `${base}/stall`, `${base}/big`, `${base}/big-chunked`]);
    expect(r.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.stderr).toContain(`${base}/slow: timeout`);
    expect(r.stderr).toContain(`${base}/stall: timeout`);
    expect(r.stderr).toMatch(/\/big: too-large: 3145728 bytes announced/u);
    expect(r.stderr).toMatch(/\/big-chunked: too-large: body over the limit/u);
    for (const p of ['/slow', '/stall', '/big', '/big-chunked']) expect(existsSync(saved(dir, `${base}${p}`))).toBe(false);
    expect(r.stderr).toMatch(/4 URLs: 0 saved, 0 unchanged \(304\), 4 failed/u);
  });

  it('saves a gzip, brotli or deflate body decompressed, held to --max-size once decompressed', async () => {
    const dir = tmp();
    const urls = ['/gzip', '/br', '/deflate-raw', '/bomb', '/not-gzip'].map((p) => `${base}${p}`);
    const r = await fetchInto(dir, urls);
    expect(r.code).toBe(1);
    for (const url of urls.slice(0, 3)) {
      expect(readFileSync(saved(dir, url)), url).toEqual(GBK_PAGE);
      expect(sidecar(dir, url).bytes).toBe(GBK_PAGE.length);
    }
    expect(r.stderr).toMatch(/\/bomb: too-large: body over the limit of \d+ bytes once decompressed/u);
    expect(r.stderr).toMatch(/\/not-gzip: bad-encoding: the gzip body cannot be decompressed/u);
    for (const p of ['/bomb', '/not-gzip']) expect(existsSync(saved(dir, `${base}${p}`))).toBe(false);
    // The pages read as pages, with their figures.
    const out = tmp();
    const x = await runCliAsync(['extract', dir, '--out', out]);
    expect(x.code, x.stderr).toBe(0);
    const a = Article.parse(JSON.parse(readFileSync(join(out, `${pageName(urls[0] as string)}.json`), 'utf8')));
    expect(a.facts.some((f) => f.text === '3620亿元')).toBe(true);
  });

  it('reports 404 and 500, retries 429 after Retry-After, gives up on a 503 that lasts', async () => {
    const dir = tmp();
    const r = await fetchInto(dir, [`${base}/missing`, `${base}/broken`, `${base}/busy-once`, `${base}/down`, `${base}/down-long`], '--retries', '2');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${base}/missing: http-status: 404 Not Found`);
    expect(r.stderr).toContain(`${base}/broken: http-status: 500 Internal Server Error`);
    expect(hits.get('/broken')).toBe(1);
    expect(r.stderr).toContain(`${base}/busy-once: saved`);
    expect(hits.get('/busy-once')).toBe(2);
    expect(r.stderr).toContain(`${base}/down: http-status: 503 Service Unavailable after 2 retries`);
    expect(hits.get('/down')).toBe(3);
    expect(r.stderr).toMatch(/\/down-long: http-status: 503: the server asks to wait 86400 s/u);
  });

  it('re-fetches conditionally: a 304 keeps the saved copy and downloads nothing', async () => {
    const dir = tmp();
    const url = `${base}/etag`;
    expect((await fetchInto(dir, [url])).code).toBe(0);
    const first = sidecar(dir, url);
    const again = await fetchInto(dir, [url]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('not modified (304), copy kept');
    expect(readFileSync(saved(dir, url))).toEqual(GBK_PAGE);
    expect(sidecar(dir, url)).toMatchObject({ fetchedAt: first.fetchedAt, etag: '"v1"' });
    expect(sidecar(dir, url).revalidatedAt).not.toBeNull();
  });

  it('reads URLs from a list, skipping blanks and comments, and never fetches one twice', async () => {
    const dir = tmp();
    const list = join(tmp(), 'urls.txt');
    writeFileSync(list, `# news\n${base}/gbk\n\n${base}/gbk\n${base}/etag\n`);
    const before = hits.get('/gbk') ?? 0;
    const r = await runCliAsync(['fetch', '--list', list, '--into', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 URLs: 2 saved/u);
    expect((hits.get('/gbk') ?? 0) - before).toBe(1);
  });

  it('one page under several spellings of its URL is fetched once', async () => {
    const dir = tmp();
    const before = hits.get('/etag') ?? 0;
    const r = await runCliAsync(['fetch', `${base}/etag`, `${base}/./etag`, `${base.replace('http://', 'HTTP://')}/etag`, `${base}/x/../etag#top`, '--into', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 URLs: 1 saved/u);
    expect((hits.get('/etag') ?? 0) - before).toBe(1);
  });

  it('names are safe and stable: no path escape, no collision', () => {
    const names = ['http://a.com/../../etc/passwd', 'http://a.com/x?y=1', 'http://a.com/x?y=2', 'https://新闻.中国/财经/2025/新闻.html', `http://a.com/${'.'.repeat(5000)}b`].map(pageName);
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*-[0-9a-f]{10}$/u);
      expect(n.length).toBeLessThanOrEqual(92);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(pageName('http://a.com/x?y=1')).toBe(names[1]);
  });
});
