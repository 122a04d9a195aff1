import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunFile } from '../../src/cli/runfile.js';
import { Article } from '../../src/article/schema.js';
import { HOSTILE_MAX, makeHostileCorpus } from '../fixtures/hostile.js';
import { outputs, repoPath, runCli, tmp, stateFile } from '../helpers.js';

describe('a hostile corpus', { timeout: 60_000 }, () => {
  const dir = tmp();
  const want = makeHostileCorpus(dir);
  const out = tmp();
  const r = runCli(['extract', dir, '--out', out, '--max-size', HOSTILE_MAX]);
  const run = RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8')));
  const failing = Object.entries(want).filter(([, w]) => 'fail' in w);
  const good = Object.entries(want).flatMap(([file, w]) => ('ok' in w ? [{ file, ...w.ok }] : []));

  it('runs to completion, exit 1, with exactly the expected per-file errors', () => {
    expect(r.code).toBe(1);
    const got = Object.fromEntries(run.failures.map((f) => [f.file.slice(dir.length + 1), f.code]));
    expect(got).toEqual(Object.fromEntries(failing.map(([file, w]) => [file, 'fail' in w && w.fail])));
    // Each failure is on stderr as it happened, with its file, code and reason.
    for (const f of run.failures) expect(r.stderr).toContain(`newsfacts: ${f.file}: ${f.code}: ${f.message}`);
    expect(run).toMatchObject({ status: 'complete', counts: { inputs: Object.keys(want).length, extracted: good.length, failed: failing.length } });
  });

  it('extracts every good file, in its encoding, with facts that quote the text', () => {
    const names = outputs(out);
    expect(names).toHaveLength(good.length);
    for (const g of good) {
      const name = names.find((n) => (typeof g.output === 'string' ? n === g.output : g.output.test(n)));
      expect(name, `${g.file} → ${String(g.output)}`).toBeDefined();
      const a = Article.parse(JSON.parse(readFileSync(join(out, name as string), 'utf8')));
      expect(a.source.file).toBe(g.file);
      for (const f of a.facts) expect(a.text.slice(f.start, f.end)).toBe(f.text);
      if (g.encoding) expect(a.source.encoding, g.file).toBe(g.encoding);
      expect(a.source.invalidBytes, g.file).toBe(g.invalidBytes ?? false);
      if (g.fact) expect(a.facts.map((f) => f.text), g.file).toContain(g.fact);
    }
  });

  it('--fail-fast stops at the first failure and says so', () => {
    const out2 = tmp();
    // One thread, so no other file is running when the first one fails.
    const r2 = runCli(['extract', dir, '--out', out2, '--max-size', HOSTILE_MAX, '--fail-fast', '--jobs', '1']);
    expect(r2.code).toBe(1);
    const run2 = RunFile.parse(JSON.parse(readFileSync(stateFile(out2), 'utf8')));
    expect(run2.status).toBe('stopped');
    expect(run2.failures).toHaveLength(1);
    expect(r2.stderr).toMatch(/stopped at the first failure \(--fail-fast\)/u);
    expect(run2.counts.extracted).toBeLessThan(good.length);
  });
});

describe('a page of 233 KB of figures with no sentence break', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'figures.txt'), '5元，'.repeat(33_286));
  writeFileSync(join(dir, 'in', 'good.txt'), '年报\n\n公司去年实现营业收入3620亿元，同比下降9.7%。');
  for (const jobs of ['1', '2']) {
    it(`fails alone, in bounded memory, and the next file is extracted (--jobs ${jobs})`, () => {
      const out = join(dir, `out-${jobs}`);
      // scripts/rss.mjs runs the CLI and prints its peak resident set size (threads included).
      const r = spawnSync(process.execPath, [repoPath('scripts/rss.mjs'), 'extract', join(dir, 'in'), '--out', out, '--jobs', jobs], { encoding: 'utf8', timeout: 90_000 });
      expect(r.status, r.stderr).toBe(1);
      const kb = Number(/BENCH-RSS (\d+)/u.exec(r.stderr)?.[1]);
      expect(kb).toBeLessThan(300 * 1024);
      const run = RunFile.parse(JSON.parse(readFileSync(stateFile(out), 'utf8')));
      expect(run.status).toBe('complete');
      expect(run.failures.map((f) => [f.file.slice(dir.length + 1), f.code])).toEqual([['in/figures.txt', 'too-many-facts']]);
      expect(outputs(out)).toEqual(['good.json']);
    }, 120_000);
  }
});
