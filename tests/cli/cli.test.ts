import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article } from '../../src/article/schema.js';
import { outputs, repoPath, runCli, tmp, stateFile } from '../helpers.js';

const run = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

describe('newsfacts CLI', { timeout: 60_000 }, () => {
  it('prints help for the tool and for every command, exit 0', () => {
    for (const args of [['--help'], ['extract', '--help'], ['diff', '--help'], ['review', '--help'], ['report', '--help'], ['table', '--help'], ['schema', '--help'], ['help', 'extract'], ['help', 'report']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage/u);
    }
    // A topic that is no command, even one that names a JavaScript property, gets the main help.
    for (const topic of ['nosuch', 'constructor', '__proto__']) expect(run(['help', topic]).stdout).toMatch(/^newsfacts .*\n[\s\S]*Usage/u);
  });

  it('exits 2 on bad usage, naming the problem', () => {
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['extract', 'corpus']).stderr).toMatch(/--out/u);
    expect(run(['extract', 'corpus', '--out', tmp(), '--ref-date', '2025-13-01']).code).toBe(2);
    expect(run(['extract', '--bogus']).code).toBe(2);
  });

  it('extracts a folder: one valid JSON per article, byte-identical on a second run', () => {
    const out = tmp();
    const r = run(['extract', repoPath('corpus'), '--out', out]);
    expect(r.code).toBe(0);
    const files = outputs(out);
    expect(files).toEqual(readdirSync(repoPath('corpus')).map((f) => f.replace(/\.txt$/u, '.json')).sort());
    const first = files.map((f) => readFileSync(join(out, f), 'utf8'));
    for (const json of first) {
      const a = Article.parse(JSON.parse(json));
      for (const f of a.facts) expect(a.text.slice(f.start, f.end)).toBe(f.text);
      expect(json.endsWith('\n')).toBe(true);
    }
    const out2 = tmp();
    run(['extract', repoPath('corpus'), '--out', out2]);
    expect(files.map((f) => readFileSync(join(out2, f), 'utf8'))).toEqual(first);
  });

  it('reports a bad input by name and still writes the others, exit 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), '公司宣布融资\n记者获悉，公司完成新一轮融资，金额为43亿美元，投资方包括多家知名机构，资金将用于研发。');
    const out = tmp();
    writeFileSync(join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run(['extract', join(dir, 'good.txt'), join(dir, 'image.html'), join(dir, 'empty.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/image\.html: binary: .*PNG/u);
    expect(r.stderr).toMatch(/empty\.txt: empty/u);
    expect(outputs(out)).toEqual(['good.json']);
  });

  it('scraped text saved as .html (no tag at all) is read as text, as the same file named .txt is', () => {
    const dir = tmp();
    const text = readFileSync(repoPath('corpus/000_28edb389c983b1a7.txt'), 'utf8');
    writeFileSync(join(dir, 'as-text.txt'), text);
    writeFileSync(join(dir, 'as-html.html'), text);
    writeFileSync(join(dir, 'real.html'), `<html><body><p>${text.split('\n').join('</p><p>')}</p></body></html>`);
    const out = tmp();
    expect(run(['extract', dir, '--out', out, '--ref-date', '2025-06-19']).code).toBe(0);
    const read = (n: string) => Article.parse(JSON.parse(readFileSync(join(out, `${n}.json`), 'utf8')));
    const [txt, html, real] = [read('as-text'), read('as-html'), read('real')];
    expect(html.source.format).toBe('text');
    expect(html.warnings).toEqual([]);
    expect(html.facts.map((f) => f.text)).toEqual(txt.facts.map((f) => f.text));
    // Markup still makes a page HTML.
    expect(real.source.format).toBe('html');
    expect(real.facts.length).toBeGreaterThan(10);
  });

  it('keeps two inputs with the same name apart', () => {
    const dir = tmp();
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'page.txt'), `${sub}公司宣布融资\n记者获悉，公司完成新一轮融资，金额为43亿美元，投资方包括多家知名机构。`);
    }
    const out = tmp();
    expect(run(['extract', dir, '--out', out]).code).toBe(0);
    expect(outputs(out)).toEqual(['a__page.json', 'b__page.json']);
  });

  it('an output whose input is gone fails --check, is listed by a run, and goes with --prune', () => {
    const dir = tmp();
    const out = tmp();
    for (const n of ['a', 'b']) writeFileSync(join(dir, `${n}.txt`), `${n}公司宣布融资\n记者获悉，公司完成新一轮融资，金额为43亿美元，投资方包括多家知名机构。`);
    expect(run(['extract', dir, '--out', out]).code).toBe(0);
    rmSync(join(dir, 'b.txt'));
    const check = run(['extract', dir, '--out', out, '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/b\.json: stale: no input gives it any more/u);
    const again = run(['extract', dir, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/1 file in .* comes from no input of this run \(b\.json\); --prune removes them/u);
    expect(outputs(out)).toEqual(['a.json', 'b.json']);
    expect(run(['extract', dir, '--out', out, '--prune']).stderr).toMatch(/removed 1 output no input .*b\.json/u);
    expect(outputs(out)).toEqual(['a.json']);
    expect(run(['extract', dir, '--out', out, '--check']).code).toBe(0);
  });

  it('--check writes nothing and fails when the snapshot is stale', () => {
    const out = tmp();
    expect(run(['extract', repoPath('corpus'), '--out', out, '--check']).code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
    run(['extract', repoPath('corpus'), '--out', out]);
    expect(run(['extract', repoPath('corpus'), '--out', out, '--check']).code).toBe(0);
  });

  it('--jsonl: one line per input, in order, errors as lines, the stream goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '去年营收43亿元。', refDate: '2025-01-02', clean: false, lang: 'zh' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 7, html: '<html><body><h1>标题</h1><p>公司今年3月完成融资，金额达9.3亿美元，这是今年最大的一笔交易，引起市场广泛关注。</p></body></html>', published: '2025-06-01' }),
    ].join('\n');
    const r = run(['extract', '--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('a');
    expect(lines[0].facts.map((f: { text: string }) => f.text)).toEqual(['去年', '43亿元']);
    expect(lines[0].facts[0].value).toBe('2024');
    expect(lines[1].error.code).toBe('bad-json');
    expect(lines[2]).toMatchObject({ id: 'b', error: { code: 'no-content' } });
    expect(lines[3].id).toBe(7);
    expect(lines[3].title).toBe('标题');
    expect(lines[3].facts.find((f: { kind: string }) => f.kind === 'date').value).toBe('2025-03');
  });

  it('--jsonl: hostile lines (a wrong type, a huge line, invalid UTF-8, binary text) each give an error line or an article; the stream goes on', () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 1, text: 42 })}\n`),
      Buffer.from(`${JSON.stringify({ id: 2, text: `公司营收${'1'.repeat(3000)}亿元` })}\n`),
      Buffer.from('{"id": 3, "text": "公司去年营收43亿元'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n[1,2]\nnull\n'),
      Buffer.from(`${JSON.stringify({ id: 4, text: '去年营收43亿元。', clean: false, lang: 'zh', refDate: '2025-01-02' })}\n`),
    ]);
    const r = runCli(['extract', '--jsonl', '--max-size', '2KB'], { input: input as unknown as string });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['bad-record', 'too-large', 'ok', 'bad-record', 'bad-record', 'ok']);
    expect(lines[2].text).toContain('\uFFFD');
    expect(lines[5].facts.map((f: { text: string }) => f.text)).toEqual(['去年', '43亿元']);
  });

  it('prints the output format as JSON Schema', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    expect(schema.properties.facts.type).toBe('array');
    expect(schema.required).toContain('text');
  });
});

describe('doubtful articles', () => {
  it('are written, named on stderr with their warnings, counted in the summary and listed in the run record', () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'good.txt'), '国家统计局今天发布数据，10月份全国居民消费价格同比上涨0.2%。\n');
    writeFileSync(join(dir, 'nav.html'), '<html><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">财经</a></li><li><a href="/b">科技</a></li></ul></body></html>');
    const r = run(['extract', dir, '--out', out, '--ref-date', '2025-11-20']);
    expect(r.code).toBe(0);
    expect(outputs(out)).toEqual(['good.json', 'nav.json']);
    expect(r.stderr).toContain(`${join(dir, 'nav.html')}: warning: empty-text, lang-und`);
    expect(r.stderr).not.toContain('good.txt: warning');
    expect(r.stderr).toMatch(/2 articles: 2 written, 0 unchanged, 0 failed in [\d.]+ s\n/u);
    expect(r.stderr).toMatch(/to look at: 1 with no facts, 1 with empty text \(empty-text\), 1 in no recognised language \(lang-und\) \(--verbose or --report-warnings <file> names the files\)\n/u);
    const record = JSON.parse(readFileSync(stateFile(out), 'utf8'));
    expect(record.warnings).toEqual({ 'empty-text': [join(dir, 'nav.html')], 'lang-und': [join(dir, 'nav.html')] });
    expect(JSON.parse(readFileSync(join(out, 'nav.json'), 'utf8')).warnings).toEqual(['empty-text', 'lang-und']);
  });
});
