import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffDocument } from '../../src/diff/schema.js';
import { runCli, tmp } from '../helpers.js';
import { BASE, EDITED } from '../diff/edits.js';

/** Extracts `text` as page.txt into a fresh output folder; returns the folder. */
function runOf(text: string, out = tmp()): string {
  const src = tmp();
  writeFileSync(join(src, 'page.txt'), text);
  const r = runCli(['extract', src, '--out', out, '--ref-date', '2025-06-19']);
  if (r.code !== 0) throw new Error(r.stderr);
  return out;
}

describe('newsfacts diff', { timeout: 60_000 }, () => {
  const before = runOf(BASE);
  const after = runOf(EDITED);

  it('exit 0 and says so when two runs agree', () => {
    const r = runCli(['diff', before, runOf(BASE)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^no differences \(1 article compared\)/u);
  });

  it('exit 1 and shows each fact in its sentence, grouped by article, with a totals line', () => {
    const r = runCli(['diff', before, after]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('page (zh) +1 -1 ~1');
    expect(r.stdout).toContain('~ money 3625亿元: text "3620亿元" → "3625亿元"; amount 362000000000 → 362500000000');
    expect(r.stdout).toContain('全年实现营业收入[[3625亿元]]');
    expect(r.stdout).toContain('- money 约200亿元 = 20000000000 CNY approx');
    expect(r.stdout).toContain('+ money 186亿元 = 18600000000 CNY');
    expect(r.stdout).toMatch(/- paragraph 4: 业内人士认为/u);
    expect(r.stdout).toMatch(/1 article compared, 1 differ: 1 added, 1 removed, 1 changed, 3 moved\n/u);
    // Moved facts are hidden unless asked for.
    expect(r.stdout).not.toMatch(/moved \d+-\d+/u);
    expect(runCli(['diff', before, after, '--moved']).stdout).toMatch(/> money 约73亿欧元 moved \d+-\d+ → \d+-\d+/u);
    // No colour when not a terminal.
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--json prints one document that passes the diff schema', () => {
    const r = runCli(['diff', before, after, '--json']);
    expect(r.code).toBe(1);
    const doc = DiffDocument.parse(JSON.parse(r.stdout));
    expect(doc.summary).toEqual({ articles: 1, compared: 1, added: 1, removed: 1, changed: 1, moved: 3 });
  });

  it('filters by --kind, --lang and --article', () => {
    expect(runCli(['diff', before, after, '--kind', 'date']).stdout).toMatch(/0 added, 0 removed, 0 changed, 2 moved/u);
    expect(runCli(['diff', before, after, '--lang', 'ar']).code).toBe(0);
    expect(runCli(['diff', before, after, '--article', 'pa*']).code).toBe(1);
    expect(runCli(['diff', before, after, '--article', 'other*']).stdout).toMatch(/^no differences \(0 articles compared\)/u);
  });

  it('compares two article files whatever their names', () => {
    expect(runCli(['diff', join(before, 'page.json'), join(after, 'page.json')]).code).toBe(1);
  });

  it('colours on request or with FORCE_COLOR, never with NO_COLOR or --no-color', () => {
    expect(runCli(['diff', before, after, '--color']).stdout).toContain('\u001b[32m');
    expect(runCli(['diff', before, after], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli(['diff', before, after], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['diff', before, after, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('exit 2 on trouble: bad arguments, a missing folder, a file that is not an article', () => {
    expect(runCli(['diff', before]).code).toBe(2);
    expect(runCli(['diff', before, after, '--kind', 'weather']).code).toBe(2);
    const missing = runCli(['diff', before, join(after, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope: no such file or folder/u);
    const bad = tmp();
    writeFileSync(join(bad, 'page.json'), '{"schemaVersion": 1, "facts": "none"}');
    const r = runCli(['diff', before, bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/page\.json: not a newsfacts article/u);
    writeFileSync(join(bad, 'page.json'), '{"trunc');
    expect(runCli(['diff', before, bad]).stderr).toMatch(/page\.json: not JSON/u);
  });

  it('--git <rev> compares a folder with its committed state', () => {
    const repo = tmp();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    mkdirSync(join(repo, 'extracted'));
    runOf(BASE, join(repo, 'extracted'));
    git('add', '.');
    git('commit', '-qm', 'snapshot');
    expect(runCli(['diff', '--git', 'HEAD'], { cwd: repo }).code).toBe(0);
    runOf(EDITED, join(repo, 'extracted'));
    const r = runCli(['diff', '--git', 'HEAD', 'extracted', '--json'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(DiffDocument.parse(JSON.parse(r.stdout)).summary).toMatchObject({ added: 1, removed: 1, changed: 1 });
    // The report compares against the same revision.
    const html = join(repo, 'review.html');
    expect(runCli(['report', 'extracted', '--against', 'git:HEAD', '--html', html], { cwd: repo }).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('against git:HEAD: 1 added, 1 removed, 1 changed');
    // From a subfolder, the folder is named relative to where the user stands.
    mkdirSync(join(repo, 'sub'));
    expect(runCli(['diff', '--git', 'HEAD', '../extracted'], { cwd: join(repo, 'sub') }).code).toBe(1);
    expect(runCli(['diff', '--git', 'no-such-rev'], { cwd: repo }).code).toBe(2);
  });

  it('--git reads a snapshot larger than one batch of blobs, article by article', () => {
    const repo = tmp();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    const dir = join(repo, 'extracted');
    mkdirSync(dir);
    const page = readFileSync(join(before, 'page.json'), 'utf8');
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, `p${String(i).padStart(4, '0')}.json`), page);
    git('add', '.');
    git('commit', '-qm', 'snapshot');
    copyFileSync(join(after, 'page.json'), join(dir, 'p0300.json'));
    const r = runCli(['diff', '--git', 'HEAD', '--json'], { cwd: repo });
    expect(r.code).toBe(1);
    const doc = DiffDocument.parse(JSON.parse(r.stdout));
    expect(doc.summary).toMatchObject({ compared: 600, articles: 1, added: 1, removed: 1, changed: 1 });
    expect(doc.articles.map((a) => a.id)).toEqual(['p0300']);
  });
});
