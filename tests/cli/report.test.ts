import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tmp } from '../helpers.js';
import { BASE, EDITED } from '../diff/edits.js';

/** Extracts `text` as page.txt into a fresh output folder; returns the article file. */
function articleOf(text: string): string {
  const src = tmp();
  const out = tmp();
  writeFileSync(join(src, 'page.txt'), text);
  const r = runCli(['extract', src, '--out', out, '--ref-date', '2025-06-19']);
  if (r.code !== 0) throw new Error(r.stderr);
  return join(out, 'page.json');
}

/** Two runs of `n` articles (copies of one page), the same but for the first, which is edited in the new run. */
function runsOf(n: number, base: string, edited: string): { old: string; now: string } {
  const old = tmp();
  const now = tmp();
  for (let i = 0; i < n; i++) {
    const name = `p${String(i).padStart(3, '0')}.json`;
    copyFileSync(base, join(old, name));
    copyFileSync(i === 0 ? edited : base, join(now, name));
  }
  return { old, now };
}

const sections = (html: string) => html.match(/<section class="article"/gu)?.length ?? 0;

describe('newsfacts report', { timeout: 120_000 }, () => {
  const base = articleOf(BASE);
  const edited = articleOf(EDITED);

  it('a large run compared with an older one shows the changed articles and says how many it left out; --all shows all', () => {
    const { old, now } = runsOf(52, base, edited);
    const html = join(tmp(), 'r.html');
    const r = runCli(['report', now, '--against', old, '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/52 articles, \d+ facts → .*r\.html \(51 unchanged left out; --all shows them\)/u);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('51 unchanged articles left out: showing the 1 that changed');
    expect(sections(page)).toBe(1);
    expect(page).toContain('data-id="p000"');
    expect(page).not.toContain('data-id="p001"');
    // The summary still counts the whole run.
    expect(page).toMatch(/<p class="summary">52 articles · /u);
    // --all: every article.
    expect(runCli(['report', now, '--against', old, '--html', html, '--all']).code).toBe(0);
    const all = readFileSync(html, 'utf8');
    expect(sections(all)).toBe(52);
    expect(all).not.toContain('left out');
    // At the threshold (50 articles) and without --against, nothing is left out.
    const small = runsOf(50, base, edited);
    expect(runCli(['report', small.now, '--against', small.old, '--html', html]).code).toBe(0);
    expect(sections(readFileSync(html, 'utf8'))).toBe(50);
    expect(runCli(['report', now, '--html', html]).code).toBe(0);
    expect(sections(readFileSync(html, 'utf8'))).toBe(52);
  });

  it('shows every fact with its value in a table, changed ones old → new, and the edited words', () => {
    const { old, now } = runsOf(1, base, edited);
    const html = join(tmp(), 'r.html');
    expect(runCli(['report', now, '--against', old, '--html', html]).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    const table = page.slice(page.indexOf('<table class="facts">'), page.indexOf('</table>', page.indexOf('<table class="facts">')));
    const facts = JSON.parse(readFileSync(edited, 'utf8')).facts as Array<{ kind: string; text: string }>;
    // One row per fact, of every kind.
    expect(table.match(/<tr class="(?:money|date|percent)/gu)?.length).toBe(facts.length);
    expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(['money', 'date', 'percent']));
    expect(table).toMatch(/<td dir="auto">3625亿元<\/td><td>money<\/td><td class="num" dir="auto">362500000000 CNY<\/td>/u);
    expect(table).toContain('amount <del>362000000000</del> → <ins>362500000000</ins>');
    expect(table).toMatch(/<tr class="money added"><td dir="auto">186亿元<\/td>.*?<td class="change">new<\/td>/u);
    expect(table).toMatch(/<td dir="auto">9\.7%<\/td><td>percent<\/td><td class="num" dir="auto">9\.7% down/u);
    expect(table).toMatch(/<td dir="auto">2024年<\/td><td>date<\/td><td class="num" dir="auto">2024 year<\/td>/u);
    // The edited paragraph, word by word (Chinese has no spaces: ICU's word segmentation).
    expect(page).toMatch(/paragraph 2 edited: <span class="words" dir="auto">[^<]*<del>3620<\/del><ins>3625<\/ins>亿元/u);
    expect(page).toMatch(/<p class="body edited" dir="ltr">[^\n]*3625亿元/u);
  });

  it('links a source URL only when it is http or https, escaped', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'run'));
    const a = JSON.parse(readFileSync(base, 'utf8'));
    a.source.url = 'https://example.com/news?id=1&x="2"<b>';
    writeFileSync(join(dir, 'run', 'web.json'), JSON.stringify(a));
    a.source.url = 'javascript:alert(1)';
    writeFileSync(join(dir, 'run', 'js.json'), JSON.stringify(a));
    const html = join(dir, 'r.html');
    expect(runCli(['report', join(dir, 'run'), '--html', html]).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<a href="https://example.com/news?id=1&#38;x=&#34;2&#34;&#60;b&#62;" rel="noopener noreferrer">https://example.com/news?id=1&#38;x=&#34;2&#34;&#60;b&#62;</a>');
    expect(page).toContain('<dd dir="ltr">javascript:alert(1)</dd>');
    expect(page).not.toMatch(/href="javascript/u);
  });

  it('is deterministic: the same runs give the same bytes', () => {
    const { old, now } = runsOf(3, base, edited);
    const a = join(tmp(), 'a.html');
    const b = join(tmp(), 'b.html');
    expect(runCli(['report', now, '--against', old, '--html', a]).code).toBe(0);
    expect(runCli(['report', now, '--against', old, '--html', b]).code).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });
});
