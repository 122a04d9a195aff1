import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outputs, readFixture, repoPath, runCli, tmp, stateFile } from '../helpers.js';

// Each test starts several processes: a generous limit for a slow, busy machine.
const SLOW = { timeout: 60_000 };

const RULES = [
  { match: 'example-news.cn', body: '.art-text', drop: ['.read-more', '.share-bar', '.editor'], title: 'h1.art-title', published: '.art-info .time' },
  { match: 'alwaha-news.example', body: '.article-body', drop: ['.related-inline', '.social'], title: '.article-header .headline', published: '.pub-date' },
  { match: 'news.example.hk', body: '.story-part', drop: ['.tip-box'] },
];

/** A folder of pages: two that name their URL themselves, copies of a third with a fetch sidecar each, and one no rule is for. */
function pages(): string {
  const dir = tmp();
  copyFileSync(repoPath('tests/fixtures/site-rules/zh-brief.html'), join(dir, 'brief.html'));
  copyFileSync(repoPath('tests/fixtures/site-rules/ar-inline-links.html'), join(dir, 'ar.html'));
  copyFileSync(repoPath('tests/fixtures/pages/zh-news.html'), join(dir, 'plain.html'));
  const story = readFileSync(repoPath('tests/fixtures/site-rules/zh-hk-story.html'));
  for (let i = 0; i < 4; i++) {
    writeFileSync(join(dir, `story${i}.html`), story);
    const url = `https://news.example.hk/2025/03/06/story${i}.html`;
    const sidecar = {
      url, finalUrl: url, status: 200, contentType: 'text/html; charset=utf-8', charset: 'utf-8', lastModified: null, etag: null,
      fetchedAt: '2025-03-07T00:00:00.000Z', revalidatedAt: null, bytes: story.length, sha256: createHash('sha256').update(story).digest('hex'),
    };
    writeFileSync(join(dir, `story${i}.meta.json`), JSON.stringify(sidecar));
  }
  return dir;
}

function rulesFile(rules: unknown): string {
  const f = join(tmp(), 'rules.json');
  writeFileSync(f, typeof rules === 'string' ? rules : JSON.stringify(rules, null, 2));
  return f;
}

const read = (dir: string) => Object.fromEntries(outputs(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('extract --site-rules', () => {
  it('a bad rules file: one line on stderr naming the file, rule and field; exit 2; nothing written', SLOW, () => {
    const dir = pages();
    const cases: Array<[string, RegExp]> = [
      ['[{"match": "example.com",', /not JSON/u],
      ['[{"match": "example.com", "body": "div.content["}]', /rules\[0\]\.body: "div\.content\[" is not a CSS selector/u],
      ['[{"match": "example.com"}, {"drop": [".share"]}]', /rules\[1\]\.match: missing/u],
    ];
    for (const [content, want] of cases) {
      const file = rulesFile(content);
      const out = join(tmp(), 'out');
      for (const args of [[dir, '--out', out], ['--jsonl']]) {
        const r = runCli(['extract', ...args, '--site-rules', file], { input: '{"id":1,"text":"公司去年营收43亿元。"}\n' });
        expect(r.code, content).toBe(2);
        expect(r.stderr, content).toMatch(want);
        expect(r.stderr.startsWith(`newsfacts: --site-rules ${file}: `), r.stderr).toBe(true);
        expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
        expect(r.stdout).toBe('');
      }
      expect(existsSync(out)).toBe(false);
    }
    const missing = runCli(['extract', dir, '--out', join(tmp(), 'out'), '--site-rules', join(tmp(), 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--site-rules .*nope\.json: ENOENT/u);
  });

  it('rules reach the worker threads: --jobs 2 writes what --jobs 1 writes, rules applied; the run record holds their hash', SLOW, () => {
    const dir = pages();
    const file = rulesFile(RULES);
    const one = tmp();
    const two = tmp();
    expect(runCli(['extract', dir, '--out', one, '--jobs', '1', '--site-rules', file]).code).toBe(0);
    const r = runCli(['extract', dir, '--out', two, '--jobs', '2', '--site-rules', file]);
    expect(r.code, r.stderr).toBe(0);
    const written = read(two);
    expect(written).toEqual(read(one));
    const article = (name: string) => JSON.parse(written[name] as string) as { siteRule: string | null; text: string; title: string };
    expect(article('brief.json').siteRule).toBe('example-news.cn');
    expect(article('brief.json').text).toContain('储能业务收入5.2亿元');
    expect(article('ar.json').title).toBe('شركة النخيل للإسمنت ترفع أرباحها إلى 40 مليون دينار');
    for (let i = 0; i < 4; i++) {
      expect(article(`story${i}.json`).siteRule).toBe('news.example.hk');
      expect(article(`story${i}.json`).text).not.toContain('訂閱');
    }
    expect(article('plain.json').siteRule).toBe(null);
    const run = JSON.parse(readFileSync(stateFile(two), 'utf8')) as { options: { siteRules: string | null } };
    expect(run.options.siteRules).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    // The run records are the same but for the folder written to.
    expect(readFileSync(stateFile(two), 'utf8').replace(two, '<out>')).toBe(readFileSync(stateFile(one), 'utf8').replace(one, '<out>'));
  });

  it('--resume redoes everything when the rules file changed, and skips when it did not', SLOW, () => {
    const dir = pages();
    const out = tmp();
    const file = rulesFile(RULES);
    expect(runCli(['extract', dir, '--out', out, '--site-rules', file]).code).toBe(0);
    const same = runCli(['extract', dir, '--out', out, '--site-rules', file, '--resume']);
    expect(same.stderr).toMatch(/7 skipped \(--resume\)/u);
    writeFileSync(file, JSON.stringify(RULES.slice(0, 2)));
    const other = runCli(['extract', dir, '--out', out, '--site-rules', file, '--resume']);
    expect(other.stderr).toMatch(/--resume: extracting everything: the last run had other site rules/u);
    expect(JSON.parse(readFileSync(join(out, 'story0.json'), 'utf8')).siteRule).toBe(null);
    const none = runCli(['extract', dir, '--out', out, '--resume']);
    expect(none.stderr).toMatch(/other site rules/u);
  });

  it('rules for other hosts leave every output byte-identical to a run without rules', SLOW, () => {
    const dir = pages();
    const plain = tmp();
    const ruled = tmp();
    expect(runCli(['extract', dir, '--out', plain]).code).toBe(0);
    const file = rulesFile([{ match: 'example.org', body: 'article', drop: ['p'] }, { match: 'ample.hk', body: 'p' }, { match: 'news.cn', body: 'p' }, { match: 'news.example.hk/2024/', body: 'p' }]);
    expect(runCli(['extract', dir, '--out', ruled, '--site-rules', file]).code).toBe(0);
    expect(read(ruled)).toEqual(read(plain));
  });

  it('a body selector that matches nothing: the page is still extracted, with warning site-rule-missed on stderr', SLOW, () => {
    const dir = pages();
    const out = tmp();
    const r = runCli(['extract', dir, '--out', out, '--site-rules', rulesFile([{ match: 'news.example.hk', body: '.old-layout' }])]);
    expect(r.code).toBe(0);
    for (let i = 0; i < 4; i++) expect(r.stderr).toContain(`story${i}.html: warning: site-rule-missed`);
    expect(r.stderr).not.toMatch(/brief\.html: warning/u);
    expect(JSON.parse(readFileSync(join(out, 'story0.json'), 'utf8'))).toMatchObject({ siteRule: 'news.example.hk', warnings: ['site-rule-missed'] });
  });

  it('--jsonl: the record\'s url picks the rule', SLOW, () => {
    const html = readFixture('site-rules/zh-hk-story.html');
    const lines = [
      { id: 'a', html, url: 'https://news.example.hk/x.html' },
      { id: 'b', html, url: 'https://elsewhere.example/x.html' },
      { id: 'c', html },
    ].map((l) => JSON.stringify(l)).join('\n');
    const r = runCli(['extract', '--jsonl', '--site-rules', rulesFile(RULES)], { input: `${lines}\n` });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; siteRule: string | null; text: string });
    expect(out.map((o) => [o.id, o.siteRule])).toEqual([['a', 'news.example.hk'], ['b', null], ['c', null]]);
    expect(out[0]?.text).not.toContain('訂閱');
    expect(out[1]?.text).toContain('訂閱');
  });

  it('cheerio is loaded only when --site-rules is given', SLOW, () => {
    const dir = pages();
    const file = rulesFile(RULES);
    // The CLI in one thread of one process, which then lists the CommonJS modules it loaded.
    const probe = (args: string[]) => {
      const script = `
        import { createRequire } from 'node:module';
        const { main } = await import(${JSON.stringify(pathToFileURL(repoPath('dist/cli/main.js')).href)});
        const code = await main(${JSON.stringify(args)});
        const loaded = Object.keys(createRequire(${JSON.stringify(repoPath('package.json'))}).cache);
        process.stdout.write(JSON.stringify({ code, cheerio: loaded.some((p) => /[\\\\/]node_modules[\\\\/]cheerio[\\\\/]/u.test(p)) }));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      return JSON.parse(r.stdout) as { code: number; cheerio: boolean };
    };
    expect(probe(['extract', dir, '--out', tmp(), '--jobs', '1'])).toEqual({ code: 0, cheerio: false });
    expect(probe(['extract', dir, '--out', tmp(), '--jobs', '1', '--site-rules', file])).toEqual({ code: 0, cheerio: true });
  });
});
